// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "collections/plan_records.h"

#include "collections/plan_schedule.h"
#include "collections/record_rows.h"
#include "db/database.h"
#include "db/sql_dialect.h"

#include <QSqlQuery>
#include <QVariant>

namespace recoup {

PlanRecords::PlanRecords(Database &db) : m_db(db) { }

Result<QList<PaymentPlan>> PlanRecords::plans(const QDate &asOf, int graceDays, qint64 customerId) const
{
    return customerId ? read(QStringLiteral("p.customer_id = :key"), customerId, asOf, graceDays)
                      : read(QString(), QVariant(), asOf, graceDays);
}

Result<QList<PaymentPlan>> PlanRecords::plansOfDebt(qint64 debtId, const QDate &asOf, int graceDays) const
{
    return read(QStringLiteral("p.id IN (SELECT plan_id FROM payment_plan_debts WHERE debt_id = :key)"), debtId, asOf,
        graceDays);
}

Result<QList<PaymentPlan>> PlanRecords::read(
    const QString &where, const QVariant &value, const QDate &asOf, int graceDays) const
{
    const QString filter = where.isEmpty() ? QString() : QStringLiteral(" AND ") + where;
    const auto bind = [&](QSqlQuery &q) {
        q.bindValue(QStringLiteral(":as_of"), SqlDialect::date(asOf));
        if (!where.isEmpty())
            q.bindValue(QStringLiteral(":key"), value);
    };
    QSqlQuery &q = m_db.prepare(
        QStringLiteral("SELECT p.id, p.ref, p.customer_id, p.made_on, p.balance, p.down_payment, p.installment_count, "
                       "p.frequency, p.first_date, p.note, p.recorded_at, p.recorded_by FROM payment_plans p "
                       "WHERE p.made_on <= :as_of%1 ORDER BY p.id")
            .arg(filter));
    bind(q);
    if (auto done = m_db.exec(q); !done)
        return done.failure();
    QList<PaymentPlan> list;
    QHash<qint64, qsizetype> at;
    while (q.next()) {
        PaymentPlan p;
        p.id = q.value(0).toLongLong();
        p.draft.ref = q.value(1).toString();
        p.draft.customerId = q.value(2).toLongLong();
        p.draft.madeOn = RecordRows::date(q.value(3));
        p.draft.balance = q.value(4).toLongLong();
        p.draft.downPayment = q.value(5).toLongLong();
        p.draft.count = q.value(6).toInt();
        p.draft.frequency = PlanSchedule::frequencyFromKey(q.value(7).toString()).value_or(PlanFrequency::Month);
        p.draft.firstDate = RecordRows::date(q.value(8));
        p.draft.note = q.value(9).toString();
        p.recordedAt = QDateTime::fromString(q.value(10).toString(), Qt::ISODateWithMs);
        p.recordedBy = q.value(11).toString();
        at.insert(p.id, list.size());
        list.append(p);
    }
    q.finish();
    if (list.isEmpty())
        return list;

    QSqlQuery &sources = m_db.prepare(
        QStringLiteral("SELECT pd.plan_id, pd.debt_id, d.ref, d.due_date, pd.amount FROM payment_plan_debts pd "
                       "JOIN payment_plans p ON p.id = pd.plan_id JOIN debts d ON d.id = pd.debt_id "
                       "WHERE pd.role = 'source' AND p.made_on <= :as_of%1 ORDER BY pd.plan_id, pd.seq")
            .arg(filter));
    bind(sources);
    if (auto done = m_db.exec(sources); !done)
        return done.failure();
    while (sources.next())
        if (const auto i = at.value(sources.value(0).toLongLong(), -1); i >= 0)
            list[i].draft.sources.append({ sources.value(1).toLongLong(), sources.value(2).toString(),
                RecordRows::date(sources.value(3)), sources.value(4).toLongLong() });

    // Each installment's open amount on the date, and on its deadline (its due
    // date plus the grace days): still open then, it was missed.
    const QString deadlineSql
        = SqlDialect::of(m_db.connection()).addDays(QStringLiteral("d.due_date"), QStringLiteral(":grace"));
    QSqlQuery &parts = m_db.prepare(
        QStringLiteral("SELECT pd.plan_id, pd.debt_id, pd.seq, d.ref, d.due_date, pd.amount, "
                       "(SELECT coalesce(sum(e.open_delta), 0) FROM entries e WHERE e.debt_id = pd.debt_id "
                       "AND e.effective_date <= :as_of), "
                       "(SELECT coalesce(sum(e.open_delta), 0) FROM entries e WHERE e.debt_id = pd.debt_id "
                       "AND e.effective_date <= %2), %2 "
                       "FROM payment_plan_debts pd JOIN payment_plans p ON p.id = pd.plan_id "
                       "JOIN debts d ON d.id = pd.debt_id WHERE pd.role = 'installment' AND p.made_on <= :as_of%1 "
                       "ORDER BY pd.plan_id, pd.seq")
            .arg(filter, deadlineSql));
    bind(parts);
    parts.bindValue(QStringLiteral(":grace"), graceDays);
    if (auto done = m_db.exec(parts); !done)
        return done.failure();
    while (parts.next()) {
        const auto i = at.value(parts.value(0).toLongLong(), -1);
        if (i < 0)
            continue;
        PaymentPlan &p = list[i];
        PlanInstallment in;
        in.debtId = parts.value(1).toLongLong();
        in.seq = parts.value(2).toInt();
        in.ref = parts.value(3).toString();
        in.dueDate = RecordRows::date(parts.value(4));
        in.amount = parts.value(5).toLongLong();
        in.open = parts.value(6).toLongLong();
        const QDate deadline = RecordRows::date(parts.value(8));
        in.missed = deadline < asOf && parts.value(7).toLongLong() > 0;
        p.open += in.open;
        if (in.missed && (!p.brokenOn.isValid() || deadline.addDays(1) < p.brokenOn)) {
            p.brokenOn = deadline.addDays(1);
            p.missedRef = in.ref;
            p.missedDue = in.dueDate;
        }
        p.draft.installments.append(in);
    }
    for (PaymentPlan &p : list)
        p.state = p.brokenOn.isValid() ? PlanState::Broken : p.open == 0 ? PlanState::Completed : PlanState::OnTrack;
    return list;
}

Result<QHash<qint64, TaskState>> PlanRecords::taskStates(const QDate &asOf, qint64 customerId) const
{
    QSqlQuery &q = m_db.prepare(
        QStringLiteral("SELECT plan_id, outcome, snoozed_until, action_date, reason FROM plan_task_records "
                       "WHERE action_date <= :as_of%1 ORDER BY id")
            .arg(customerId ? QStringLiteral(" AND customer_id = :customer") : QString()));
    q.bindValue(QStringLiteral(":as_of"), SqlDialect::date(asOf));
    if (customerId)
        q.bindValue(QStringLiteral(":customer"), customerId);
    if (auto done = m_db.exec(q); !done)
        return done.failure();
    QHash<qint64, TaskState> states;
    while (q.next()) {
        TaskState s;
        const QString outcome = q.value(1).toString();
        s.outcome = outcome == QLatin1String("done") ? TaskOutcome::Done
            : outcome == QLatin1String("skipped")    ? TaskOutcome::Skipped
                                                     : TaskOutcome::Snoozed;
        s.snoozedUntil = RecordRows::date(q.value(2));
        s.actionDate = RecordRows::date(q.value(3));
        s.reason = q.value(4).toString();
        // Rows come oldest first: a later one replaces an earlier one's state.
        states.insert(q.value(0).toLongLong(), s);
    }
    return states;
}

QString PlanRecords::stateLabel(PlanState state)
{
    switch (state) {
    case PlanState::OnTrack:
        return tr("On track");
    case PlanState::Broken:
        return tr("Broken");
    case PlanState::Completed:
        return tr("Completed");
    }
    Q_UNREACHABLE();
}

} // namespace recoup
