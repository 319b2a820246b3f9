// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "collections/task_recorder.h"

#include "collections/collection_checks.h"
#include "core/clock.h"
#include "db/database.h"
#include "db/transaction.h"
#include "ledger/book_rules.h"
#include "ledger/ledger.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QVariant>

namespace recoup {

namespace {

QString taskKey(TaskKind kind)
{
    switch (kind) {
    case TaskKind::Step:
        return QStringLiteral("step");
    case TaskKind::BrokenPromise:
        return QStringLiteral("broken_promise");
    case TaskKind::BrokenPlan:
        return QStringLiteral("broken_plan");
    case TaskKind::FollowUp:
        return QStringLiteral("follow_up");
    }
    Q_UNREACHABLE();
}

} // namespace

TaskRecorder::TaskRecorder(Ledger &ledger) : m_ledger(ledger) { }

Result<void> TaskRecorder::done(const WorkTask &task, const QDate &date)
{
    return record(task, TaskOutcome::Done, date, QString(), QDate());
}

Result<void> TaskRecorder::skip(const WorkTask &task, const QString &reason, const QDate &date)
{
    if (reason.trimmed().isEmpty())
        return Error{ tr("Say why the task is skipped; the reason is kept with the debt's record.") };
    return record(task, TaskOutcome::Skipped, date, reason.trimmed(), QDate());
}

Result<void> TaskRecorder::snooze(const WorkTask &task, const QDate &until, const QDate &date)
{
    const QDate on = date.isValid() ? date : m_ledger.clock().today();
    if (!until.isValid())
        return Error{ tr("Give the date to snooze the task to.") };
    if (auto ok = BookRules::checkDate(until); !ok)
        return ok;
    if (until <= on)
        return Error{ tr("Snooze to a later day than %1.").arg(on.toString(Qt::ISODate)) };
    return record(task, TaskOutcome::Snoozed, on, QString(), until);
}

Result<void> TaskRecorder::record(
    const WorkTask &task, TaskOutcome outcome, const QDate &date, const QString &reason, const QDate &until)
{
    const CollectionChecks checks(m_ledger);
    const QDate on = date.isValid() ? date : m_ledger.clock().today();
    if (auto ok = checks.checkDate(on); !ok)
        return ok;
    if (auto ok = BookRules::checkText(reason); !ok)
        return ok;
    if (task.kind == TaskKind::Step && task.lines.isEmpty())
        return Error{ tr("The task covers no sale.") };
    if (auto ok = checks.checkClock(); !ok)
        return ok;

    Database &db = m_ledger.database();
    Transaction tx(db);
    if (!tx.started())
        return tx.started();
    // Inside the transaction, so another program cannot do the same task meanwhile.
    // Snoozing again is allowed; a task done or skipped stays so.
    auto latest = [&db](const QString &where, const QVariant &a, const QVariant &b) -> Result<QPair<QString, QDate>> {
        // A broken plan's records have a table of their own.
        const QString table = where.startsWith(QLatin1String("plan_id")) ? QStringLiteral("plan_task_records")
                                                                         : QStringLiteral("task_records");
        QSqlQuery &q = db.prepare(
            QStringLiteral("SELECT outcome, action_date FROM %2 WHERE %1 ORDER BY id DESC LIMIT 1").arg(where, table));
        q.addBindValue(a);
        if (b.isValid())
            q.addBindValue(b);
        if (auto done = db.exec(q); !done)
            return done.failure();
        QPair<QString, QDate> found;
        if (q.next())
            found = { q.value(0).toString(), QDate::fromString(q.value(1).toString(), Qt::ISODate) };
        q.finish();
        return found;
    };
    auto settled
        = [](const QPair<QString, QDate> &s) { return !s.first.isEmpty() && s.first != QLatin1String("snoozed"); };
    if (task.kind == TaskKind::Step) {
        for (const TaskLine &line : task.lines) {
            const auto found
                = latest(QStringLiteral("debt_id = ? AND step_key = ?"), QVariant(line.debtId), QVariant(line.stepKey));
            if (!found)
                return found.failure();
            if (settled(found.value()))
                return Error{ tr("That step for the sale %1 was already recorded on %2; nothing was changed.")
                                  .arg(line.debtRef, found->second.toString(Qt::ISODate)) };
        }
    } else {
        const auto found = task.kind == TaskKind::BrokenPromise
            ? latest(QStringLiteral("promise_id = ?"), QVariant(task.promiseId), QVariant())
            : task.kind == TaskKind::BrokenPlan
            ? latest(QStringLiteral("plan_id = ?"), QVariant(task.planId), QVariant())
            : latest(QStringLiteral("contact_id = ?"), QVariant(task.contactId), QVariant());
        if (!found)
            return found.failure();
        if (settled(found.value()))
            return Error{ tr("That task was already recorded on %1; nothing was changed.")
                              .arg(found->second.toString(Qt::ISODate)) };
    }

    const QString now = m_ledger.clock().nowUtc().toString(Qt::ISODateWithMs);
    auto insert = [&](qint64 debtId, const QString &stepKey) -> Result<void> {
        if (task.kind == TaskKind::BrokenPlan) {
            QSqlQuery &p = db.prepare(
                QStringLiteral("INSERT INTO plan_task_records (plan_id, customer_id, outcome, action_date, "
                               "snoozed_until, reason, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
            p.addBindValue(task.planId);
            p.addBindValue(task.customerId);
            p.addBindValue(CollectionRecords::taskOutcomeKey(outcome));
            p.addBindValue(on.toString(Qt::ISODate));
            p.addBindValue(
                until.isValid() ? QVariant(until.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString)));
            p.addBindValue(reason.isNull() ? QStringLiteral("") : reason);
            p.addBindValue(now);
            p.addBindValue(m_ledger.user());
            return db.exec(p);
        }
        QSqlQuery &q = db.prepare(QStringLiteral(
            "INSERT INTO task_records (customer_id, task, debt_id, step_key, promise_id, contact_id, outcome, "
            "action_date, snoozed_until, reason, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?)"));
        const QVariant noId{ QMetaType(QMetaType::LongLong) };
        const QVariant noText{ QMetaType(QMetaType::QString) };
        q.addBindValue(task.customerId);
        q.addBindValue(taskKey(task.kind));
        q.addBindValue(debtId ? QVariant(debtId) : noId);
        q.addBindValue(stepKey.isEmpty() ? noText : QVariant(stepKey));
        q.addBindValue(task.kind == TaskKind::BrokenPromise ? QVariant(task.promiseId) : noId);
        q.addBindValue(task.kind == TaskKind::FollowUp ? QVariant(task.contactId) : noId);
        q.addBindValue(CollectionRecords::taskOutcomeKey(outcome));
        q.addBindValue(on.toString(Qt::ISODate));
        q.addBindValue(until.isValid() ? QVariant(until.toString(Qt::ISODate)) : noText);
        q.addBindValue(reason.isNull() ? QStringLiteral("") : reason);
        q.addBindValue(now);
        q.addBindValue(m_ledger.user());
        return db.exec(q);
    };
    QJsonArray debts;
    if (task.kind == TaskKind::Step) {
        for (const TaskLine &line : task.lines) {
            if (auto done = insert(line.debtId, line.stepKey); !done)
                return done;
            debts.append(
                QJsonObject{ { QStringLiteral("debt_id"), line.debtId }, { QStringLiteral("step"), line.stepKey } });
            m_ledger.writer().noteDebt(line.debtId);
        }
    } else {
        if (auto done = insert(0, QString()); !done)
            return done;
        for (const TaskLine &line : task.lines)
            debts.append(QJsonObject{ { QStringLiteral("debt_id"), line.debtId } });
    }
    // The ladder's stop-credit step done stops the customer's credit, in the
    // same transaction (nothing more when it is stopped already).
    if (task.kind == TaskKind::Step && task.action == LadderAction::StopCredit && outcome == TaskOutcome::Done) {
        const TaskLine &line = task.lines.constFirst();
        const QString why = tr("step “%1” of the collection ladder")
                                .arg(task.stepName.isEmpty() ? line.stepKey : task.stepName)
                                .left(BookRules::MaxTextLength);
        if (auto done = m_ledger.credit().stop(task.customerId, on, why, line.debtId, line.stepKey); !done)
            return done;
    }
    QJsonObject details{ { QStringLiteral("task"), taskKey(task.kind) },
        { QStringLiteral("outcome"), CollectionRecords::taskOutcomeKey(outcome) },
        { QStringLiteral("date"), on.toString(Qt::ISODate) }, { QStringLiteral("debts"), debts } };
    if (task.kind == TaskKind::BrokenPromise)
        details.insert(QStringLiteral("promise_id"), task.promiseId);
    if (task.kind == TaskKind::FollowUp)
        details.insert(QStringLiteral("contact_id"), task.contactId);
    if (task.kind == TaskKind::BrokenPlan)
        details.insert(QStringLiteral("plan_id"), task.planId);
    if (!reason.isEmpty())
        details.insert(QStringLiteral("reason"), reason);
    if (until.isValid())
        details.insert(QStringLiteral("until"), until.toString(Qt::ISODate));
    if (auto done = m_ledger.writer().audit(QStringLiteral("task_") + CollectionRecords::taskOutcomeKey(outcome),
            QStringLiteral("customer"), task.customerId, details);
        !done)
        return done;
    m_ledger.writer().noteCustomer(task.customerId);
    return tx.commit();
}

} // namespace recoup
