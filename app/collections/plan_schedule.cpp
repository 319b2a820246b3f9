// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "collections/plan_schedule.h"

namespace recoup {

QDate PlanSchedule::dueDate(const QDate &first, PlanFrequency frequency, int n)
{
    const int steps = n - 1;
    switch (frequency) {
    case PlanFrequency::Week:
        return first.addDays(7 * qint64(steps));
    case PlanFrequency::Fortnight:
        return first.addDays(14 * qint64(steps));
    case PlanFrequency::Month:
        // From the first date each time, not from the month before: QDate clamps
        // Jan 31 + 1 month to Feb 28, and Jan 31 + 2 months is Mar 31 again.
        return first.addMonths(steps);
    }
    Q_UNREACHABLE();
}

QList<qint64> PlanSchedule::split(qint64 total, int count)
{
    if (count < 1 || count > MaxInstallments || total < count)
        return {};
    const qint64 base = total / count;
    const qint64 remainder = total % count;
    QList<qint64> amounts;
    amounts.reserve(count);
    // The remainder goes one minor unit each to the first installments (100.00
    // in three is 33.34, 33.33, 33.33): the earliest are never smaller than the
    // later ones, and no installment differs from another by more than a cent.
    for (int i = 0; i < count; ++i)
        amounts.append(base + (i < remainder ? 1 : 0));
    return amounts;
}

QString PlanSchedule::frequencyKey(PlanFrequency frequency)
{
    switch (frequency) {
    case PlanFrequency::Week:
        return QStringLiteral("week");
    case PlanFrequency::Fortnight:
        return QStringLiteral("fortnight");
    case PlanFrequency::Month:
        return QStringLiteral("month");
    }
    Q_UNREACHABLE();
}

std::optional<PlanFrequency> PlanSchedule::frequencyFromKey(const QString &key)
{
    for (PlanFrequency f : { PlanFrequency::Week, PlanFrequency::Fortnight, PlanFrequency::Month })
        if (key == frequencyKey(f))
            return f;
    return std::nullopt;
}

QString PlanSchedule::frequencyLabel(PlanFrequency frequency)
{
    switch (frequency) {
    case PlanFrequency::Week:
        return tr("Weekly");
    case PlanFrequency::Fortnight:
        return tr("Every two weeks");
    case PlanFrequency::Month:
        return tr("Monthly");
    }
    Q_UNREACHABLE();
}

} // namespace recoup
