// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/currency.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <optional>

namespace recoup {

/// Amounts are whole minor units (cents, fils, yen) in a qint64; never a double.
/// These functions turn text into minor units and back, for files ('.' decimal)
/// and for the window (the user's locale).
class Money
{
    Q_DECLARE_TR_FUNCTIONS(Money)

public:
    /// The largest amount a single field may hold: 92,233,720,368,547 major units.
    /// What many amounts may add up to is bounded by the book's total (BookRules).
    static qint64 maxAmount(const Currency &currency);

    /// a + b, or nothing when the sum does not fit in 64 bits: sums of money
    /// are checked, never wrapped.
    static std::optional<qint64> add(qint64 a, qint64 b);
    /// a - b, or nothing when the difference does not fit in 64 bits.
    static std::optional<qint64> subtract(qint64 a, qint64 b);
    /// |a|, or nothing for the one value whose magnitude does not fit.
    static std::optional<qint64> magnitude(qint64 a);

    /// Parses a file amount: digits, an optional '.', at most the currency's
    /// decimals, no sign, no separators, greater than zero, at most maxAmount().
    static Result<qint64> parseFileAmount(const QString &text, const Currency &currency);

    /// Parses what a user typed, in their locale (group separators allowed, the
    /// locale's decimal point). Must be greater than zero.
    static Result<qint64> parseUserAmount(
        const QString &text, const Currency &currency, const QLocale &locale = QLocale());

    /// "1234.50": '.' decimal, no separators, exactly the currency's decimals.
    static QString toFileText(qint64 minor, const Currency &currency);

    /// "1,234.50" in the locale's digits and separators, the currency's decimals.
    static QString toDisplayText(qint64 minor, const Currency &currency, const QLocale &locale = QLocale());

private:
    static Result<qint64> parseDigits(
        const QString &whole, const QString &fraction, const QString &original, const Currency &currency);
};

} // namespace recoup
