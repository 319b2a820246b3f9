// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "messaging/chat_number.h"

#include "db/database.h"
#include "ledger/business_details.h"

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>
#include <string>

namespace recoup {

namespace {

using i18n::phonenumbers::PhoneNumberUtil;

const QString Unknown = QStringLiteral("ZZ");

} // namespace

Result<QString> ChatNumber::e164(const QString &written, const QString &region)
{
    const QString text = written.trimmed();
    if (text.isEmpty())
        return Error{ tr("The customer has no phone number: add one on the customer's details.") };
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    const QString readIn = region.trimmed().isEmpty() ? Unknown : region.trimmed().toUpper();
    i18n::phonenumbers::PhoneNumber number;
    const auto parsed = util.Parse(text.toStdString(), readIn.toStdString(), &number);
    if (parsed != PhoneNumberUtil::NO_PARSING_ERROR || !util.IsValidNumber(number)) {
        if (readIn == Unknown && !text.startsWith(QLatin1Char('+')) && !text.startsWith(QLatin1String("00")))
            return Error{ tr(
                "“%1” has no country code and the book names no country: write it with its country code, as "
                "+34 612 345 678, or give the book its country.")
                              .arg(text) };
        return Error{ tr("“%1” is not a phone number that can take a message: check it on the customer's details "
                         "(with its country code, as +34 612 345 678).")
                          .arg(text) };
    }
    std::string out;
    util.Format(number, PhoneNumberUtil::E164, &out);
    return QString::fromStdString(out);
}

QString ChatNumber::defaultRegion(const Database &db)
{
    const QString country = db.meta(QStringLiteral("country")).trimmed().toUpper();
    if (country.size() == 2)
        return country;
    bool ok = false;
    const int code = BusinessDetails::callingCode(db).toInt(&ok);
    if (!ok || code <= 0)
        return Unknown;
    std::string region;
    PhoneNumberUtil::GetInstance()->GetRegionCodeForCountryCode(code, &region);
    return QString::fromStdString(region);
}

} // namespace recoup
