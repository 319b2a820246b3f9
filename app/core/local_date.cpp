// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/local_date.h"

#include <QLocale>

namespace recoup {

QString LocalDate::shortFormat()
{
    // Two-digit years are ambiguous on a ledger that spans decades.
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

QString LocalDate::shortText(const QDate &date)
{
    if (!date.isValid())
        return {};
    return QLocale().toString(date, shortFormat());
}

} // namespace recoup
