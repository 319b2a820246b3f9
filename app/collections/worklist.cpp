// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "collections/worklist.h"

#include "aging/aging_report.h"
#include "collections/escalation_records.h"
#include "collections/plan_records.h"
#include "core/local_date.h"
#include "core/money.h"
#include "db/database.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <optional>
#include <tuple>

namespace recoup {

namespace {

struct CustomerName
{
    QString ref;
    QString name;
};

/// The channel to use for `wanted` with this customer: itself, or the first
/// written channel not blocked; nothing when every one is.
std::optional<Channel> usableChannel(Channel wanted, const CustomerLadder &ladder)
{
    if (!ladder.isBlocked(wanted))
        return wanted;
    for (Channel c : { Channel::Email, Channel::Sms, Channel::WhatsApp, Channel::Letter })
        if (!ladder.isBlocked(c))
            return c;
    return std::nullopt;
}

/// The channel a step's action goes by, before the customer's blocks.
std::optional<Channel> stepChannel(const LadderStep &step)
{
    switch (step.action) {
    case LadderAction::Reminder:
        return step.channel;
    case LadderAction::Call:
        return Channel::Phone;
    case LadderAction::LateFee:
    case LadderAction::FinalNotice:
    case LadderAction::LegalLetter:
        return Channel::Letter;
    case LadderAction::StopCredit:
    case LadderAction::Agency:
        return std::nullopt;
    }
    Q_UNREACHABLE();
}

int kindOrder(TaskKind kind)
{
    switch (kind) {
    case TaskKind::BrokenPromise:
        return 0;
    case TaskKind::BrokenPlan:
        return 1;
    case TaskKind::FollowUp:
        return 2;
    case TaskKind::Step:
        return 3;
    }
    Q_UNREACHABLE();
}

} // namespace

const DebtStanding *Worklist::standing(qint64 debtId) const
{
    for (const DebtStanding &s : m_standings)
        if (s.debtId == debtId)
            return &s;
    return nullptr;
}

Result<Worklist> Worklist::compute(Database &db, const CollectionPolicy &policy, const QDate &asOf, qint64 customerId)
{
    if (!asOf.isValid())
        return Error{ tr("Give a valid date for the worklist.") };
    Worklist list;
    list.m_asOf = asOf;

    // Every debt open on the date, with its days past due, as the aging finds them.
    AgingOptions options;
    options.asOf = asOf;
    auto debts = AgingReport::debts(db, options, customerId);
    if (!debts)
        return debts.failure();

    const CollectionRecords records(db);
    auto ladders = records.ladders(customerId);
    if (!ladders)
        return ladders.failure();
    auto disputes = records.openDisputes(asOf, customerId);
    if (!disputes)
        return disputes.failure();
    auto promises = records.promises(asOf, policy.promiseGraceDays, customerId);
    if (!promises)
        return promises.failure();
    auto states = records.taskStates(asOf, customerId);
    if (!states)
        return states.failure();
    auto followUps = records.followUpsDue(asOf, customerId);
    if (!followUps)
        return followUps.failure();
    const PlanRecords planRecords(db);
    auto plans = planRecords.plans(asOf, policy.promiseGraceDays, customerId);
    if (!plans)
        return plans.failure();
    auto planStates = planRecords.taskStates(asOf, customerId);
    if (!planStates)
        return planStates.failure();
    // A debt with an agency or in legal is chased there, not by the ladder.
    auto escalated = EscalationRecords(db).escalated(asOf, customerId);
    if (!escalated)
        return escalated.failure();

    QHash<qint64, CustomerName> names;
    {
        QSqlQuery &q = db.prepare(customerId ? QStringLiteral("SELECT id, ref, name FROM customers WHERE id = ?")
                                             : QStringLiteral("SELECT id, ref, name FROM customers"));
        if (customerId)
            q.addBindValue(customerId);
        if (auto done = db.exec(q); !done)
            return done.failure();
        while (q.next())
            names.insert(q.value(0).toLongLong(), { q.value(1).toString(), q.value(2).toString() });
    }

    // A late fee or interest is chased with the debt it was charged on, not on a
    // ladder of its own (else each fee would start its reminders over again).
    QSet<qint64> charges;
    {
        QSqlQuery &q = db.prepare(customerId
                ? QStringLiteral("SELECT id FROM debts WHERE kind IN ('fee', 'interest') AND customer_id = ?")
                : QStringLiteral("SELECT id FROM debts WHERE kind IN ('fee', 'interest')"));
        if (customerId)
            q.addBindValue(customerId);
        if (auto done = db.exec(q); !done)
            return done.failure();
        while (q.next())
            charges.insert(q.value(0).toLongLong());
    }

    QSet<qint64> disputed;
    for (const Dispute &d : disputes.value())
        disputed.insert(d.debtId);
    // A promise holds the ladder of its debts until it is kept, and through the
    // day it is found broken; the ladder resumes the day after.
    QSet<qint64> promised;
    for (const Promise &p : promises.value())
        if (p.state != PromiseState::Kept && asOf <= p.deadline.addDays(1))
            for (qint64 id : p.debtIds)
                promised.insert(id);

    // A plan on track holds the ladder of its installments not yet due, but for
    // the reminders before their due date: an installment falling due is
    // reminded with the customer's other items. A broken plan holds nothing.
    QSet<qint64> planned;
    for (const PaymentPlan &p : plans.value())
        if (p.state == PlanState::OnTrack)
            for (const PlanInstallment &in : p.draft.installments)
                if (in.dueDate > asOf)
                    planned.insert(in.debtId);

    QHash<qint64, qsizetype> lineOf; // debt -> index in standings
    // Tasks of ladder steps, one per customer, action and channel (8 of each at most: 3 bits).
    QHash<qint64, qsizetype> taskOf;

    for (const AgingDebtLine &d : debts.value()) {
        if (d.open <= 0 || charges.contains(d.debtId))
            continue;
        const CustomerLadder ladder = ladders->value(d.customerId);
        DebtStanding s;
        s.debtId = d.debtId;
        s.customerId = d.customerId;
        s.debtRef = d.ref;
        s.dueDate = d.dueDate;
        s.daysPastDue = d.daysPastDue;
        s.open = d.open;
        s.stepIndex = policy.stepReached(d.daysPastDue, ladder.mode == LadderMode::Gentle);
        s.pause = ladder.mode == LadderMode::Paused ? LadderPause::CustomerPaused
            : escalated->legal.contains(d.debtId)   ? LadderPause::Legal
            : escalated->agency.contains(d.debtId)  ? LadderPause::Agency
            : disputed.contains(d.debtId)           ? LadderPause::Dispute
            : promised.contains(d.debtId)           ? LadderPause::Promise
            : planned.contains(d.debtId)
                && (s.stepIndex < 0 || policy.steps.at(s.stepIndex).action != LadderAction::Reminder)
            ? LadderPause::Plan
            : LadderPause::None;
        if (s.stepIndex >= 0) {
            const LadderStep &step = policy.steps.at(s.stepIndex);
            const auto found = states->steps.constFind({ d.debtId, step.key });
            if (found != states->steps.constEnd()) {
                s.recorded = true;
                s.record = found.value();
            }
        }
        lineOf.insert(d.debtId, list.m_standings.size());
        list.m_standings.append(s);

        if (s.stepIndex < 0 || s.pause != LadderPause::None)
            continue;
        // A step done or skipped stays so; a snoozed one waits for its day.
        if (s.recorded && (s.record.outcome != TaskOutcome::Snoozed || s.record.snoozedUntil > asOf))
            continue;
        const LadderStep &step = policy.steps.at(s.stepIndex);
        const auto wanted = stepChannel(step);
        const auto channel = wanted ? usableChannel(*wanted, ladder) : std::nullopt;
        const qint64 key = (d.customerId << 6) | (qint64(step.action) << 3) | (channel ? qint64(*channel) : 7);
        qsizetype at = taskOf.value(key, -1);
        if (at < 0) {
            WorkTask t;
            t.kind = TaskKind::Step;
            t.customerId = d.customerId;
            t.action = step.action;
            t.hasChannel = channel.has_value();
            t.channel = channel.value_or(Channel::Letter);
            t.channelReplaced = wanted && channel != wanted;
            at = list.m_tasks.size();
            taskOf.insert(key, at);
            list.m_tasks.append(t);
        }
        WorkTask &t = list.m_tasks[at];
        TaskLine line;
        line.debtId = d.debtId;
        line.debtRef = d.ref;
        line.stepKey = step.key;
        line.stepIndex = s.stepIndex;
        line.dueDate = d.dueDate;
        line.daysPastDue = d.daysPastDue;
        line.open = d.open;
        t.lines.append(line);
        t.needsApproval = t.needsApproval || step.needsApproval;
        if (s.stepIndex > t.stepIndex) {
            t.stepIndex = s.stepIndex;
            t.stepKey = step.key;
            t.stepName = CollectionPolicy::displayName(step);
        }
        const QDate since = d.dueDate.addDays(policy.offsetFor(step, ladder.mode == LadderMode::Gentle));
        if (!t.since.isValid() || since < t.since)
            t.since = since;
    }

    auto openLine = [&list, &lineOf](qint64 debtId) -> std::optional<TaskLine> {
        const qsizetype i = lineOf.value(debtId, -1);
        if (i < 0)
            return std::nullopt;
        const DebtStanding &s = list.m_standings.at(i);
        TaskLine line;
        line.debtId = s.debtId;
        line.debtRef = s.debtRef;
        line.dueDate = s.dueDate;
        line.daysPastDue = s.daysPastDue;
        line.open = s.open;
        return line;
    };
    auto waiting = [&asOf](const QHash<qint64, TaskState> &map, qint64 id) {
        const auto found = map.constFind(id);
        return found == map.constEnd() || (found->outcome == TaskOutcome::Snoozed && found->snoozedUntil <= asOf);
    };

    // Broken promises whose debts are still open.
    for (const Promise &p : promises.value()) {
        if (p.state != PromiseState::Broken || !waiting(states->promises, p.id))
            continue;
        WorkTask t;
        t.kind = TaskKind::BrokenPromise;
        t.customerId = p.customerId;
        t.promiseId = p.id;
        t.promisedAmount = p.amount;
        t.promisePaid = p.paid;
        t.promiseDue = p.dueDate;
        t.note = p.note;
        t.since = p.deadline.addDays(1);
        for (qint64 id : p.debtIds)
            if (auto line = openLine(id))
                t.lines.append(*line);
        if (!t.lines.isEmpty())
            list.m_tasks.append(t);
    }

    // Broken payment plans whose installments are still open.
    for (const PaymentPlan &p : plans.value()) {
        if (p.state != PlanState::Broken || !waiting(planStates.value(), p.id))
            continue;
        WorkTask t;
        t.kind = TaskKind::BrokenPlan;
        t.customerId = p.draft.customerId;
        t.planId = p.id;
        t.planRef = p.draft.ref;
        t.missedRef = p.missedRef;
        t.missedDue = p.missedDue;
        t.note = p.draft.note;
        t.since = p.brokenOn;
        for (const PlanInstallment &in : p.draft.installments)
            if (auto line = openLine(in.debtId))
                t.lines.append(*line);
        if (!t.lines.isEmpty())
            list.m_tasks.append(t);
    }

    // Follow-ups the user set.
    for (const FollowUp &f : followUps.value()) {
        if (!waiting(states->followUps, f.contactId))
            continue;
        WorkTask t;
        t.kind = TaskKind::FollowUp;
        t.customerId = f.customerId;
        t.contactId = f.contactId;
        t.hasChannel = true;
        t.channel = f.channel;
        t.note = f.note;
        t.since = f.date;
        if (f.debtId)
            if (auto line = openLine(f.debtId))
                t.lines.append(*line);
        list.m_tasks.append(t);
    }

    for (WorkTask &t : list.m_tasks) {
        const CustomerName name = names.value(t.customerId);
        t.customerRef = name.ref;
        t.customerName = name.name;
        std::sort(t.lines.begin(), t.lines.end(), [](const TaskLine &a, const TaskLine &b) {
            return std::tie(a.dueDate, a.debtRef) < std::tie(b.dueDate, b.debtRef);
        });
    }
    std::stable_sort(list.m_tasks.begin(), list.m_tasks.end(), [](const WorkTask &a, const WorkTask &b) {
        if (a.customerRef != b.customerRef)
            return a.customerRef < b.customerRef;
        if (a.kind != b.kind)
            return kindOrder(a.kind) < kindOrder(b.kind);
        return a.stepIndex > b.stepIndex;
    });
    return list;
}

QString Worklist::describe(const WorkTask &task)
{
    switch (task.kind) {
    case TaskKind::BrokenPromise:
        return tr("Broken promise: get in touch");
    case TaskKind::BrokenPlan:
        return tr("Broken payment plan: get in touch");
    case TaskKind::FollowUp:
        return tr("Follow up by %1").arg(CollectionPolicy::channelLabel(task.channel));
    case TaskKind::Step:
        break;
    }
    // Notices are letters: the channel is named only when the customer's blocks changed it.
    const bool byLetter = !task.hasChannel || task.channel == Channel::Letter;
    QString what;
    switch (task.action) {
    case LadderAction::Reminder:
        what = task.hasChannel ? tr("Send a reminder by %1").arg(CollectionPolicy::channelLabel(task.channel))
                               : tr("Send a reminder");
        break;
    case LadderAction::Call:
        what = task.channel == Channel::Phone ? tr("Call")
            : task.hasChannel ? tr("Write instead of calling, by %1").arg(CollectionPolicy::channelLabel(task.channel))
                              : tr("Call");
        break;
    case LadderAction::LateFee:
        what = byLetter ? tr("Send the late fee warning")
                        : tr("Send the late fee warning by %1").arg(CollectionPolicy::channelLabel(task.channel));
        break;
    case LadderAction::FinalNotice:
        what = byLetter ? tr("Send the final notice")
                        : tr("Send the final notice by %1").arg(CollectionPolicy::channelLabel(task.channel));
        break;
    case LadderAction::StopCredit:
        what = tr("Stop credit");
        break;
    case LadderAction::Agency:
        what = tr("Refer to a collection agency");
        break;
    case LadderAction::LegalLetter:
        what = byLetter
            ? tr("Send the letter before legal action")
            : tr("Send the letter before legal action by %1").arg(CollectionPolicy::channelLabel(task.channel));
        break;
    }
    return task.needsApproval ? tr("%1 (needs approval)").arg(what) : what;
}

QString Worklist::reason(const WorkTask &task, const TaskLine *line, const Currency &currency, Writing writing)
{
    const bool local = writing == Writing::Locale;
    const auto date = [local](const QDate &d) { return local ? LocalDate::shortText(d) : d.toString(Qt::ISODate); };
    const auto money = [local, &currency](qint64 minor) {
        return local ? Money::toDisplayText(minor, currency) : Money::toFileText(minor, currency);
    };
    switch (task.kind) {
    case TaskKind::BrokenPromise:
        return tr("promised %1 by %2, paid %3")
            .arg(money(task.promisedAmount), date(task.promiseDue), money(task.promisePaid));
    case TaskKind::BrokenPlan:
        return tr("plan %1: installment %2 due %3 not paid").arg(task.planRef, task.missedRef, date(task.missedDue));
    case TaskKind::FollowUp:
        return task.note.isEmpty() ? tr("follow-up set for %1").arg(date(task.since))
                                   : tr("follow-up set for %1: %2").arg(date(task.since), task.note);
    case TaskKind::Step:
        break;
    }
    QStringList parts;
    const qint64 days = line ? line->daysPastDue : (task.lines.isEmpty() ? 0 : task.lines.constLast().daysPastDue);
    // No English plural catalogue is shipped, so the two English forms are spelled out.
    if (days < -1)
        parts << tr("due in %1 days").arg(-days);
    else if (days == -1)
        parts << tr("due tomorrow");
    else if (days == 0)
        parts << tr("due today");
    else if (days == 1)
        parts << tr("1 day past due");
    else
        parts << tr("%1 days past due").arg(days);
    if (task.needsApproval)
        parts << tr("needs approval");
    if (task.channelReplaced)
        parts << (task.hasChannel ? tr("usual channel blocked for this customer")
                                  : tr("every channel is blocked for this customer"));
    return parts.join(QStringLiteral("; "));
}

QString Worklist::actionKey(const WorkTask &task)
{
    QString key;
    switch (task.kind) {
    case TaskKind::BrokenPromise:
        return QStringLiteral("broken_promise");
    case TaskKind::BrokenPlan:
        return QStringLiteral("broken_plan");
    case TaskKind::FollowUp:
        key = QStringLiteral("follow_up");
        break;
    case TaskKind::Step:
        key = CollectionPolicy::actionKey(task.action);
        break;
    }
    return task.hasChannel ? key + QLatin1Char(':') + CollectionPolicy::channelKey(task.channel) : key;
}

QString Worklist::stepKey(const WorkTask &task, const TaskLine *line)
{
    switch (task.kind) {
    case TaskKind::BrokenPromise:
        return QStringLiteral("broken_promise");
    case TaskKind::BrokenPlan:
        return QStringLiteral("broken_plan");
    case TaskKind::FollowUp:
        return QStringLiteral("follow_up");
    case TaskKind::Step:
        break;
    }
    return line ? line->stepKey : task.stepKey;
}

QString Worklist::pauseLabel(LadderPause pause)
{
    switch (pause) {
    case LadderPause::None:
        return QString();
    case LadderPause::Dispute:
        return tr("paused: disputed");
    case LadderPause::Promise:
        return tr("paused: promise to pay");
    case LadderPause::CustomerPaused:
        return tr("paused for this customer");
    case LadderPause::Plan:
        return tr("paused: payment plan on track");
    case LadderPause::Agency:
        return tr("paused: with a collection agency");
    case LadderPause::Legal:
        return tr("paused: in legal action");
    }
    Q_UNREACHABLE();
}

} // namespace recoup
