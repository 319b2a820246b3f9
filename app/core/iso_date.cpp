// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/iso_date.h"

namespace recoup {

namespace {

/// The value of text[from, from + count) when every character is an ASCII digit, else -1.
int asciiNumber(QStringView text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

} // namespace

IsoDate::Parsed IsoDate::parse(QStringView text)
{
    Parsed parsed;
    if (text.size() != 10 || text.at(4) != u'-' || text.at(7) != u'-')
        return parsed;
    const int year = asciiNumber(text, 0, 4);
    const int month = asciiNumber(text, 5, 2);
    const int day = asciiNumber(text, 8, 2);
    if (year < 0 || month < 0 || day < 0)
        return parsed;
    // QDate has no year 0, so 0000-01-01 is a day that does not exist.
    const QDate date = year == 0 ? QDate() : QDate(year, month, day);
    if (!date.isValid()) {
        parsed.status = Status::DoesNotExist;
        return parsed;
    }
    parsed.status = Status::Valid;
    parsed.date = date;
    return parsed;
}

} // namespace recoup
