// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "collections/collection_records.h"

#include "collections/escalation_records.h"
#include "collections/plan_records.h"
#include "collections/policy_store.h"
#include "collections/record_rows.h"
#include "db/database.h"
#include "db/sql_dialect.h"
#include "ledger/book_rules.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <tuple>

namespace recoup {

namespace {

struct OutcomeName
{
    ContactOutcome outcome;
    const char *key;
};
constexpr OutcomeName Outcomes[] = {
    { ContactOutcome::NoAnswer, "no_answer" },
    { ContactOutcome::Promised, "promised" },
    { ContactOutcome::Disputed, "disputed" },
    { ContactOutcome::Refused, "refused" },
    { ContactOutcome::WrongNumber, "wrong_number" },
    { ContactOutcome::Paid, "paid" },
    { ContactOutcome::Other, "other" },
};

const QString ContactColumns = QStringLiteral("id, customer_id, debt_id, contact_date, contact_time, channel, "
                                              "made_by, outcome, note, follow_up, recorded_at, recorded_by");

Contact contactFrom(const QSqlQuery &q)
{
    Contact c;
    c.id = q.value(0).toLongLong();
    c.customerId = q.value(1).toLongLong();
    c.debtId = q.value(2).toLongLong();
    c.date = RecordRows::date(q.value(3));
    c.time = q.value(4).toString();
    CollectionPolicy::channelFromKey(q.value(5).toString(), &c.channel);
    c.madeBy = q.value(6).toString();
    CollectionRecords::outcomeFromKey(q.value(7).toString(), &c.outcome);
    c.note = q.value(8).toString();
    c.followUp = RecordRows::date(q.value(9));
    c.recordedAt = QDateTime::fromString(q.value(10).toString(), Qt::ISODateWithMs);
    c.recordedBy = q.value(11).toString();
    return c;
}

const QString DisputeColumns
    = QStringLiteral("s.id, s.debt_id, d.customer_id, d.ref, s.amount, s.reason, s.opened_on, r.resolved_on, "
                     "r.outcome, r.conceded, r.adjustment_id");

Dispute disputeFrom(const QSqlQuery &q)
{
    Dispute d;
    d.id = q.value(0).toLongLong();
    d.debtId = q.value(1).toLongLong();
    d.customerId = q.value(2).toLongLong();
    d.debtRef = q.value(3).toString();
    d.amount = q.value(4).toLongLong();
    d.reason = q.value(5).toString();
    d.openedOn = RecordRows::date(q.value(6));
    d.resolved = !q.value(7).isNull();
    d.resolvedOn = RecordRows::date(q.value(7));
    d.outcome = q.value(8).toString() == QLatin1String("for_customer") ? DisputeOutcome::ForCustomer
                                                                       : DisputeOutcome::ForShop;
    d.conceded = q.value(9).toLongLong();
    d.adjustmentId = q.value(10).toLongLong();
    return d;
}

} // namespace

CollectionRecords::CollectionRecords(Database &db) : m_db(db) { }

QString CollectionRecords::outcomeKey(ContactOutcome outcome)
{
    for (const OutcomeName &o : Outcomes)
        if (o.outcome == outcome)
            return QLatin1String(o.key);
    Q_UNREACHABLE();
}

bool CollectionRecords::outcomeFromKey(const QString &key, ContactOutcome *outcome)
{
    for (const OutcomeName &o : Outcomes)
        if (key == QLatin1String(o.key)) {
            *outcome = o.outcome;
            return true;
        }
    return false;
}

QString CollectionRecords::outcomeLabel(ContactOutcome outcome)
{
    switch (outcome) {
    case ContactOutcome::NoAnswer:
        return tr("No answer");
    case ContactOutcome::Promised:
        return tr("Promised to pay");
    case ContactOutcome::Disputed:
        return tr("Disputed");
    case ContactOutcome::Refused:
        return tr("Refused to pay");
    case ContactOutcome::WrongNumber:
        return tr("Wrong number");
    case ContactOutcome::Paid:
        return tr("Paid");
    case ContactOutcome::Other:
        return tr("Other");
    }
    Q_UNREACHABLE();
}

QString CollectionRecords::ladderKey(LadderMode mode)
{
    switch (mode) {
    case LadderMode::Standard:
        return QStringLiteral("standard");
    case LadderMode::Gentle:
        return QStringLiteral("gentle");
    case LadderMode::Paused:
        return QStringLiteral("paused");
    }
    Q_UNREACHABLE();
}

bool CollectionRecords::ladderFromKey(const QString &key, LadderMode *mode)
{
    for (LadderMode m : { LadderMode::Standard, LadderMode::Gentle, LadderMode::Paused })
        if (key == ladderKey(m)) {
            *mode = m;
            return true;
        }
    return false;
}

QString CollectionRecords::ladderLabel(LadderMode mode)
{
    switch (mode) {
    case LadderMode::Standard:
        return tr("Standard ladder");
    case LadderMode::Gentle:
        return tr("Gentler ladder");
    case LadderMode::Paused:
        return tr("Ladder paused");
    }
    Q_UNREACHABLE();
}

QString CollectionRecords::taskOutcomeKey(TaskOutcome outcome)
{
    switch (outcome) {
    case TaskOutcome::Done:
        return QStringLiteral("done");
    case TaskOutcome::Skipped:
        return QStringLiteral("skipped");
    case TaskOutcome::Snoozed:
        return QStringLiteral("snoozed");
    }
    Q_UNREACHABLE();
}

Result<QList<Contact>> CollectionRecords::contacts(qint64 customerId) const
{
    QSqlQuery &q = m_db.prepare(
        QStringLiteral("SELECT %1 FROM contacts WHERE customer_id = ? ORDER BY contact_date DESC, contact_time DESC, "
                       "id DESC")
            .arg(ContactColumns));
    q.addBindValue(customerId);
    if (auto done = m_db.exec(q); !done)
        return done.failure();
    QList<Contact> list;
    while (q.next())
        list.append(contactFrom(q));
    return list;
}

Result<Contact> CollectionRecords::contact(qint64 id) const
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT %1 FROM contacts WHERE id = ?").arg(ContactColumns));
    q.addBindValue(id);
    if (auto done = m_db.exec(q); !done)
        return done.failure();
    if (!q.next())
        return Error{ tr("That contact is not in the log.") };
    Contact c = contactFrom(q);
    q.finish();
    return c;
}

Result<QList<FollowUp>> CollectionRecords::followUpsDue(const QDate &asOf, qint64 customerId) const
{
    // Only a customer's latest contact (up to the date) can ask for a follow-up:
    // a later contact settles the earlier one's.
    QSqlQuery &q = m_db.prepare(
        QStringLiteral("SELECT c.id, c.customer_id, c.debt_id, c.contact_date, c.follow_up, c.channel, c.note "
                       "FROM contacts c WHERE c.follow_up IS NOT NULL AND c.follow_up <= :as_of "
                       "AND c.contact_date <= :as_of%1 AND NOT EXISTS (SELECT 1 FROM contacts n "
                       "WHERE n.customer_id = c.customer_id AND n.contact_date <= :as_of AND (n.contact_date > "
                       "c.contact_date OR (n.contact_date = c.contact_date AND n.id > c.id))) ORDER BY c.id")
            .arg(RecordRows::customerFilter(customerId, QStringLiteral("c.customer_id"))));
    q.bindValue(QStringLiteral(":as_of"), SqlDialect::date(asOf));
    if (customerId)
        q.bindValue(QStringLiteral(":customer"), customerId);
    if (auto done = m_db.exec(q); !done)
        return done.failure();
    QList<FollowUp> list;
    while (q.next()) {
        FollowUp f;
        f.contactId = q.value(0).toLongLong();
        f.customerId = q.value(1).toLongLong();
        f.debtId = q.value(2).toLongLong();
        f.contactDate = RecordRows::date(q.value(3));
        f.date = RecordRows::date(q.value(4));
        CollectionPolicy::channelFromKey(q.value(5).toString(), &f.channel);
        f.note = q.value(6).toString();
        list.append(f);
    }
    return list;
}

Result<QList<Promise>> CollectionRecords::promises(const QDate &asOf, int graceDays, qint64 customerId) const
{
    const QString filter = RecordRows::customerFilter(customerId, QStringLiteral("p.customer_id"));
    QSqlQuery &q = m_db.prepare(
        QStringLiteral("SELECT id, customer_id, contact_id, amount, promised_on, due_date, note FROM promises p "
                       "WHERE p.promised_on <= :as_of%1 ORDER BY p.id")
            .arg(filter));
    q.bindValue(QStringLiteral(":as_of"), SqlDialect::date(asOf));
    if (customerId)
        q.bindValue(QStringLiteral(":customer"), customerId);
    if (auto done = m_db.exec(q); !done)
        return done.failure();
    QList<Promise> list;
    QHash<qint64, qsizetype> at;
    while (q.next()) {
        Promise p;
        p.id = q.value(0).toLongLong();
        p.customerId = q.value(1).toLongLong();
        p.contactId = q.value(2).toLongLong();
        p.amount = q.value(3).toLongLong();
        p.promisedOn = RecordRows::date(q.value(4));
        p.dueDate = RecordRows::date(q.value(5));
        p.note = q.value(6).toString();
        p.deadline = p.dueDate.addDays(graceDays);
        at.insert(p.id, list.size());
        list.append(p);
    }
    if (list.isEmpty())
        return list;

    QSqlQuery &debts = m_db.prepare(
        QStringLiteral("SELECT pd.promise_id, pd.debt_id FROM promise_debts pd JOIN promises p ON p.id = pd.promise_id "
                       "WHERE p.promised_on <= :as_of%1 ORDER BY pd.promise_id, pd.debt_id")
            .arg(filter));
    debts.bindValue(QStringLiteral(":as_of"), SqlDialect::date(asOf));
    if (customerId)
        debts.bindValue(QStringLiteral(":customer"), customerId);
    if (auto done = m_db.exec(debts); !done)
        return done.failure();
    while (debts.next())
        if (const auto i = at.value(debts.value(0).toLongLong(), -1); i >= 0)
            list[i].debtIds.append(debts.value(1).toLongLong());

    // The customer's payments from the day of the promise to its deadline (or
    // the date, if sooner), less those reversed by the date.
    const SqlDialect dialect = SqlDialect::of(m_db.connection());
    QSqlQuery &paid
        = m_db.prepare(QStringLiteral(
            "SELECT p.id, sum(e.amount) FROM promises p JOIN entries e ON e.customer_id = p.customer_id "
            "AND e.effective_date >= p.promised_on AND e.effective_date <= :as_of AND e.effective_date <= %2 "
            "WHERE e.kind = 'payment' AND p.promised_on <= :as_of%1 AND NOT EXISTS (SELECT 1 FROM entries r "
            "WHERE r.source_id = e.id AND r.kind = 'reversal' AND r.effective_date <= :as_of) GROUP BY p.id")
                           .arg(filter, dialect.addDays(QStringLiteral("p.due_date"), QStringLiteral(":grace"))));
    paid.bindValue(QStringLiteral(":as_of"), SqlDialect::date(asOf));
    paid.bindValue(QStringLiteral(":grace"), graceDays);
    if (customerId)
        paid.bindValue(QStringLiteral(":customer"), customerId);
    if (auto done = m_db.exec(paid); !done)
        return done.failure();
    while (paid.next())
        if (const auto i = at.value(paid.value(0).toLongLong(), -1); i >= 0)
            list[i].paid = paid.value(1).toLongLong();
    for (Promise &p : list)
        p.state = p.paid >= p.amount ? PromiseState::Kept
            : asOf > p.deadline      ? PromiseState::Broken
                                     : PromiseState::Pending;
    return list;
}

Result<QList<Dispute>> CollectionRecords::disputes(qint64 customerId) const
{
    QSqlQuery &q = m_db.prepare(
        QStringLiteral("SELECT %1 FROM disputes s JOIN debts d ON d.id = s.debt_id LEFT JOIN dispute_resolutions r "
                       "ON r.dispute_id = s.id WHERE 1 = 1%2 ORDER BY s.opened_on, s.id")
            .arg(DisputeColumns, RecordRows::customerFilter(customerId, QStringLiteral("d.customer_id"))));
    if (customerId)
        q.bindValue(QStringLiteral(":customer"), customerId);
    if (auto done = m_db.exec(q); !done)
        return done.failure();
    QList<Dispute> list;
    while (q.next())
        list.append(disputeFrom(q));
    return list;
}

Result<Dispute> CollectionRecords::dispute(qint64 id) const
{
    QSqlQuery &q = m_db.prepare(
        QStringLiteral("SELECT %1 FROM disputes s JOIN debts d ON d.id = s.debt_id LEFT JOIN dispute_resolutions r "
                       "ON r.dispute_id = s.id WHERE s.id = ?")
            .arg(DisputeColumns));
    q.addBindValue(id);
    if (auto done = m_db.exec(q); !done)
        return done.failure();
    if (!q.next())
        return Error{ tr("There is no dispute number %1.").arg(id) };
    Dispute d = disputeFrom(q);
    q.finish();
    return d;
}

Result<QList<Dispute>> CollectionRecords::openDisputes(const QDate &asOf, qint64 customerId) const
{
    QSqlQuery &q = m_db.prepare(
        QStringLiteral("SELECT %1 FROM disputes s JOIN debts d ON d.id = s.debt_id LEFT JOIN dispute_resolutions r "
                       "ON r.dispute_id = s.id AND r.resolved_on <= :as_of WHERE s.opened_on <= :as_of "
                       "AND r.dispute_id IS NULL%2 ORDER BY s.id")
            .arg(DisputeColumns, RecordRows::customerFilter(customerId, QStringLiteral("d.customer_id"))));
    q.bindValue(QStringLiteral(":as_of"), SqlDialect::date(asOf));
    if (customerId)
        q.bindValue(QStringLiteral(":customer"), customerId);
    if (auto done = m_db.exec(q); !done)
        return done.failure();
    QList<Dispute> list;
    while (q.next())
        list.append(disputeFrom(q));
    return list;
}

Result<QHash<qint64, CustomerLadder>> CollectionRecords::ladders(qint64 customerId) const
{
    QHash<qint64, CustomerLadder> map;
    QSqlQuery &modes = m_db.prepare(QStringLiteral("SELECT customer_id, ladder FROM customer_ladders WHERE 1 = 1%1")
                                        .arg(RecordRows::customerFilter(customerId, QStringLiteral("customer_id"))));
    if (customerId)
        modes.bindValue(QStringLiteral(":customer"), customerId);
    if (auto done = m_db.exec(modes); !done)
        return done.failure();
    while (modes.next())
        ladderFromKey(modes.value(1).toString(), &map[modes.value(0).toLongLong()].mode);
    QSqlQuery &blocked
        = m_db.prepare(QStringLiteral("SELECT customer_id, channel FROM customer_blocked_channels WHERE 1 = 1%1 "
                                      "ORDER BY customer_id, channel")
                           .arg(RecordRows::customerFilter(customerId, QStringLiteral("customer_id"))));
    if (customerId)
        blocked.bindValue(QStringLiteral(":customer"), customerId);
    if (auto done = m_db.exec(blocked); !done)
        return done.failure();
    while (blocked.next()) {
        Channel channel;
        if (CollectionPolicy::channelFromKey(blocked.value(1).toString(), &channel))
            map[blocked.value(0).toLongLong()].blocked.append(channel);
    }
    return map;
}

Result<CustomerLadder> CollectionRecords::ladder(qint64 customerId) const
{
    auto all = ladders(customerId);
    if (!all)
        return all.failure();
    return all->value(customerId);
}

Result<TaskStates> CollectionRecords::taskStates(const QDate &asOf, qint64 customerId) const
{
    // Records of steps matter only for debts open on the date: those open today
    // and those with entries after the date (the aging's own candidates).
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "SELECT task, debt_id, step_key, promise_id, contact_id, outcome, snoozed_until, action_date, reason "
        "FROM task_records WHERE action_date <= :as_of%1 AND (task <> 'step' OR debt_id IN (SELECT id FROM "
        "debts WHERE open_amount <> 0 UNION SELECT debt_id FROM entries WHERE debt_id IS NOT NULL AND "
        "effective_date > :as_of)) ORDER BY id")
                                    .arg(RecordRows::customerFilter(customerId, QStringLiteral("customer_id"))));
    q.bindValue(QStringLiteral(":as_of"), SqlDialect::date(asOf));
    if (customerId)
        q.bindValue(QStringLiteral(":customer"), customerId);
    if (auto done = m_db.exec(q); !done)
        return done.failure();
    TaskStates states;
    while (q.next()) {
        TaskState s;
        const QString outcome = q.value(5).toString();
        s.outcome = outcome == QLatin1String("done") ? TaskOutcome::Done
            : outcome == QLatin1String("skipped")    ? TaskOutcome::Skipped
                                                     : TaskOutcome::Snoozed;
        s.snoozedUntil = RecordRows::date(q.value(6));
        s.actionDate = RecordRows::date(q.value(7));
        s.reason = q.value(8).toString();
        const QString task = q.value(0).toString();
        // Rows come oldest first: a later one replaces an earlier one's state.
        if (task == QLatin1String("step"))
            states.steps.insert({ q.value(1).toLongLong(), q.value(2).toString() }, s);
        else if (task == QLatin1String("broken_promise"))
            states.promises.insert(q.value(3).toLongLong(), s);
        else
            states.followUps.insert(q.value(4).toLongLong(), s);
    }
    return states;
}

Result<QList<CollectionEvent>> CollectionRecords::debtEvents(qint64 debtId, const QDate &asOf) const
{
    using Kind = CollectionEvent::Kind;
    QList<CollectionEvent> events;
    // One statement per kind of record, each by an index on the debt (or its customer).
    const RecordRows rows(m_db);
    const auto run = [&rows](const QString &sql, qint64 id, const auto &add) { return rows.each(sql, id, add); };
    const auto stamp = &RecordRows::stamp;
    auto contacts = run(QStringLiteral("SELECT c.id, c.contact_date, c.channel, c.outcome, c.note, c.follow_up, "
                                       "c.recorded_at, c.recorded_by FROM debts d JOIN contacts c ON c.customer_id = "
                                       "d.customer_id AND (c.debt_id = d.id OR (c.debt_id IS NULL AND c.contact_date "
                                       ">= d.issue_date)) WHERE d.id = ?"),
        debtId, [&](const QSqlQuery &q) {
            CollectionEvent e;
            e.kind = Kind::Contact;
            e.id = q.value(0).toLongLong();
            e.date = RecordRows::date(q.value(1));
            CollectionPolicy::channelFromKey(q.value(2).toString(), &e.channel);
            outcomeFromKey(q.value(3).toString(), &e.outcome);
            e.text = q.value(4).toString();
            e.followUp = RecordRows::date(q.value(5));
            stamp(e, q, 6);
            events.append(e);
        });
    if (!contacts)
        return contacts.failure();
    auto promised = run(QStringLiteral("SELECT p.id, p.promised_on, p.amount, p.due_date, p.note, p.recorded_at, "
                                       "p.recorded_by FROM debts d JOIN promises p ON p.customer_id = d.customer_id "
                                       "JOIN promise_debts pd ON pd.promise_id = p.id AND pd.debt_id = d.id "
                                       "WHERE d.id = ?"),
        debtId, [&](const QSqlQuery &q) {
            CollectionEvent e;
            e.kind = Kind::Promise;
            e.id = q.value(0).toLongLong();
            e.date = RecordRows::date(q.value(1));
            e.amount = q.value(2).toLongLong();
            e.dueDate = RecordRows::date(q.value(3));
            e.text = q.value(4).toString();
            stamp(e, q, 5);
            events.append(e);
        });
    if (!promised)
        return promised.failure();
    auto disputes = run(QStringLiteral("SELECT s.id, s.opened_on, s.amount, s.reason, s.recorded_at, s.recorded_by, "
                                       "r.resolved_on, r.outcome, r.conceded, r.note, r.recorded_at, r.recorded_by "
                                       "FROM disputes s LEFT JOIN dispute_resolutions r ON r.dispute_id = s.id "
                                       "WHERE s.debt_id = ?"),
        debtId, [&](const QSqlQuery &q) {
            CollectionEvent e;
            e.kind = Kind::DisputeOpened;
            e.id = q.value(0).toLongLong();
            e.date = RecordRows::date(q.value(1));
            e.amount = q.value(2).toLongLong();
            e.text = q.value(3).toString();
            stamp(e, q, 4);
            events.append(e);
            if (q.value(6).isNull())
                return;
            CollectionEvent r;
            r.kind = Kind::DisputeResolved;
            r.id = e.id;
            r.date = RecordRows::date(q.value(6));
            r.disputeOutcome = q.value(7).toString() == QLatin1String("for_customer") ? DisputeOutcome::ForCustomer
                                                                                      : DisputeOutcome::ForShop;
            r.amount = q.value(8).toLongLong();
            r.text = q.value(9).toString();
            stamp(r, q, 10);
            events.append(r);
        });
    if (!disputes)
        return disputes.failure();
    auto steps = run(QStringLiteral("SELECT id, action_date, step_key, outcome, snoozed_until, reason, recorded_at, "
                                    "recorded_by FROM task_records WHERE debt_id = ?"),
        debtId, [&](const QSqlQuery &q) {
            CollectionEvent e;
            const QString outcome = q.value(3).toString();
            e.kind = outcome == QLatin1String("done") ? Kind::StepDone
                : outcome == QLatin1String("skipped") ? Kind::StepSkipped
                                                      : Kind::StepSnoozed;
            e.id = q.value(0).toLongLong();
            e.date = RecordRows::date(q.value(1));
            e.stepKey = q.value(2).toString();
            e.until = RecordRows::date(q.value(4));
            e.text = q.value(5).toString();
            stamp(e, q, 6);
            events.append(e);
        });
    if (!steps)
        return steps.failure();
    auto fees = run(QStringLiteral("SELECT c.id, c.kind, c.run_date, c.amount, c.period_from, c.period_to, i.ref, "
                                   "c.recorded_at, c.recorded_by, w.waived_on, w.reason, w.recorded_at, w.recorded_by "
                                   "FROM fee_charges c JOIN debts i ON i.id = c.debt_id LEFT JOIN fee_waivers w ON "
                                   "w.charge_id = c.id WHERE c.source_debt_id = ?"),
        debtId, [&](const QSqlQuery &q) {
            CollectionEvent e;
            e.kind = q.value(1).toString() == QLatin1String("interest") ? Kind::InterestCharged : Kind::FeeCharged;
            e.id = q.value(0).toLongLong();
            e.date = RecordRows::date(q.value(2));
            e.amount = q.value(3).toLongLong();
            e.periodFrom = RecordRows::date(q.value(4));
            e.periodTo = RecordRows::date(q.value(5));
            e.itemRef = q.value(6).toString();
            stamp(e, q, 7);
            events.append(e);
            if (q.value(9).isNull())
                return;
            CollectionEvent w = e;
            w.kind = Kind::FeeWaived;
            w.date = RecordRows::date(q.value(9));
            w.text = q.value(10).toString();
            stamp(w, q, 11);
            events.append(w);
        });
    if (!fees)
        return fees.failure();
    // Payment plans: read as of the date (broken only when one is given).
    const auto policy = PolicyStore::read(m_db);
    if (!policy)
        return policy.failure();
    const auto plans = PlanRecords(m_db).plansOfDebt(
        debtId, asOf.isValid() ? asOf : BookRules::lastDate(), policy->promiseGraceDays);
    if (!plans)
        return plans.failure();
    for (const PaymentPlan &p : plans.value()) {
        CollectionEvent made;
        made.kind = Kind::PlanMade;
        made.id = p.id;
        made.date = p.draft.madeOn;
        made.recordedAt = p.recordedAt;
        made.recordedBy = p.recordedBy;
        made.planRef = p.draft.ref;
        made.amount = p.draft.balance;
        made.count = p.draft.count;
        made.frequency = p.draft.frequency;
        made.dueDate = p.draft.firstDate;
        made.text = p.draft.note;
        events.append(made);
        for (const PlanInstallment &in : p.draft.installments) {
            CollectionEvent e = made;
            e.kind = Kind::PlanInstallment;
            e.id = in.debtId;
            e.date = in.dueDate;
            e.amount = in.amount;
            e.dueDate = in.dueDate;
            e.count = in.seq;
            e.text = in.ref;
            events.append(e);
        }
        if (asOf.isValid() && p.state == PlanState::Broken) {
            CollectionEvent broken = made;
            broken.kind = Kind::PlanBroken;
            broken.date = p.brokenOn;
            broken.amount = p.open;
            broken.text = p.missedRef;
            broken.dueDate = p.missedDue;
            events.append(broken);
        }
    }
    auto escalation = EscalationRecords(m_db).debtEvents(debtId);
    if (!escalation)
        return escalation.failure();
    events.append(escalation.value());
    std::stable_sort(events.begin(), events.end(), [](const CollectionEvent &a, const CollectionEvent &b) {
        return std::tie(a.date, a.recordedAt) < std::tie(b.date, b.recordedAt);
    });
    return events;
}

} // namespace recoup
