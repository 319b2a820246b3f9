// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/credit_application.h"

#include <algorithm>

namespace recoup {

QList<CreditAllocation> CreditApplication::apply(
    QList<UnappliedCredit> &credits, QList<OpenItem> &items, const QDate &notBefore)
{
    QList<CreditAllocation> allocations;
    for (auto credit = credits.begin(); credit != credits.end();) {
        // Credit applied to a later sale takes effect on the sale's date.
        const QList<AllocationLine> lines = Allocator::allocate(items, credit->remaining, QDate());
        for (const AllocationLine &line : lines) {
            const auto item = std::find_if(
                items.begin(), items.end(), [&line](const OpenItem &i) { return i.debtId == line.debtId; });
            const QDate effective = std::max({ credit->date, item->issueDate, notBefore });
            allocations.append(
                { credit->paymentId, line.debtId, line.amount, effective, credit->method, credit->reference });
            item->open -= line.amount;
            credit->remaining -= line.amount;
        }
        if (credit->remaining <= 0)
            credit = credits.erase(credit);
        else
            ++credit;
    }
    items.erase(std::remove_if(items.begin(), items.end(), [](const OpenItem &i) { return i.open <= 0; }), items.end());
    return allocations;
}

} // namespace recoup
