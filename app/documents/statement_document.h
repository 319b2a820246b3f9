// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "aging/customer_statement.h"
#include "core/currency.h"
#include "core/result.h"
#include "documents/letterhead.h"
#include "documents/paper.h"

#include <QCoreApplication>
#include <QString>

class QPagedPaintDevice;
class QPainter;
class QTextDocument;

namespace recoup {

/// A customer's statement on paper, of any of the three kinds: the letterhead,
/// the address placed for a window envelope, the items or the period's entries,
/// an aging summary, how to pay, and a tear-off remittance slip with a QR code
/// to pay by (a SEPA transfer for a euro book with an IBAN, else the payment link).
class StatementDocument
{
    Q_DECLARE_TR_FUNCTIONS(StatementDocument)

public:
    StatementDocument(CustomerStatement statement, const Letterhead &letterhead, Currency currency, PaperSize size);

    QString title() const;
    /// "statement-C-00012-2026-03.pdf"
    QString fileName() const;
    static QString kindTitle(StatementKind kind);
    /// The flowing part (everything below the first page's header).
    QString bodyHtml() const;
    void print(QPagedPaintDevice &device) const;
    /// Prints with a painter already on the device, after other papers when
    /// `newPageFirst` (several statements in one file).
    void print(QPagedPaintDevice &device, QPainter &painter, bool newPageFirst) const;
    QByteArray pdf() const;
    Result<void> writePdf(const QString &path) const;

private:
    QString money(qint64 minor) const;
    QString titleHtml() const;
    QString recipientHtml() const;
    QString asideHtml() const;
    QString itemsHtml() const;
    QString linesHtml() const;
    QString agingHtml() const;
    QString slipHtml() const;
    void paintSlip(QPainter &painter, QPagedPaintDevice &device) const;

    CustomerStatement m_statement;
    const Letterhead &m_letterhead;
    Currency m_currency;
    PaperSize m_size;
};

} // namespace recoup
