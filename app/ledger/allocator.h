// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QDate>
#include <QList>

namespace recoup {

/// An item that can take money: a debt with something still open.
struct OpenItem
{
    qint64 debtId = 0;
    QDate issueDate;
    QDate dueDate;
    qint64 open = 0;
};

/// How much of a payment goes to one debt.
struct AllocationLine
{
    qint64 debtId = 0;
    qint64 amount = 0;
    bool operator==(const AllocationLine &) const = default;
};

/// The allocation rule of the books: oldest due date first, ties by issue date,
/// then by id; a preferred debt first when the payment names one; what is left
/// is customer credit. Pure: it only orders and splits.
class Allocator
{
public:
    /// Splits amount over items by the rule. Items issued after `date` take nothing.
    static QList<AllocationLine> allocate(
        QList<OpenItem> items, qint64 amount, const QDate &date, qint64 preferredDebtId = 0);
    /// Checks a split the user chose: each line on an eligible item, no more than
    /// it has open, and in all no more than the payment.
    static Result<void> validate(
        const QList<OpenItem> &items, const QList<AllocationLine> &lines, qint64 amount, const QDate &date);
    /// Sum of the lines (the largest qint64 when it does not fit).
    static qint64 total(const QList<AllocationLine> &lines);
};

} // namespace recoup
