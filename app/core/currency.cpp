// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/currency.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

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

/// The currencies of ISO 4217 in use (list one, 2024), without the funds,
/// precious metals and testing codes a shop's book has no use for.
bool isIsoCurrency(const QString &code)
{
    static const QSet<QString> codes{ QStringLiteral("AED"), QStringLiteral("AFN"), QStringLiteral("ALL"),
        QStringLiteral("AMD"), QStringLiteral("ANG"), QStringLiteral("AOA"), QStringLiteral("ARS"),
        QStringLiteral("AUD"), QStringLiteral("AWG"), QStringLiteral("AZN"), QStringLiteral("BAM"),
        QStringLiteral("BBD"), QStringLiteral("BDT"), QStringLiteral("BGN"), QStringLiteral("BHD"),
        QStringLiteral("BIF"), QStringLiteral("BMD"), QStringLiteral("BND"), QStringLiteral("BOB"),
        QStringLiteral("BRL"), QStringLiteral("BSD"), QStringLiteral("BTN"), QStringLiteral("BWP"),
        QStringLiteral("BYN"), QStringLiteral("BZD"), QStringLiteral("CAD"), QStringLiteral("CDF"),
        QStringLiteral("CHF"), QStringLiteral("CLP"), QStringLiteral("CNY"), QStringLiteral("COP"),
        QStringLiteral("CRC"), QStringLiteral("CUP"), QStringLiteral("CVE"), QStringLiteral("CZK"),
        QStringLiteral("DJF"), QStringLiteral("DKK"), QStringLiteral("DOP"), QStringLiteral("DZD"),
        QStringLiteral("EGP"), QStringLiteral("ERN"), QStringLiteral("ETB"), QStringLiteral("EUR"),
        QStringLiteral("FJD"), QStringLiteral("FKP"), QStringLiteral("GBP"), QStringLiteral("GEL"),
        QStringLiteral("GHS"), QStringLiteral("GIP"), QStringLiteral("GMD"), QStringLiteral("GNF"),
        QStringLiteral("GTQ"), QStringLiteral("GYD"), QStringLiteral("HKD"), QStringLiteral("HNL"),
        QStringLiteral("HTG"), QStringLiteral("HUF"), QStringLiteral("IDR"), QStringLiteral("ILS"),
        QStringLiteral("INR"), QStringLiteral("IQD"), QStringLiteral("IRR"), QStringLiteral("ISK"),
        QStringLiteral("JMD"), QStringLiteral("JOD"), QStringLiteral("JPY"), QStringLiteral("KES"),
        QStringLiteral("KGS"), QStringLiteral("KHR"), QStringLiteral("KMF"), QStringLiteral("KPW"),
        QStringLiteral("KRW"), QStringLiteral("KWD"), QStringLiteral("KYD"), QStringLiteral("KZT"),
        QStringLiteral("LAK"), QStringLiteral("LBP"), QStringLiteral("LKR"), QStringLiteral("LRD"),
        QStringLiteral("LSL"), QStringLiteral("LYD"), QStringLiteral("MAD"), QStringLiteral("MDL"),
        QStringLiteral("MGA"), QStringLiteral("MKD"), QStringLiteral("MMK"), QStringLiteral("MNT"),
        QStringLiteral("MOP"), QStringLiteral("MRU"), QStringLiteral("MUR"), QStringLiteral("MVR"),
        QStringLiteral("MWK"), QStringLiteral("MXN"), QStringLiteral("MYR"), QStringLiteral("MZN"),
        QStringLiteral("NAD"), QStringLiteral("NGN"), QStringLiteral("NIO"), QStringLiteral("NOK"),
        QStringLiteral("NPR"), QStringLiteral("NZD"), QStringLiteral("OMR"), QStringLiteral("PAB"),
        QStringLiteral("PEN"), QStringLiteral("PGK"), QStringLiteral("PHP"), QStringLiteral("PKR"),
        QStringLiteral("PLN"), QStringLiteral("PYG"), QStringLiteral("QAR"), QStringLiteral("RON"),
        QStringLiteral("RSD"), QStringLiteral("RUB"), QStringLiteral("RWF"), QStringLiteral("SAR"),
        QStringLiteral("SBD"), QStringLiteral("SCR"), QStringLiteral("SDG"), QStringLiteral("SEK"),
        QStringLiteral("SGD"), QStringLiteral("SHP"), QStringLiteral("SLE"), QStringLiteral("SLL"),
        QStringLiteral("SOS"), QStringLiteral("SRD"), QStringLiteral("SSP"), QStringLiteral("STN"),
        QStringLiteral("SVC"), QStringLiteral("SYP"), QStringLiteral("SZL"), QStringLiteral("THB"),
        QStringLiteral("TJS"), QStringLiteral("TMT"), QStringLiteral("TND"), QStringLiteral("TOP"),
        QStringLiteral("TRY"), QStringLiteral("TTD"), QStringLiteral("TWD"), QStringLiteral("TZS"),
        QStringLiteral("UAH"), QStringLiteral("UGX"), QStringLiteral("USD"), QStringLiteral("UYI"),
        QStringLiteral("UYU"), QStringLiteral("UZS"), QStringLiteral("VED"), QStringLiteral("VES"),
        QStringLiteral("VND"), QStringLiteral("VUV"), QStringLiteral("WST"), QStringLiteral("XAF"),
        QStringLiteral("XCD"), QStringLiteral("XCG"), QStringLiteral("XOF"), QStringLiteral("XPF"),
        QStringLiteral("YER"), QStringLiteral("ZAR"), QStringLiteral("ZMW"), QStringLiteral("ZWG"),
        QStringLiteral("ZWL") };
    return codes.contains(code);
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
    if (!isIsoCurrency(upper))
        return Error{ QCoreApplication::translate("Currency",
            "“%1” is not an ISO 4217 currency code. Use the three letters of a currency in use, such as USD, EUR or "
            "JPY.")
                          .arg(code) };
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
