// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/currency.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace recoup {

namespace {

// ISO 4217 codes whose minor unit is not 2. Every other well-formed code has 2:
// Qt knows currency symbols but not their minor digits, so the exceptions are
// kept here.
int minorDigits(const QString &code)
{
    static const QStringList zero = { QStringLiteral("BIF"), QStringLiteral("CLP"), QStringLiteral("DJF"),
        QStringLiteral("GNF"), QStringLiteral("ISK"), QStringLiteral("JPY"), QStringLiteral("KMF"),
        QStringLiteral("KRW"), QStringLiteral("PYG"), QStringLiteral("RWF"), QStringLiteral("UGX"),
        QStringLiteral("UYI"), QStringLiteral("VND"), QStringLiteral("VUV"), QStringLiteral("XAF"),
        QStringLiteral("XOF"), QStringLiteral("XPF") };
    static const QStringList three = { QStringLiteral("BHD"), QStringLiteral("IQD"), QStringLiteral("JOD"),
        QStringLiteral("KWD"), QStringLiteral("LYD"), QStringLiteral("OMR"), QStringLiteral("TND") };
    if (zero.contains(code))
        return 0;
    if (three.contains(code))
        return 3;
    return 2;
}

} // namespace

Result<Currency> Currency::fromCode(const QString &code)
{
    static const QRegularExpression iso(QStringLiteral("^[A-Z]{3}$"));
    const QString upper = code.trimmed().toUpper();
    if (!iso.match(upper).hasMatch())
        return Error{
            QCoreApplication::translate("Currency", "“%1” is not a currency code such as USD, EUR or JPY.").arg(code)
        };
    return Currency(upper, minorDigits(upper));
}

Currency Currency::forLocale(const QLocale &locale)
{
    const QString code = locale.currencySymbol(QLocale::CurrencyIsoCode);
    if (code.isEmpty())
        return Currency();
    auto currency = fromCode(code);
    return currency ? currency.value() : Currency();
}

qint64 Currency::scale() const
{
    qint64 s = 1;
    for (int i = 0; i < m_decimals; ++i)
        s *= 10;
    return s;
}

} // namespace recoup
