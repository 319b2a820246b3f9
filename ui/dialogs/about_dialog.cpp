// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/about_dialog.h"

#include "core/clock.h"
#include "db/database.h"
#include "ledger/audit_log.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

namespace recoup {

AboutDialog::AboutDialog(const Database *book, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("About Recoup"));
    auto *name = new QLabel(tr("Recoup %1").arg(QStringLiteral(RECOUP_VERSION)), this);
    QFont big = name->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    name->setFont(big);
    auto *program = new QLabel(programText(), this);
    m_book = new QLabel(bookText(book), this);
    m_book->setObjectName(QStringLiteral("aboutBook"));
    for (QLabel *label : { program, m_book }) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        // The path and the versions can be copied into a message asking for help.
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(name);
    layout->addWidget(program);
    layout->addSpacing(8);
    layout->addWidget(m_book);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

QString AboutDialog::programText()
{
    return tr("Receivables and polite collections for small businesses.\n"
              "Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later). "
              "Recoup comes with no warranty.\n"
              "Built with Qt %1, running on Qt %2.")
        .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()));
}

QString AboutDialog::bookText(const Database *book)
{
    const int latest = Migration::builtIn().isEmpty() ? 0 : Migration::builtIn().last().version;
    if (!book)
        return tr("No book is open. This version of Recoup writes books of format version %1.").arg(latest);
    QString text = tr("Book: %1\nBook format: version %2 (this version of Recoup writes version %3)")
                       .arg(QDir::toNativeSeparators(book->path()))
                       .arg(book->schemaVersion())
                       .arg(latest);
    // The chain's head now, to write down or compare with a paper: `recoup-cli verify --head` takes it.
    const SystemClock clock; // asked the time only to append, which About never does
    const auto head = AuditLog(const_cast<Database &>(*book), clock).lastRecord();
    if (head && head->first > 0)
        text += QLatin1Char('\n')
            + tr("Audit chain: %n record(s), head %1", nullptr, int(std::min<qint64>(head->first, INT_MAX)))
                  .arg(AuditLog::headText(head->first, head->second));
    return text;
}

} // namespace recoup
