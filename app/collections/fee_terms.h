// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/currency.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace recoup {

/// The terms of late fees and interest: off in a new book (a fee must be in the
/// agreed terms). A late fee is a flat amount, a percentage of what is overdue,
/// or both, charged once the debt is more than graceDays past due, once or
/// again every everyDays up to a cap. Interest is simple, annual, prorated by
/// the day on what is overdue, posted when everyDays of it have accrued, never
/// less than a minimum. Neither is charged on a fee or interest item unless
/// onFees is set. Percentages and rates are basis points (150 = 1.50 %); amounts
/// are minor units. The JSON form (the "fees" member of the collection policy)
/// is documented in docs/collection-policy.md.
class FeeTerms
{
    Q_DECLARE_TR_FUNCTIONS(FeeTerms)
public:
    static constexpr int MaxDays = 365;
    static constexpr int MaxBasisPoints = 10000;
    static constexpr int MaxCount = 1000;

    Currency currency; ///< what the amounts are in: the book's
    bool enabled = false;
    int graceDays = 0;
    qint64 flatAmount = 0;
    int percentBp = 0;
    int everyDays = 0; ///< 0: the late fee is charged once
    int maxCount = 0; ///< 0: no cap on how many late fees a debt gets
    qint64 maxTotal = 0; ///< 0: no cap on what a debt's late fees add up to
    int interestBp = 0; ///< annual rate; 0: no interest
    int interestEveryDays = 30;
    qint64 interestMinimum = 0;
    bool onFees = false;
    int dueDays = 0; ///< a fee or interest item falls due this many days after it is charged

    bool operator==(const FeeTerms &) const = default;

    bool hasFee() const { return flatAmount > 0 || percentBp > 0; }
    bool hasInterest() const { return interestBp > 0; }
    /// Whether anything can be charged under these terms.
    bool chargesAnything() const { return enabled && (hasFee() || hasInterest()); }

    /// Whether the terms can be saved; the message names the member that is wrong.
    Result<void> validate() const;

    /// Whether terms read from a file can be used in a book keeping `book`:
    /// terms with amounts must be in the book's currency.
    Result<void> checkCurrency(const Currency &book) const;

    /// The "fees" member of the policy document.
    QJsonObject toJson() const;
    /// Reads a "fees" member (its amounts in its own "currency"); every message
    /// names the member that is wrong ("fees.flat_amount").
    static Result<FeeTerms> fromJson(const QJsonValue &json);

    /// "1.50" for 150 basis points; whole numbers without decimals ("18").
    static QString percentText(int basisPoints);
    /// Basis points from "1.5", "18" or "0.25" (at most two decimals, 0 to 100).
    static std::optional<int> parsePercent(const QString &text);
};

} // namespace recoup
