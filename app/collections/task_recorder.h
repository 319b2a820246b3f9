// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collections/collection_records.h"
#include "collections/work_task.h"
#include "core/result.h"

#include <QCoreApplication>

namespace recoup {

class Ledger;

/// Records what was done about a task of the worklist: done, skipped with a
/// reason, or snoozed to a date. One record per debt of a combined task, all in
/// one transaction with one audit record. A step done or skipped is never
/// recorded twice. The stop-credit step done stops the customer's credit.
class TaskRecorder
{
    Q_DECLARE_TR_FUNCTIONS(TaskRecorder)
public:
    explicit TaskRecorder(Ledger &ledger);

    Result<void> done(const WorkTask &task, const QDate &date = QDate());
    Result<void> skip(const WorkTask &task, const QString &reason, const QDate &date = QDate());
    Result<void> snooze(const WorkTask &task, const QDate &until, const QDate &date = QDate());

private:
    Result<void> record(
        const WorkTask &task, TaskOutcome outcome, const QDate &date, const QString &reason, const QDate &until);

    Ledger &m_ledger;
};

} // namespace recoup
