// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "aging/aging_report.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

namespace recoup {

class Database;

/// Credit sales and collections of one calendar month.
struct MonthFlow
{
    QDate monthEnd; ///< the last day of the month
    qint64 sales = 0; ///< charges less reversed charges, by effective date
    qint64 collected = 0; ///< payments less reversed payments, by effective date
};

/// The dashboard's figures as of a date; every amount comes from the same sums as
/// the aging, so the two agree to the cent.
struct ReceivablesDashboard
{
    AgingReport aging; ///< as of the date
    QList<QDate> monthEndDates; ///< the 12 month-ends up to the date (the last is the date), oldest first
    QList<AgingLine> monthEnds; ///< the aging's total as of each of them
    QList<MonthFlow> months; ///< the same 12 months, oldest first
    double countbackDso = 0; ///< days, countback over the months
    double simpleDso = 0; ///< days, receivables / sales of the last 90 days x 90
    std::optional<double> cei; ///< percent, over ceiFrom..ceiTo; none when nothing was collectable
    QDate ceiFrom;
    QDate ceiTo;
    QList<AgingLine> biggestDebtors; ///< by balance, largest first, at most 5
};

/// Receivables ratios: days sales outstanding and the collection effectiveness
/// index, with the month-end trend the dashboard draws.
class ReceivablesMetrics
{
    Q_DECLARE_TR_FUNCTIONS(ReceivablesMetrics)

public:
    static constexpr int SimpleDsoDays = 90;

    /// Everything the dashboard shows as of a date; CEI over the last full month
    /// unless a period is given.
    /// The month-ends' totals come from (and go to) the book's AgingTotalsCache.
    static Result<ReceivablesDashboard> dashboard(
        Database &db, const QDate &asOf, QDate ceiFrom = QDate(), QDate ceiTo = QDate());

    /// Sales and collections per calendar month, for the months ending in
    /// firstMonthEnd's month through lastDay's month (the last one cut at lastDay).
    static Result<QList<MonthFlow>> monthlyFlows(const Database &db, const QDate &firstMonthEnd, const QDate &lastDay);
    /// Sales (charges less reversed charges) effective in [from, to].
    static Result<qint64> sales(const Database &db, const QDate &from, const QDate &to);

    /// Countback DSO: the receivables are matched against the newest month's
    /// sales, then the one before, counting whole months' days until the rest is
    /// a fraction of a month. months newest first: (sales, days in the month).
    static double countbackDso(qint64 receivables, const QList<std::pair<qint64, int>> &monthsNewestFirst);
    /// Simple DSO: receivables / sales over the period x the period's days.
    static double simpleDso(qint64 receivables, qint64 sales, int days);
    /// CEI = (beginning + sales - ending) / (beginning + sales - ending current) x 100.
    static std::optional<double> cei(qint64 beginning, qint64 sales, qint64 ending, qint64 endingCurrent);

    /// The last day of date's month.
    static QDate monthEnd(const QDate &date);
};

} // namespace recoup
