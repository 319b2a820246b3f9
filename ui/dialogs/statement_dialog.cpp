// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/statement_dialog.h"

#include "aging/statement_reader.h"
#include "collections/document_register.h"
#include "core/clock.h"
#include "dialogs/dialog_support.h"
#include "dialogs/paper_preview.h"
#include "documents/statement_document.h"
#include "ledger/ledger.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QVBoxLayout>

namespace recoup {

StatementDialog::StatementDialog(Ledger &ledger, qint64 customerId, QWidget *parent)
    : QDialog(parent), m_ledger(ledger), m_customerId(customerId)
{
    const auto customer = m_ledger.customer(customerId);
    setWindowTitle(tr("Statement — %1").arg(customer ? customer->details.name : QString()));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kind"));
    for (const StatementKind kind : { StatementKind::OpenItem, StatementKind::BalanceForward, StatementKind::Activity })
        m_kind->addItem(StatementDocument::kindTitle(kind), static_cast<int>(kind));
    const QDate today = m_ledger.clock().today();
    m_asOf = new QDateEdit(this);
    m_asOf->setObjectName(QStringLiteral("asOf"));
    setUpDateEdit(m_asOf, today);
    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("from"));
    setUpDateEdit(m_from, QDate(today.year(), today.month(), 1));
    m_message = new QLabel(this);
    styleMessageLabel(m_message);
    auto *form = new QFormLayout;
    form->addRow(tr("&Kind"), m_kind);
    form->addRow(tr("&As of"), m_asOf);
    form->addRow(tr("Period &from"), m_from);
    auto *hint = new QLabel(tr("Days overdue are counted to the “as of” day. The period matters for the balance "
                               "forward and the activity statements."),
        this);
    hint->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *previewButton = setUpButtons(buttons, tr("&Preview and print"));
    previewButton->setObjectName(QStringLiteral("previewButton"));
    auto *pdf = buttons->addButton(tr("Save as P&DF…"), QDialogButtonBox::ActionRole);
    pdf->setAutoDefault(false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { preview(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(pdf, &QPushButton::clicked, this, &StatementDialog::choosePdf);
    connect(m_asOf, &QDateEdit::dateChanged, this, [this](const QDate &date) {
        if (m_from->date() > date)
            m_from->setDate(QDate(date.year(), date.month(), 1));
    });
}

Result<CustomerStatement> StatementDialog::statement() const
{
    auto reader = StatementReader::prepare(
        m_ledger.database(), static_cast<StatementKind>(m_kind->currentData().toInt()), m_from->date(), m_asOf->date());
    if (!reader)
        return reader.failure();
    return reader->statement(m_customerId);
}

void StatementDialog::record(
    const CustomerStatement &statement, const QByteArray &pdf, const QString &channel, const QString &fileName)
{
    auto recorded = DocumentRegister(m_ledger).record(
        statement.customer.id, QStringLiteral("statement"), channel, DocumentRegister::sha256(pdf), fileName);
    if (!recorded)
        m_message->setText(recorded.error());
}

QPrintPreviewDialog *StatementDialog::preview()
{
    auto statement = this->statement();
    if (!statement) {
        m_message->setText(statement.error());
        return nullptr;
    }
    m_message->clear();
    const BusinessDetails business = BusinessDetails::load(m_ledger.database());
    const Currency currency = m_ledger.currency();
    const PaperSize sheet = Paper::forCountry(business.value(BusinessDetails::Country));
    const CustomerStatement data = statement.value();
    const Letterhead letterhead(business);
    const QString title = StatementDocument(data, letterhead, currency, sheet).title();
    QPrintPreviewDialog *dialog = PaperPreview::open(
        this, title,
        [data, business, currency](QPrinter &printer, PaperSize size) {
            const Letterhead head(business);
            StatementDocument(data, head, currency, size).print(printer);
        },
        sheet, false);
    // Printed: the register keeps the PDF of the same paper.
    connect(dialog, &QDialog::accepted, this, [this, data, business, currency, sheet] {
        const Letterhead head(business);
        const StatementDocument document(data, head, currency, sheet);
        record(data, document.pdf(), QStringLiteral("print"), document.fileName());
    });
    return dialog;
}

Result<void> StatementDialog::savePdf(const QString &path)
{
    auto statement = this->statement();
    if (!statement)
        return statement.failure();
    const BusinessDetails business = BusinessDetails::load(m_ledger.database());
    const Letterhead letterhead(business);
    const StatementDocument document(statement.value(), letterhead, m_ledger.currency(),
        Paper::forCountry(business.value(BusinessDetails::Country)));
    const QByteArray pdf = document.pdf();
    if (auto done = Paper::writeFile(path, pdf); !done)
        return done;
    record(statement.value(), pdf, QStringLiteral("pdf"), QFileInfo(path).fileName());
    return {};
}

void StatementDialog::choosePdf()
{
    auto statement = this->statement();
    if (!statement) {
        m_message->setText(statement.error());
        return;
    }
    const Letterhead letterhead(BusinessDetails::load(m_ledger.database()));
    const QString suggested
        = StatementDocument(statement.value(), letterhead, m_ledger.currency(), PaperSize::A4).fileName();
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Save the statement as PDF"), suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (auto done = savePdf(path); !done)
        m_message->setText(done.error());
    else
        m_message->setText(tr("Saved to %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace recoup
