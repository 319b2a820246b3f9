// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledger/business_details.h"

#include <QCoreApplication>
#include <QString>

class QTextDocument;

namespace recoup {

class Currency;

/// The business's heading on every paper: logo, name, address, phone, e-mail
/// and tax number, and the "how to pay" box, as HTML for QTextDocument.
/// Every value is escaped: a name is shown, never interpreted.
class Letterhead
{
    Q_DECLARE_TR_FUNCTIONS(Letterhead)
public:
    explicit Letterhead(BusinessDetails details);

    const BusinessDetails &details() const { return m_details; }
    /// The heading across a sheet: the business on the left, `titleHtml` (the
    /// paper's name, number and date) on the right.
    QString html(const QString &titleHtml) const;
    /// The heading of a receipt roll: everything centred, one column.
    QString rollHtml() const;
    /// How to pay, or empty when the book says nothing about it: the bank
    /// details and the payment link with the reference to quote.
    QString howToPayHtml(const QString &reference, qint64 amount, const Currency &currency) const;
    /// The business in one line, for above the address in a window envelope.
    QString senderLine() const;
    /// Adds the logo to the document the HTML goes into.
    void addResources(QTextDocument &document) const;

    /// Escapes text for HTML, keeping line breaks.
    static QString escaped(const QString &text);

private:
    QString businessLines(const QString &separator) const;
    QString logoHtml(int heightPx) const;

    BusinessDetails m_details;
};

} // namespace recoup
