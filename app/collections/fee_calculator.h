// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collections/fee_terms.h"
#include "ledger/debt.h"

#include <QDate>
#include <QList>
#include <QPair>

#include <optional>

namespace recoup {

/// A dispute's days: from the day it was opened to the day before it was
/// resolved (to the end when it is still open).
struct DisputeSpan
{
    QDate opened;
    QDate resolved; ///< invalid while open

    bool covers(const QDate &day) const { return opened <= day && (!resolved.isValid() || day < resolved); }
};

/// What the calculator is told about one overdue debt on the run date.
struct FeeSubject
{
    QDate dueDate;
    qint64 open = 0; ///< open on the run date
    /// Changes to its open amount by day (sums of the entries' open deltas),
    /// oldest first, at least those after the interest period's first day up to
    /// the run date: the open amount of each day of the period is worked back
    /// from the run date's.
    QList<QPair<QDate, qint64>> changes;
    /// What was charged on it before.
    int lastFeePeriod = 0;
    int feeCount = 0;
    qint64 feeTotal = 0;
    int lastInterestPeriod = 0;
    QList<DisputeSpan> disputes;
};

/// One fee or interest a run charges on a debt.
struct FeeCharge
{
    DebtKind kind = DebtKind::Fee; ///< Fee or Interest
    int periodNo = 0;
    QDate periodFrom;
    QDate periodTo;
    /// A late fee's: the open amount it was worked out on; interest's: the
    /// average open amount of the period's days (disputed days count as 0).
    qint64 basis = 0;
    int days = 0; ///< interest: the days charged (the period's, less the disputed ones)
    qint64 amount = 0;
    bool capped = false; ///< a late fee cut down to what the cap on the total leaves
    bool minimum = false; ///< interest raised to the minimum charge

    bool operator==(const FeeCharge &) const = default;
};

/// Works out the late fee and the interest on one debt as of a run date, under
/// a set of terms. Nothing is charged for the grace days: both start on the
/// day after the due date plus the grace days (the first day). A late fee's
/// periods start on the first day and again every everyDays; a run charges the
/// period its date is in, at its start. Interest's periods are interestEveryDays
/// long from the first day; a run charges the latest period that has ended.
/// A period at or before the last one charged (the debt's "charged through")
/// is never charged, and periods that passed without a run are not charged
/// later, as missed ladder steps are not queued. Money is whole minor units:
/// every division rounds half up to the currency's minor unit, once, at the end.
class FeeCalculator
{
public:
    /// Days in the interest year: an annual rate is charged 1/365 per day, in leap years too.
    static constexpr int DaysPerYear = 365;

    explicit FeeCalculator(const FeeTerms &terms) : m_terms(terms) { }

    /// The first day anything may be charged on a debt due on `dueDate`.
    QDate firstDay(const QDate &dueDate) const;
    /// The late fee a run on the date charges, if any.
    std::optional<FeeCharge> lateFee(const FeeSubject &debt, const QDate &runDate) const;
    /// The interest period a run on the date would charge (number, first and
    /// last day), before the balances are read; none when nothing is due.
    std::optional<FeeCharge> interestPeriod(const FeeSubject &debt, const QDate &runDate) const;
    /// The interest a run on the date charges, if any.
    std::optional<FeeCharge> interest(const FeeSubject &debt, const QDate &runDate) const;

    /// amount × basisPoints / 10000, rounded half up (amount >= 0).
    static qint64 percentOf(qint64 amount, int basisPoints);

private:
    FeeTerms m_terms;
};

} // namespace recoup
