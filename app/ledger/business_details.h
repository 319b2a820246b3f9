// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

namespace recoup {

class Database;
class Ledger;

/// The business behind the book, as its papers show it: the letterhead (name,
/// address, phone, e-mail, tax number, logo), how to pay (bank, IBAN or
/// account, BIC, a payment link) and the book's country. Kept in the book's
/// meta table, one key per detail; every value is checked before it is kept.
class BusinessDetails
{
    Q_DECLARE_TR_FUNCTIONS(BusinessDetails)
public:
    // The keys, as stored in meta and as `recoup-cli settings` names them.
    static inline const QString Name = QStringLiteral("business_name");
    static inline const QString Address = QStringLiteral("business_address");
    static inline const QString Phone = QStringLiteral("business_phone");
    static inline const QString Email = QStringLiteral("business_email");
    static inline const QString TaxNumber = QStringLiteral("business_tax_number");
    static inline const QString Logo = QStringLiteral("business_logo");
    static inline const QString BankName = QStringLiteral("pay_bank_name");
    static inline const QString Iban = QStringLiteral("pay_iban");
    static inline const QString Account = QStringLiteral("pay_account");
    static inline const QString Bic = QStringLiteral("pay_bic");
    static inline const QString PaymentLink = QStringLiteral("pay_link");
    static inline const QString Country = QStringLiteral("country");
    static inline const QString CallingCode = QStringLiteral("calling_code");

    static constexpr int MaxAddressLines = 5;
    static constexpr int MaxLineLength = 80;
    static constexpr int MaxLogoBytes = 512 * 1024;

    /// Every key, in the order forms and listings show them.
    static QStringList keys();
    /// What a key holds, in words ("Tax number").
    static QString label(const QString &key);
    /// The value as it will be kept ("es 9121 0418 4504 5200 5133 2" ->
    /// "ES9121000418450200051332"), or why it cannot be. An empty value clears
    /// the detail, except the name, which a book always has.
    static Result<QString> normalized(const QString &key, const QString &value);

    /// The book's details (empty ones where nothing was set).
    static BusinessDetails load(const Database &db);
    /// The book's calling code ("34"), as the details keep it, else as books
    /// kept it before them (meta "country_calling_code"); empty when neither.
    static QString callingCode(const Database &db);
    /// Keeps the values that differ from the book's, checked, in one
    /// transaction with an audit record; nothing changes when one is wrong.
    Result<void> save(Ledger &ledger) const;

    QString value(const QString &key) const { return m_values.value(key); }
    /// Sets a value as typed; save() checks it.
    void setValue(const QString &key, const QString &value) { m_values.insert(key, value); }

    QString name() const { return value(Name); }
    /// The address, one line per element.
    QStringList addressLines() const;
    /// The logo file's bytes (PNG or JPEG), empty without one.
    QByteArray logo() const;
    /// Sets the logo from an image file's bytes (kept as base64).
    void setLogo(const QByteArray &bytes) { setValue(Logo, QString::fromLatin1(bytes.toBase64())); }
    /// Whether the papers can say how to pay by bank (an IBAN or an account).
    bool hasBankDetails() const { return !value(Iban).isEmpty() || !value(Account).isEmpty(); }
    /// The payment link with {reference} and {amount} filled in (amount as
    /// "123.45"), empty without a link.
    QString paymentLink(const QString &reference, const QString &amount) const;
    /// The IBAN in groups of four, as people read it.
    QString ibanForReading() const;

private:
    QMap<QString, QString> m_values;
};

} // namespace recoup
