// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/receipt_preview.h"

#include "collections/collections.h"
#include "collections/document_register.h"
#include "collections/payment_receipt.h"
#include "dialogs/paper_preview.h"
#include "documents/receipt_document.h"
#include "ledger/ledger.h"

#include <QPrintPreviewDialog>
#include <QPrinter>

namespace recoup {

Result<QPrintPreviewDialog *> ReceiptPreview::open(QWidget *parent, Ledger &ledger, qint64 paymentEntryId)
{
    auto entry = ledger.entry(paymentEntryId);
    if (!entry)
        return entry.failure();
    const qint64 paymentId
        = entry->kind == EntryKind::Allocation && entry->paymentId ? entry->paymentId : paymentEntryId;
    const Collections collections(ledger);
    auto receipt = PaymentReceipt::read(collections, paymentId);
    if (!receipt)
        return receipt.failure();
    const BusinessDetails business = BusinessDetails::load(ledger.database());
    const Currency currency = ledger.currency();
    const PaperSize sheet = Paper::forCountry(business.value(BusinessDetails::Country));
    const PaymentReceipt data = receipt.value();
    QPrintPreviewDialog *dialog = PaperPreview::open(
        parent, ReceiptDocument(data, business, currency, sheet).title(),
        [data, business, currency](
            QPrinter &printer, PaperSize size) { ReceiptDocument(data, business, currency, size).print(printer); },
        sheet, true);
    // Printed: the register keeps the PDF of the same paper, on the paper chosen.
    QObject::connect(dialog, &QDialog::accepted, &ledger, [&ledger, dialog, data, business, currency] {
        const ReceiptDocument document(data, business, currency, PaperPreview::paperSize(dialog));
        const auto recorded = DocumentRegister(ledger).record(data.customer.id, QStringLiteral("receipt"),
            QStringLiteral("print"), DocumentRegister::sha256(document.pdf()), document.fileName());
        if (!recorded)
            qWarning("The printed receipt could not be recorded: %s", qPrintable(recorded.error()));
    });
    return dialog;
}

} // namespace recoup
