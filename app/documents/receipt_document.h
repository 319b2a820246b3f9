// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collections/payment_receipt.h"
#include "core/currency.h"
#include "core/result.h"
#include "documents/letterhead.h"
#include "documents/paper.h"

#include <QCoreApplication>
#include <QString>

class QPagedPaintDevice;
class QTextDocument;

namespace recoup {

/// The receipt handed over at the counter for one payment, on the letterhead:
/// its number (the payment's reference), date, customer, what was paid and
/// how, what it paid off, the balance after it (credit shown as credit) and
/// what comes next. On a sheet (A4 or Letter) or on an 80 mm roll.
class ReceiptDocument
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptDocument)

public:
    ReceiptDocument(PaymentReceipt receipt, BusinessDetails business, Currency currency, PaperSize size);

    PaperSize paperSize() const { return m_size; }
    QString title() const;
    /// "receipt-R-000123.pdf"
    QString fileName() const;
    QString html() const;
    /// Fills a QTextDocument with the receipt (HTML, logo, font).
    void build(QTextDocument &document) const;
    /// Sets the printer's paper and prints (the print preview's printer too).
    void print(QPagedPaintDevice &device) const;
    Result<void> writePdf(const QString &path) const;
    QByteArray pdf() const;

private:
    QString money(qint64 minor) const;
    QString balanceText() const;
    QString nextText() const;
    QString sheetHtml() const;
    QString rollHtml() const;

    PaymentReceipt m_receipt;
    Letterhead m_letterhead;
    Currency m_currency;
    PaperSize m_size;
};

} // namespace recoup
