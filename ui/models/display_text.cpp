// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/display_text.h"

#include "core/currency.h"
#include "core/local_date.h"
#include "core/money.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace recoup {

QString DisplayText::money(qint64 minor, const Currency &currency)
{
    return Money::toDisplayText(minor, currency, QLocale());
}

QString DisplayText::balance(qint64 minor, const Currency &currency)
{
    if (minor >= 0)
        return money(minor, currency);
    return QCoreApplication::translate("DisplayText", "Credit %1").arg(money(-minor, currency));
}

QString DisplayText::dateFormat()
{
    return LocalDate::shortFormat();
}

QString DisplayText::date(const QDate &date)
{
    return LocalDate::shortText(date);
}

QString DisplayText::time(const QDateTime &utc)
{
    return QLocale().toString(utc.toLocalTime().time(), QLocale::ShortFormat);
}

bool DisplayText::darkPalette()
{
    return QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
}

QColor DisplayText::lateColor(int daysPastDue)
{
    // Dark enough to read on a white background, light enough on a dark one;
    // the number is always shown too.
    const bool dark = darkPalette();
    if (daysPastDue > 30)
        return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb7, 0x1c, 0x1c);
    if (daysPastDue > 0)
        return dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xa8, 0x5c, 0x00);
    return {};
}

QColor DisplayText::warningColor()
{
    return darkPalette() ? QColor(0xff, 0x8a, 0x80) : QColor(0xa4, 0x1e, 0x1e);
}

QString DisplayText::days(int count)
{
    // No English plural catalogue is shipped, so the two English forms are spelled out.
    if (count == 1)
        return QCoreApplication::translate("DisplayText", "1 day");
    return QCoreApplication::translate("DisplayText", "%1 days").arg(QLocale().toString(count));
}

QString DisplayText::capitalized(const QString &text)
{
    return QLocale().toUpper(text.left(1)) + text.mid(1);
}

} // namespace recoup
