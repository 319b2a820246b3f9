// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collections/collection_policy.h"
#include "collections/collection_records.h"
#include "collections/work_task.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace recoup {

class Currency;
class Database;

/// Why a debt's ladder is not moving.
enum class LadderPause { None, Dispute, Promise, CustomerPaused, Plan, Agency, Legal };

/// Where one debt stands on the ladder as of a date.
struct DebtStanding
{
    qint64 debtId = 0;
    qint64 customerId = 0;
    QString debtRef;
    QDate dueDate;
    qint64 daysPastDue = 0;
    qint64 open = 0;
    /// The highest step whose offset the debt has reached (-1: none yet).
    /// Missed steps are not queued: only this one is asked for.
    int stepIndex = -1;
    LadderPause pause = LadderPause::None;
    /// What was done about that step, if anything.
    bool recorded = false;
    TaskState record;
};

/// What needs doing as of a date, derived from the books alone (debts open on
/// that date, the policy, promises, disputes, payment plans, the contact log
/// and the task records up to it), so it is the same after a restart or on
/// another machine.
/// One task per customer and action covers all its debts at that action.
class Worklist
{
    Q_DECLARE_TR_FUNCTIONS(Worklist)
public:
    /// The worklist of the whole book, or of one customer.
    static Result<Worklist> compute(
        Database &db, const CollectionPolicy &policy, const QDate &asOf, qint64 customerId = 0);

    const QDate &asOf() const { return m_asOf; }
    const QList<WorkTask> &tasks() const { return m_tasks; }
    /// Every debt open on the date, with its step and why it is paused.
    const QList<DebtStanding> &standings() const { return m_standings; }
    const DebtStanding *standing(qint64 debtId) const;

    /// What to do, in words: "Send a reminder by e-mail", "Call", "Broken promise".
    static QString describe(const WorkTask &task);
    /// How reason() writes its dates and amounts: as the files and the command
    /// line do (2026-03-04, 1234.50), or in the reader's language, for the window.
    enum class Writing { Files, Locale };
    /// Why the task is there, in a few words, for one of its debts (or the whole task).
    static QString reason(
        const WorkTask &task, const TaskLine *line, const Currency &currency, Writing writing = Writing::Files);
    /// "reminder:email", "call:phone", "broken_promise", "follow_up:phone": the CSV's action column.
    static QString actionKey(const WorkTask &task);
    /// The CSV's step column: the step's key, or broken_promise / follow_up.
    static QString stepKey(const WorkTask &task, const TaskLine *line);
    static QString pauseLabel(LadderPause pause);

private:
    QDate m_asOf;
    QList<WorkTask> m_tasks;
    QList<DebtStanding> m_standings;
};

} // namespace recoup
