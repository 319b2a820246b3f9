// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/business_details.h"

#include "db/database.h"
#include "db/transaction.h"
#include "ledger/ledger.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QUrl>

namespace recoup {

namespace {

const int MaxNameLength = 120;
const int MaxShortText = 40;

bool isOneLine(const QString &text)
{
    return !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r'));
}

/// ISO 13616: the first four characters moved to the end, letters as 10..35,
/// the whole number modulo 97 is 1.
bool ibanChecksumHolds(const QString &iban)
{
    const QString moved = iban.mid(4) + iban.left(4);
    int remainder = 0;
    for (const QChar c : moved) {
        const int value = c.isDigit() ? c.digitValue() : c.unicode() - 'A' + 10;
        remainder = (value >= 10 ? remainder * 100 : remainder * 10) + value;
        remainder %= 97;
    }
    return remainder == 1;
}

} // namespace

QStringList BusinessDetails::keys()
{
    return { Name, Address, Phone, Email, TaxNumber, Logo, BankName, Iban, Account, Bic, PaymentLink, Country,
        CallingCode };
}

QString BusinessDetails::label(const QString &key)
{
    if (key == Name)
        return tr("Business name");
    if (key == Address)
        return tr("Address");
    if (key == Phone)
        return tr("Phone");
    if (key == Email)
        return tr("E-mail");
    if (key == TaxNumber)
        return tr("Tax number");
    if (key == Logo)
        return tr("Logo (PNG or JPEG file)");
    if (key == BankName)
        return tr("Bank");
    if (key == Iban)
        return tr("IBAN");
    if (key == Account)
        return tr("Account number (where there is no IBAN)");
    if (key == Bic)
        return tr("BIC");
    if (key == PaymentLink)
        return tr("Payment link ({reference} and {amount} are filled in)");
    if (key == Country)
        return tr("Country (ISO code, as ES)");
    if (key == CallingCode)
        return tr("Country calling code (as 34)");
    return key;
}

Result<QString> BusinessDetails::normalized(const QString &key, const QString &value)
{
    if (!keys().contains(key))
        return Error{
            tr("“%1” is not a business detail. Known details: %2.").arg(key, keys().join(QStringLiteral(", ")))
        };
    if (key == Address) {
        QStringList lines;
        for (const QString &line : value.split(QRegularExpression(QStringLiteral("\r\n|\n|\r")))) {
            const QString trimmed = line.trimmed();
            if (trimmed.isEmpty())
                continue;
            if (trimmed.size() > MaxLineLength)
                return Error{ tr("An address line has at most %1 characters; “%2” has %3.")
                                  .arg(MaxLineLength)
                                  .arg(trimmed.left(20) + QStringLiteral("…"))
                                  .arg(trimmed.size()) };
            lines << trimmed;
        }
        if (lines.size() > MaxAddressLines)
            return Error{ tr("The address has at most %1 lines, not %2.").arg(MaxAddressLines).arg(lines.size()) };
        return lines.join(QLatin1Char('\n'));
    }
    if (key == Logo) {
        const QString trimmed = value.trimmed();
        if (trimmed.isEmpty())
            return QString();
        const auto decoded
            = QByteArray::fromBase64Encoding(trimmed.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return Error{ tr("The logo cannot be read: choose a PNG or JPEG image file.") };
        const QByteArray &bytes = decoded.decoded;
        if (!bytes.startsWith("\x89PNG\r\n\x1a\n") && !bytes.startsWith("\xff\xd8\xff"))
            return Error{ tr("The logo must be a PNG or JPEG image.") };
        if (bytes.size() > MaxLogoBytes)
            return Error{ tr("The logo is %1 KB; a logo of at most %2 KB keeps the book small.")
                              .arg((bytes.size() + 1023) / 1024)
                              .arg(MaxLogoBytes / 1024) };
        return trimmed;
    }

    const QString text = value.trimmed();
    if (!isOneLine(text))
        return Error{ tr("%1 must be one line.").arg(label(key)) };
    if (key == Name) {
        if (text.isEmpty())
            return Error{ tr("The business name cannot be empty: it heads every paper.") };
        if (text.size() > MaxNameLength)
            return Error{ tr("The business name has at most %1 characters.").arg(MaxNameLength) };
        return text;
    }
    if (text.isEmpty())
        return QString();
    if (key == Phone) {
        static const QRegularExpression allowed(QStringLiteral("^\\+?[0-9 ()./-]+$"));
        const qsizetype digits = std::count_if(text.begin(), text.end(), [](QChar c) { return c.isDigit(); });
        if (!allowed.match(text).hasMatch() || digits < 5 || digits > 15)
            return Error{
                tr("“%1” is not a phone number: use digits, spaces and an optional + (as +34 912 345 678).").arg(text)
            };
        return text;
    }
    if (key == Email) {
        static const QRegularExpression address(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
        if (!address.match(text).hasMatch() || text.size() > 254)
            return Error{ tr("“%1” is not an e-mail address (as shop@example.com).").arg(text) };
        return text;
    }
    if (key == TaxNumber || key == Account) {
        if (text.size() > MaxShortText)
            return Error{ tr("%1 has at most %2 characters.").arg(label(key)).arg(MaxShortText) };
        return text;
    }
    if (key == BankName) {
        if (text.size() > MaxLineLength)
            return Error{ tr("%1 has at most %2 characters.").arg(label(key)).arg(MaxLineLength) };
        return text;
    }
    if (key == Iban) {
        QString iban = text.toUpper();
        iban.remove(QLatin1Char(' '));
        static const QRegularExpression shape(QStringLiteral("^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$"));
        if (!shape.match(iban).hasMatch())
            return Error{ tr("“%1” is not an IBAN: two letters of the country, two check digits, then the account "
                             "(as ES91 2100 0418 4502 0005 1332).")
                              .arg(text) };
        if (!ibanChecksumHolds(iban))
            return Error{ tr("The IBAN “%1” has a wrong check digit: look for a mistyped character.").arg(text) };
        return iban;
    }
    if (key == Bic) {
        const QString bic = text.toUpper();
        static const QRegularExpression shape(QStringLiteral("^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$"));
        if (!shape.match(bic).hasMatch())
            return Error{ tr("“%1” is not a BIC: 8 or 11 letters and digits (as CAIXESBBXXX).").arg(text) };
        return bic;
    }
    if (key == PaymentLink) {
        const QUrl url(text, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (text.contains(QLatin1Char(' ')) || (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
            || url.host().isEmpty())
            return Error{ tr("“%1” is not a web address starting with https:// .").arg(text) };
        static const QRegularExpression field(QStringLiteral("\\{([^}]*)\\}"));
        for (auto it = field.globalMatch(text); it.hasNext();) {
            const QString name = it.next().captured(1);
            if (name != QLatin1String("reference") && name != QLatin1String("amount"))
                return Error{ tr("The payment link can fill in {reference} and {amount}, not {%1}.").arg(name) };
        }
        return text;
    }
    if (key == Country) {
        const QString code = text.toUpper();
        if (code.size() != 2 || QLocale::codeToTerritory(code) == QLocale::AnyTerritory)
            return Error{
                tr("“%1” is not a country code: use the two letters of ISO 3166 (as ES, GB, US).").arg(text)
            };
        return code;
    }
    if (key == CallingCode) {
        QString code = text;
        if (code.startsWith(QLatin1Char('+')))
            code.remove(0, 1);
        static const QRegularExpression shape(QStringLiteral("^[1-9][0-9]{0,2}$"));
        if (!shape.match(code).hasMatch())
            return Error{ tr("“%1” is not a country calling code: one to three digits (as 34 or +44).").arg(text) };
        return code;
    }
    return text;
}

QString BusinessDetails::callingCode(const Database &db)
{
    QString code = db.meta(CallingCode).trimmed();
    if (code.isEmpty())
        code = db.meta(QStringLiteral("country_calling_code")).trimmed();
    return code.remove(QLatin1Char('+'));
}

BusinessDetails BusinessDetails::load(const Database &db)
{
    BusinessDetails details;
    for (const QString &key : keys())
        details.m_values.insert(key, db.meta(key));
    return details;
}

Result<void> BusinessDetails::save(Ledger &ledger) const
{
    Database &db = ledger.database();
    const BusinessDetails stored = load(db);
    QMap<QString, QString> changes;
    for (const QString &key : keys()) {
        // Only what changed is checked: a book without a name can still take a phone.
        if (!m_values.contains(key) || m_values.value(key) == stored.value(key))
            continue;
        auto kept = normalized(key, m_values.value(key));
        if (!kept)
            return kept.failure();
        if (kept.value() != stored.value(key))
            changes.insert(key, kept.value());
    }
    if (changes.isEmpty())
        return {};
    Transaction tx(db);
    if (!tx.started())
        return tx.started();
    QJsonObject audit;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        if (auto done = db.setMeta(it.key(), it.value()); !done)
            return done;
        // The logo is recorded by its digest: the audit keeps what changed, not the picture.
        audit.insert(it.key(),
            it.key() == Logo && !it.value().isEmpty() ? QStringLiteral("sha256:")
                    + QString::fromLatin1(
                        QCryptographicHash::hash(it.value().toLatin1(), QCryptographicHash::Sha256).toHex())
                                                      : it.value());
    }
    if (auto done = ledger.writer().audit(QStringLiteral("set_business_details"), QStringLiteral("book"), 0, audit);
        !done)
        return done;
    return tx.commit();
}

QStringList BusinessDetails::addressLines() const
{
    return value(Address).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QByteArray BusinessDetails::logo() const
{
    const auto decoded = QByteArray::fromBase64Encoding(value(Logo).toLatin1());
    return decoded ? decoded.decoded : QByteArray();
}

QString BusinessDetails::paymentLink(const QString &reference, const QString &amount) const
{
    QString link = value(PaymentLink);
    link.replace(QStringLiteral("{reference}"), QString::fromLatin1(QUrl::toPercentEncoding(reference)));
    link.replace(QStringLiteral("{amount}"), QString::fromLatin1(QUrl::toPercentEncoding(amount)));
    return link;
}

QString BusinessDetails::ibanForReading() const
{
    const QString iban = value(Iban);
    QStringList groups;
    for (qsizetype i = 0; i < iban.size(); i += 4)
        groups << iban.mid(i, 4);
    return groups.join(QLatin1Char(' '));
}

} // namespace recoup
