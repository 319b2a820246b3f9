// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledger/business_details.h"

#include <QImage>
#include <QString>

namespace recoup {

class Currency;

/// The QR code a customer scans to pay: for a euro book with an IBAN, a SEPA
/// credit transfer in the European Payments Council's format (EPC069-12,
/// which banking apps fill a transfer from); otherwise the payment link.
class PaymentCode
{
public:
    /// The text the code holds, empty when the book gives no way to pay by code.
    static QString text(
        const BusinessDetails &business, const Currency &currency, qint64 amount, const QString &reference);
    /// The EPC069-12 text (version 002, UTF-8): service tag, version, character
    /// set, SCT, BIC, name, IBAN, amount ("EUR12.30"; none when not above zero),
    /// purpose, structured reference (empty), then the reference as remittance text.
    static QString epcText(
        const BusinessDetails &business, qint64 amount, const Currency &currency, const QString &reference);
    /// The QR code of a text (error correction M), one pixel a module, with
    /// the quiet zone of four modules around it; a null image when it cannot.
    static QImage image(const QString &text);
};

} // namespace recoup
