// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/pack_dialog.h"

#include "core/clock.h"
#include "db/database.h"
#include "dialogs/dialog_support.h"
#include "ledger/ledger.h"
#include "pages/pack_run.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace recoup {

PackDialog::PackDialog(Ledger &ledger, qint64 customerId, qint64 debtId, QWidget *parent)
    : QDialog(parent), m_ledger(ledger), m_customerId(customerId)
{
    const auto customer = m_ledger.customer(customerId);
    setWindowTitle(tr("Pack for agency or court — %1").arg(customer ? customer->details.name : QString()));
    setObjectName(QStringLiteral("packDialog"));

    m_debt = new QComboBox(this);
    m_debt->setObjectName(QStringLiteral("packDebt"));
    m_debt->setAccessibleName(tr("What the pack is about"));
    m_debt->addItem(tr("The whole account"), qint64(0));
    if (const auto debts = m_ledger.debts(customerId)) {
        for (const Debt &debt : debts.value()) {
            if (debt.kind != DebtKind::Sale)
                continue;
            m_debt->addItem(tr("Sale %1 — %2").arg(debt.ref, debt.description), debt.id);
            if (debt.id == debtId)
                m_debt->setCurrentIndex(m_debt->count() - 1);
        }
    }
    m_asOf = new QDateEdit(this);
    m_asOf->setObjectName(QStringLiteral("packAsOf"));
    m_asOf->setAccessibleName(tr("Date of the pack"));
    setUpDateEdit(m_asOf, m_ledger.clock().today());

    m_folder = new QLineEdit(this);
    m_folder->setObjectName(QStringLiteral("packFolder"));
    m_folder->setAccessibleName(tr("Folder for the pack"));
    const QString bookFolder = QFileInfo(m_ledger.database().path()).absolutePath();
    m_folder->setText(
        QDir::toNativeSeparators(QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).exists()
                ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                : bookFolder));
    auto *choose = new QPushButton(tr("Choo&se…"), this);
    choose->setObjectName(QStringLiteral("packChoose"));
    choose->setAccessibleName(tr("Choose the folder for the pack"));
    choose->setAutoDefault(false);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(choose);

    auto *form = new QFormLayout;
    form->addRow(tr("&Covering"), m_debt);
    form->addRow(tr("&As of"), m_asOf);
    // A row of two widgets gets no buddy by itself: Alt+F goes to the folder's field.
    auto *folderLabel = new QLabel(tr("&Folder"), this);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);
    auto *hint = new QLabel(tr("One PDF with the statement, the contact log, promises, disputes, payment plans, "
                               "escalation steps, the papers sent and an extract of the audit chain, and beside it a "
                               "folder with the same as CSV files. The PDF is recorded in the register of what was "
                               "sent."),
        this);
    hint->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("packMessage"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    styleMessageLabel(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_make = setUpButtons(buttons, tr("&Make pack"));
    m_make->setAccessibleName(tr("Make pack"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PackDialog::make);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(choose, &QPushButton::clicked, this, &PackDialog::chooseFolder);
    setMinimumWidth(520);
}

PackDialog::~PackDialog() = default;

void PackDialog::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder for the pack"), m_folder->text());
    if (!folder.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(folder));
}

void PackDialog::make()
{
    if (m_run)
        return;
    const QString folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    if (folder.isEmpty()) {
        m_message->setText(tr("Choose a folder for the pack."));
        m_folder->setFocus();
        return;
    }
    PackRun::Request request;
    request.bookPath = m_ledger.database().path();
    request.user = m_ledger.user();
    request.clock = &m_ledger.clock();
    request.customerId = m_customerId;
    request.debtId = m_debt->currentData().toLongLong();
    request.asOf = m_asOf->date();
    request.folder = folder;
    m_run = std::make_unique<PackRun>(request);
    connect(m_run.get(), &PackRun::ended, this, &PackDialog::ended);
    m_make->setEnabled(false);
    m_message->setText(tr("Making the pack…"));
    m_run->start();
}

void PackDialog::ended(const QString &pdfPath, const QString &csvFolder, const QString &error)
{
    m_run->wait();
    m_run.reset();
    m_make->setEnabled(true);
    if (!error.isEmpty())
        m_message->setText(tr("The pack could not be made: %1").arg(error));
    else
        m_message->setText(tr("The pack is in %1, its CSV files in %2; it is recorded in the register.")
                               .arg(QDir::toNativeSeparators(pdfPath), QDir::toNativeSeparators(csvFolder)));
    Q_EMIT packEnded(error.isEmpty() ? pdfPath : QString());
}

} // namespace recoup
