// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collections/collection_policy.h"

#include <QDate>
#include <QList>
#include <QString>

namespace recoup {

/// What kind of work a task is.
enum class TaskKind {
    Step, ///< a ladder step, for all the customer's debts that reached it (one reminder, not one per sale)
    BrokenPromise, ///< a promise to pay not kept
    BrokenPlan, ///< a payment plan with an installment missed past the grace days
    FollowUp ///< a follow-up date set in the contact log
};

/// One debt a task covers.
struct TaskLine
{
    qint64 debtId = 0;
    QString debtRef;
    QString stepKey; ///< the step this debt reached (steps only)
    int stepIndex = -1;
    QDate dueDate;
    qint64 daysPastDue = 0;
    qint64 open = 0; ///< open on the worklist's date
};

/// One piece of work on the worklist: a customer, what to do, and the debts it is about.
struct WorkTask
{
    TaskKind kind = TaskKind::Step;
    qint64 customerId = 0;
    QString customerRef;
    QString customerName;
    /// For steps: the action and the highest step among the lines.
    LadderAction action = LadderAction::Reminder;
    int stepIndex = -1;
    QString stepKey;
    QString stepName;
    /// The channel to use, after the customer's blocked channels; none for
    /// stopping credit or referring to an agency.
    bool hasChannel = false;
    Channel channel = Channel::Letter;
    /// The step's own channel was blocked for this customer (hasChannel tells
    /// whether another one could be used).
    bool channelReplaced = false;
    bool needsApproval = false;
    qint64 promiseId = 0;
    qint64 promisedAmount = 0;
    qint64 promisePaid = 0;
    QDate promiseDue;
    qint64 planId = 0;
    QString planRef;
    QString missedRef; ///< the broken plan's first installment missed
    QDate missedDue;
    qint64 contactId = 0;
    QString note; ///< the follow-up's note
    QDate since; ///< the day the task first fell due
    QList<TaskLine> lines;

    qint64 total() const
    {
        qint64 sum = 0;
        for (const TaskLine &l : lines)
            sum += l.open;
        return sum;
    }
};

} // namespace recoup
