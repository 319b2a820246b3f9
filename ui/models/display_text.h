// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QDate>
#include <QDateTime>
#include <QString>

namespace recoup {

class Currency;

/// How the window writes amounts, dates and lateness, the same on every page.
class DisplayText
{
public:
    /// "1,234.50" in the user's locale with the currency's decimals.
    static QString money(qint64 minor, const Currency &currency);
    /// A customer's balance: "412.30" when the customer owes, "Credit 296.94"
    /// when the shop owes the customer. Never a minus sign, which a shop owner
    /// reads as a debt; files and the command line keep the signed amount.
    static QString balance(qint64 minor, const Currency &currency);
    /// The locale's short date format, always with a four-digit year ("M/d/yyyy").
    static QString dateFormat();
    /// The locale's short date, always with a four-digit year ("3/14/2026").
    static QString date(const QDate &date);
    /// The local time of a recorded instant ("10:42").
    static QString time(const QDateTime &utc);
    /// Amber for 1-30 days late, red for 31 and more; invalid when not late.
    /// Lighter shades on a dark palette, so they read on either.
    static QColor lateColor(int daysPastDue);
    /// The red of a warning in text (credit stopped, a field's problem), for the palette in use.
    static QColor warningColor();
    /// Whether the application's palette is dark (light text on dark fields).
    static bool darkPalette();
    /// The text with its first letter in capitals, for a word that starts a line
    /// ("phone" in a sentence, "Phone" in a list).
    static QString capitalized(const QString &text);
    /// "38 days" (translated, with plural forms).
    static QString days(int count);
};

} // namespace recoup
