// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace recoup {

/// A promise to pay, as the user records it.
struct PromiseInput
{
    qint64 customerId = 0;
    qint64 amount = 0; ///< minor units, > 0, at most what the debts have open
    QDate promisedOn; ///< the day it was made; invalid: today
    QDate dueDate; ///< the day the money is promised for
    QList<qint64> debtIds; ///< the debts it covers; empty: all the customer's open debts
    qint64 contactId = 0; ///< the contact it was made in, if any
    QString note;
};

/// Where a promise stands as of a date, from the payments made since it.
enum class PromiseState {
    Pending, ///< not yet due (with the grace days): it pauses the ladder of its debts
    Kept, ///< the payments since it reached its amount by its date plus the grace days
    Broken ///< they did not: a task on the worklist, and the ladder resumes the day after
};

struct Promise
{
    qint64 id = 0;
    qint64 customerId = 0;
    qint64 contactId = 0;
    qint64 amount = 0;
    QDate promisedOn;
    QDate dueDate;
    QString note;
    QList<qint64> debtIds;
    /// As of the date it was read: what was paid towards it (payments on or
    /// after promisedOn, up to its deadline) and what that makes it.
    qint64 paid = 0;
    PromiseState state = PromiseState::Pending;
    /// The last day payments count: dueDate plus the policy's grace days.
    QDate deadline;
};

} // namespace recoup
