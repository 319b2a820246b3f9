// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/allocator.h"

#include "core/money.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <limits>

namespace recoup {

QList<AllocationLine> Allocator::allocate(
    QList<OpenItem> items, qint64 amount, const QDate &date, qint64 preferredDebtId)
{
    std::sort(items.begin(), items.end(), [preferredDebtId](const OpenItem &a, const OpenItem &b) {
        const bool aFirst = a.debtId == preferredDebtId;
        const bool bFirst = b.debtId == preferredDebtId;
        if (aFirst != bFirst)
            return aFirst;
        if (a.dueDate != b.dueDate)
            return a.dueDate < b.dueDate;
        if (a.issueDate != b.issueDate)
            return a.issueDate < b.issueDate;
        return a.debtId < b.debtId;
    });
    QList<AllocationLine> lines;
    qint64 left = amount;
    for (const OpenItem &item : std::as_const(items)) {
        if (left <= 0)
            break;
        if (item.open <= 0 || (date.isValid() && item.issueDate > date))
            continue;
        const qint64 take = std::min(left, item.open);
        lines.append({ item.debtId, take });
        left -= take;
    }
    return lines;
}

Result<void> Allocator::validate(
    const QList<OpenItem> &items, const QList<AllocationLine> &lines, qint64 amount, const QDate &date)
{
    QSet<qint64> seen;
    for (const AllocationLine &line : lines) {
        const auto item
            = std::find_if(items.begin(), items.end(), [&line](const OpenItem &i) { return i.debtId == line.debtId; });
        if (item == items.end())
            return Error{ QCoreApplication::translate("Allocator",
                "The payment can only go to this customer's open "
                "items.") };
        if (seen.contains(line.debtId))
            return Error{ QCoreApplication::translate("Allocator", "Each item can appear only once.") };
        seen.insert(line.debtId);
        if (line.amount <= 0)
            return Error{ QCoreApplication::translate("Allocator", "Each amount must be more than zero.") };
        if (line.amount > item->open)
            return Error{ QCoreApplication::translate("Allocator", "More than is open on the item.") };
        if (date.isValid() && item->issueDate > date)
            return Error{ QCoreApplication::translate("Allocator", "A payment cannot go to a sale made after it.") };
    }
    if (total(lines) > amount)
        return Error{ QCoreApplication::translate("Allocator", "The split adds up to more than the payment.") };
    return {};
}

qint64 Allocator::total(const QList<AllocationLine> &lines)
{
    // Checked: a sum past 64 bits stays at the largest value (more than any
    // payment) instead of wrapping to a small or negative one.
    qint64 sum = 0;
    for (const AllocationLine &line : lines)
        sum = Money::add(sum, line.amount).value_or(std::numeric_limits<qint64>::max());
    return sum;
}

} // namespace recoup
