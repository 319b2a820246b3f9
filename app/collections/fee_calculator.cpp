// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "collections/fee_calculator.h"

#include <algorithm>

namespace recoup {

namespace {

// A period's open amounts summed day by day can pass 64 bits for the largest
// amounts a book allows (10^17 over a year of days); the sum and its product
// with the rate are kept in 128 bits, and only the rounded charge comes back.
__extension__ using Wide = __int128;

constexpr qint64 BasisPointsPerWhole = 10000;

/// numerator / denominator rounded half up, both positive.
Wide divideHalfUp(Wide numerator, Wide denominator)
{
    return (numerator + denominator / 2) / denominator;
}

} // namespace

qint64 FeeCalculator::percentOf(qint64 amount, int basisPoints)
{
    // Rounded half up to the minor unit: 2.5 cents is 3 cents.
    return qint64(divideHalfUp(Wide(amount) * basisPoints, BasisPointsPerWhole));
}

QDate FeeCalculator::firstDay(const QDate &dueDate) const
{
    return dueDate.addDays(m_terms.graceDays + 1);
}

std::optional<FeeCharge> FeeCalculator::lateFee(const FeeSubject &debt, const QDate &runDate) const
{
    if (!m_terms.hasFee() || debt.open <= 0)
        return std::nullopt;
    const QDate first = firstDay(debt.dueDate);
    if (runDate < first)
        return std::nullopt;
    const qint64 since = first.daysTo(runDate);
    const int period = m_terms.everyDays > 0 ? int(since / m_terms.everyDays) + 1 : 1;
    if (period <= debt.lastFeePeriod)
        return std::nullopt;
    if (m_terms.maxCount > 0 && debt.feeCount >= m_terms.maxCount)
        return std::nullopt;
    FeeCharge fee;
    fee.kind = DebtKind::Fee;
    fee.periodNo = period;
    fee.periodFrom = m_terms.everyDays > 0 ? first.addDays(qint64(period - 1) * m_terms.everyDays) : first;
    fee.periodTo = m_terms.everyDays > 0 ? fee.periodFrom.addDays(m_terms.everyDays - 1) : fee.periodFrom;
    fee.basis = debt.open;
    fee.amount = m_terms.flatAmount + percentOf(debt.open, m_terms.percentBp);
    if (m_terms.maxTotal > 0) {
        const qint64 left = m_terms.maxTotal - debt.feeTotal;
        if (fee.amount >= left) {
            fee.capped = fee.amount > left;
            fee.amount = left;
        }
    }
    if (fee.amount <= 0)
        return std::nullopt;
    return fee;
}

std::optional<FeeCharge> FeeCalculator::interestPeriod(const FeeSubject &debt, const QDate &runDate) const
{
    if (!m_terms.hasInterest() || debt.open <= 0)
        return std::nullopt;
    const QDate first = firstDay(debt.dueDate);
    const int length = std::max(1, m_terms.interestEveryDays);
    // The periods that have ended by the run date (its own day included).
    const qint64 ended = (first.daysTo(runDate) + 1) / length;
    if (runDate < first || ended < 1 || ended <= debt.lastInterestPeriod)
        return std::nullopt;
    FeeCharge charge;
    charge.kind = DebtKind::Interest;
    charge.periodNo = int(ended);
    charge.periodFrom = first.addDays((ended - 1) * length);
    charge.periodTo = charge.periodFrom.addDays(length - 1);
    return charge;
}

std::optional<FeeCharge> FeeCalculator::interest(const FeeSubject &debt, const QDate &runDate) const
{
    auto charge = interestPeriod(debt, runDate);
    if (!charge)
        return std::nullopt;
    // Each day's open amount, worked back from the run date's through the
    // changes after each day; a disputed day, or one with nothing open, adds nothing.
    Wide sum = 0;
    int days = 0;
    qint64 open = debt.open;
    qsizetype next = debt.changes.size() - 1;
    for (QDate day = runDate; day >= charge->periodFrom; day = day.addDays(-1)) {
        // open is now the amount open at the end of `day`.
        if (day <= charge->periodTo) {
            bool disputed = false;
            for (const DisputeSpan &span : debt.disputes)
                disputed = disputed || span.covers(day);
            if (!disputed) {
                ++days;
                sum += std::max<qint64>(open, 0);
            }
        }
        while (next >= 0 && debt.changes.at(next).first >= day) {
            if (debt.changes.at(next).first == day)
                open -= debt.changes.at(next).second;
            --next;
        }
    }
    const int length = int(charge->periodFrom.daysTo(charge->periodTo)) + 1;
    charge->days = days;
    charge->basis = qint64(divideHalfUp(sum, length));
    // The year's rate over 365 days, on the sum of the days' open amounts.
    Wide amount = divideHalfUp(sum * m_terms.interestBp, Wide(BasisPointsPerWhole) * DaysPerYear);
    if (amount <= 0)
        return std::nullopt;
    if (amount < m_terms.interestMinimum) {
        amount = m_terms.interestMinimum;
        charge->minimum = true;
    }
    charge->amount = qint64(amount);
    return charge;
}

} // namespace recoup
