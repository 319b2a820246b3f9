// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "messaging/phone_number.h"

namespace recoup {

QString PhoneNumber::digits(const QString &text)
{
    QString out;
    for (QChar c : text)
        if (c.isDigit())
            out += QChar(QLatin1Char('0' + c.digitValue()));
    return out;
}

QString PhoneNumber::toE164(const QString &text, const QString &countryCallingCode)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    // Only separators people use in numbers may appear besides digits.
    for (QChar c : trimmed)
        if (!c.isDigit() && !QStringLiteral("+ -.()/").contains(c))
            return {};
    QString number = digits(trimmed);
    if (trimmed.startsWith(QLatin1Char('+'))) {
        // already international
    } else if (number.startsWith(QLatin1String("00"))) {
        number.remove(0, 2);
    } else if (!countryCallingCode.isEmpty()) {
        if (number.startsWith(QLatin1Char('0')))
            number.remove(0, 1); // the national trunk prefix
        number.prepend(countryCallingCode);
    } else {
        return {};
    }
    // E.164: at most 15 digits, country codes never start with 0.
    if (number.size() < 8 || number.size() > 15 || number.startsWith(QLatin1Char('0')))
        return {};
    return QLatin1Char('+') + number;
}

} // namespace recoup
