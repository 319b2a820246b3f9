// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collections/payment_plan.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

namespace recoup {

/// The arithmetic of a plan's schedule: its due dates and how the balance is
/// split into installments in minor units, so they add up to it exactly.
class PlanSchedule
{
    Q_DECLARE_TR_FUNCTIONS(PlanSchedule)
public:
    static constexpr int MaxInstallments = 120;

    /// The due date of installment `n` (1 for the first): a week, a fortnight
    /// or a month after the one before, counted from the first date so a plan
    /// started on the 31st falls on each month's last day and back on the 31st.
    static QDate dueDate(const QDate &first, PlanFrequency frequency, int n);

    /// `total` split into `count` installments that differ by at most one minor
    /// unit; empty when count is out of range or an installment would be zero.
    static QList<qint64> split(qint64 total, int count);

    /// "week", "fortnight", "month": as stored and on the command line.
    static QString frequencyKey(PlanFrequency frequency);
    static std::optional<PlanFrequency> frequencyFromKey(const QString &key);
    /// "Weekly", "Every two weeks", "Monthly", translated.
    static QString frequencyLabel(PlanFrequency frequency);
};

} // namespace recoup
