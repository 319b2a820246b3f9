// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/demo_collections_story.h"

#include "collections/collections.h"
#include "core/currency.h"
#include "ledger/ledger.h"

#include <QRandomGenerator>

#include <array>
#include <tuple>

namespace recoup {

namespace {

constexpr int WeeksOfHistory = 10;

constexpr std::array CallNotes{ QT_TRANSLATE_NOOP("DemoCollectionsStory", "Left a message"),
    QT_TRANSLATE_NOOP("DemoCollectionsStory", "Says the cheque is in the post"),
    QT_TRANSLATE_NOOP("DemoCollectionsStory", "Will pay when their customer pays them"),
    QT_TRANSLATE_NOOP("DemoCollectionsStory", "Asked for a copy of the invoice") };

constexpr std::array DisputeReasons{ QT_TRANSLATE_NOOP("DemoCollectionsStory", "Two crates arrived damaged"),
    QT_TRANSLATE_NOOP("DemoCollectionsStory", "Says the price was agreed lower"),
    QT_TRANSLATE_NOOP("DemoCollectionsStory", "Part of the order never arrived") };

} // namespace

DemoCollectionsStory::DemoCollectionsStory(Ledger &ledger, QRandomGenerator &rng)
    : m_ledger(ledger), m_rng(rng), m_collections(std::make_unique<Collections>(ledger))
{ }

DemoCollectionsStory::~DemoCollectionsStory() = default;

Result<DemoStorySummary> DemoCollectionsStory::tell(const QDate &today)
{
    if (auto done = lateFeeTerms(); !done)
        return done.failure();
    if (auto done = oneLongChase(today); !done)
        return done.failure();
    if (auto done = escalations(today); !done)
        return done.failure();
    if (auto done = paymentPlans(today); !done)
        return done.failure();
    if (auto done = promisesAndDisputes(today); !done)
        return done.failure();
    if (auto done = weeklyRounds(today, WeeksOfHistory); !done)
        return done.failure();
    return m_summary;
}

Result<void> DemoCollectionsStory::lateFeeTerms()
{
    // The demo shop's terms say so: a 10.00 late fee plus 1.5 % of what is overdue, once,
    // 30 days after the due date, itself due in 14 days.
    auto policy = m_collections->policy();
    if (!policy)
        return policy.failure();
    const qint64 scale = m_ledger.currency().scale();
    CollectionPolicy edited = policy.value();
    FeeTerms &fees = edited.fees;
    fees.currency = m_ledger.currency();
    fees.enabled = true;
    fees.graceDays = 30;
    fees.flatAmount = 10 * scale;
    fees.percentBp = 150;
    fees.dueDays = 14;
    return m_collections->savePolicy(edited);
}

Result<void> DemoCollectionsStory::paymentPlans(const QDate &today)
{
    // Two customers who fell behind agreed a plan eight weeks ago: one pays each
    // installment on its day, the other paid the first and then stopped.
    const QDate madeOn = today.addDays(-56);
    const auto list = m_collections->worklist(madeOn);
    if (!list)
        return list.failure();
    QSet<qint64> seen;
    int made = 0;
    for (const DebtStanding &d : list->standings()) {
        if (made == 2 || d.daysPastDue < 30 || seen.contains(d.customerId))
            continue;
        seen.insert(d.customerId);
        const auto customer = m_ledger.customer(d.customerId);
        if (!customer)
            return customer.failure();
        // Nothing paid since, so the plan takes what was open that day.
        if (customer->lastPaymentDate.isValid() && customer->lastPaymentDate >= madeOn)
            continue;
        PlanRequest request;
        request.customerId = d.customerId;
        request.madeOn = madeOn;
        request.frequency = made == 0 ? PlanFrequency::Month : PlanFrequency::Fortnight;
        request.count = made == 0 ? 4 : 6;
        request.firstDate = madeOn.addDays(made == 0 ? 14 : 7);
        request.note = made == 0 ? tr("Agreed at the counter") : tr("Agreed on the phone");
        const auto draft = m_collections->previewPlan(request);
        if (!draft)
            continue; // a customer whose debts a plan cannot take (disputed, in a closed period)
        if (auto id = m_collections->savePlan(draft.value()); !id)
            return id.failure();
        ++m_summary.plans;
        for (const PlanInstallment &installment : draft->installments) {
            if (installment.dueDate > today || (made == 1 && installment.seq > 1))
                break;
            PaymentInput payment;
            payment.customerId = d.customerId;
            payment.amount = installment.amount;
            payment.date = installment.dueDate;
            payment.method = PaymentMethod::BankTransfer;
            payment.reference = tr("Plan %1").arg(draft->ref);
            if (auto paid = m_ledger.recordPayment(payment); !paid)
                return paid.failure();
        }
        ++made;
    }
    return {};
}

const WorkTask *DemoCollectionsStory::taskFor(const Worklist &list, qint64 debtId)
{
    for (const WorkTask &task : list.tasks())
        for (const TaskLine &line : task.lines)
            if (line.debtId == debtId && task.kind == TaskKind::Step)
                return &task;
    return nullptr;
}

Result<void> DemoCollectionsStory::oneLongChase(const QDate &today)
{
    // One old unpaid sale followed all the way, so its timeline shows every kind
    // of event: reminders and calls, a promise broken, a late fee charged and
    // waived, a dispute, a step snoozed, an agency, a letter before action, the
    // write-off and money recovered after it.
    const auto list = m_collections->worklist(today);
    if (!list)
        return list.failure();
    const DebtStanding *chased = nullptr;
    for (const DebtStanding &d : list->standings()) {
        const auto debt = m_ledger.debt(d.debtId);
        if (d.daysPastDue >= 270 && d.daysPastDue <= 400 && debt && debt->openAmount == debt->amount) {
            chased = &d;
            break;
        }
    }
    if (!chased)
        return {}; // a small demo book may have none
    const qint64 debtId = chased->debtId;
    const qint64 customerId = chased->customerId;
    const QDate due = chased->dueDate;
    const qint64 open = chased->open;
    const auto onDay = [&](int days) { return due.addDays(days); };
    const auto doStep = [&](int days, bool snoozeIt = false) -> Result<void> {
        const auto day = m_collections->worklist(onDay(days), customerId);
        if (!day)
            return day.failure();
        const WorkTask *task = taskFor(day.value(), debtId);
        if (!task)
            return {};
        ++m_summary.tasksDone;
        return snoozeIt ? m_collections->snooze(*task, onDay(days + 7), onDay(days))
                        : m_collections->markDone(*task, onDay(days));
    };
    const auto call = [&](int days, ContactOutcome outcome, const QString &note) {
        ContactInput c;
        c.customerId = customerId;
        c.debtId = debtId;
        c.date = onDay(days);
        c.time = QStringLiteral("10:15");
        c.outcome = outcome;
        c.note = note;
        ++m_summary.contacts;
        return c;
    };

    if (auto done = doStep(1); !done)
        return done;
    if (auto id = m_collections->logContact(call(14, ContactOutcome::NoAnswer, QString())); !id)
        return id.failure();
    if (auto done = doStep(14); !done)
        return done;
    PromiseInput promise;
    promise.customerId = customerId;
    promise.debtIds = { debtId };
    promise.amount = std::max<qint64>(1, open / 2);
    promise.promisedOn = onDay(16);
    promise.dueDate = onDay(23);
    if (auto id = m_collections->logContactWithPromise(
            call(16, ContactOutcome::Promised, tr("Half by next week, the rest after")), promise);
        !id)
        return id.failure();
    ++m_summary.promises;
    const auto fees = m_collections->postFees(onDay(31), nullptr, customerId);
    if (!fees)
        return fees.failure();
    m_summary.fees += static_cast<int>(fees->lines.size());
    DisputeInput dispute;
    dispute.debtId = debtId;
    dispute.reason = tr("Says the price was agreed lower");
    dispute.openedOn = onDay(33);
    const auto disputeId = m_collections->openDispute(dispute);
    if (!disputeId)
        return disputeId.failure();
    ++m_summary.disputes;
    DisputeResolution resolution;
    resolution.disputeId = disputeId.value();
    resolution.outcome = DisputeOutcome::ForShop;
    resolution.resolvedOn = onDay(40);
    resolution.note = tr("The signed order shows the price");
    if (auto done = m_collections->resolveDispute(resolution); !done)
        return done;
    for (const FeeLine &line : fees->lines) {
        if (line.sourceDebtId != debtId)
            continue;
        const auto item = m_ledger.debtByRef(line.ref);
        if (!item)
            return item.failure();
        if (auto id = m_collections->waiveFee(item->id, tr("Goodwill while the dispute was settled"), onDay(41)); !id)
            return id.failure();
    }
    if (auto done = doStep(45, true); !done)
        return done;
    if (auto done = doStep(52); !done)
        return done;

    ReferralInput referral;
    referral.debtId = debtId;
    referral.agency = QStringLiteral("Northgate Recoveries");
    referral.date = onDay(95);
    referral.commissionBp = 2500;
    if (auto id = m_collections->referToAgency(referral); !id)
        return id.failure();
    AgencyCollectionInput collected;
    collected.debtId = debtId;
    collected.gross = std::max<qint64>(1, open / 5);
    collected.date = onDay(130);
    if (auto id = m_collections->recordAgencyCollection(collected); !id)
        return id.failure();
    if (auto done = m_collections->recallFromAgency(debtId, tr("Nothing more in three months"), onDay(160)); !done)
        return done;
    LegalStepInput letter;
    letter.debtId = debtId;
    letter.date = onDay(170);
    letter.reference = QStringLiteral("LBA-%1").arg(chased->debtRef);
    if (auto id = m_collections->recordLegalStep(letter); !id)
        return id.failure();
    if (auto id = m_collections->writeOff(debtId, tr("Not worth a claim"), onDay(200)); !id)
        return id.failure();
    RecoveryInput recovery;
    recovery.debtId = debtId;
    recovery.amount = std::max<qint64>(1, open / 10);
    recovery.date = onDay(250);
    recovery.note = tr("Paid something when they came back to the shop");
    if (auto id = m_collections->recordRecovery(recovery); !id)
        return id.failure();
    ++m_summary.escalations;
    return {};
}

Result<void> DemoCollectionsStory::escalations(const QDate &today)
{
    // The firmest steps, for some of the oldest debts: one with a collection
    // agency (a part collected), one on its way to court, one written off two
    // months ago and partly recovered since, and a customer whose credit is stopped.
    const auto list = m_collections->worklist(today);
    if (!list)
        return list.failure();
    const qint64 scale = m_ledger.currency().scale();
    QSet<qint64> seen;
    int told = 0;
    for (const DebtStanding &d : list->standings()) {
        if (told == 4 || d.daysPastDue < 150 || d.pause != LadderPause::None || seen.contains(d.customerId))
            continue;
        seen.insert(d.customerId);
        Result<void> done;
        switch (told) {
        case 0: {
            ReferralInput referral;
            referral.debtId = d.debtId;
            referral.agency = QStringLiteral("Northgate Recoveries");
            referral.date = today.addDays(-40);
            referral.commissionBp = 2500;
            referral.reference = QStringLiteral("NR-%1").arg(d.debtRef);
            if (auto id = m_collections->referToAgency(referral); !id)
                return id.failure();
            AgencyCollectionInput collected;
            collected.debtId = d.debtId;
            collected.gross = std::max<qint64>(1, d.open / 3);
            collected.date = today.addDays(-12);
            if (auto id = m_collections->recordAgencyCollection(collected); !id)
                return id.failure();
            break;
        }
        case 1:
            for (const auto &[step, days, reference] :
                { std::tuple{ LegalStepKind::LetterBeforeAction, 30, QStringLiteral("LBA-%1").arg(d.debtRef) },
                    std::tuple{ LegalStepKind::ClaimFiled, 9, QStringLiteral("CLAIM-%1").arg(d.debtRef) } }) {
                LegalStepInput legal;
                legal.debtId = d.debtId;
                legal.step = step;
                legal.date = today.addDays(-days);
                legal.reference = reference;
                legal.fee = step == LegalStepKind::ClaimFiled ? 35 * scale : 0;
                if (auto id = m_collections->recordLegalStep(legal); !id)
                    return id.failure();
            }
            break;
        case 2: {
            if (auto id
                = m_collections->writeOff(d.debtId, tr("Moved away, no forwarding address"), today.addDays(-60));
                !id)
                return id.failure();
            RecoveryInput recovery;
            recovery.debtId = d.debtId;
            recovery.amount = std::max<qint64>(1, d.open / 4);
            recovery.date = today.addDays(-15);
            recovery.note = tr("Paid in part after a letter found them");
            if (auto id = m_collections->recordRecovery(recovery); !id)
                return id.failure();
            break;
        }
        case 3:
            done = m_collections->stopCredit(d.customerId, tr("Over 90 days late"), today.addDays(-20));
            break;
        }
        if (!done)
            return done;
        ++told;
        ++m_summary.escalations;
    }
    return {};
}

Result<void> DemoCollectionsStory::promisesAndDisputes(const QDate &today)
{
    const auto list = m_collections->worklist(today);
    if (!list)
        return list.failure();
    // One story per customer, taken from the debts that are overdue today.
    QSet<qint64> told;
    int kept = 0;
    int broken = 0;
    int pending = 0;
    int disputes = 0;
    for (const DebtStanding &d : list->standings()) {
        if (d.daysPastDue < 8 || told.contains(d.customerId))
            continue;
        // Disputes and broken promises on the debts long late, promises made and kept on any.
        const bool longLate = d.daysPastDue >= 20;
        const qint64 owed = d.open;
        PromiseInput promise;
        promise.customerId = d.customerId;
        promise.debtIds = { d.debtId };
        if (disputes < 2 && longLate) {
            // One dispute still open, one the shop conceded in part.
            DisputeInput dispute;
            dispute.debtId = d.debtId;
            dispute.amount = disputes == 0 ? owed : owed / 2;
            dispute.reason = tr(DisputeReasons[m_rng.bounded(int(DisputeReasons.size()))]);
            dispute.openedOn = today.addDays(-12 - 9 * disputes);
            const auto id = m_collections->openDispute(dispute);
            if (!id)
                return id.failure();
            ++m_summary.disputes;
            if (disputes == 1) {
                DisputeResolution r;
                r.disputeId = id.value();
                r.outcome = DisputeOutcome::ForCustomer;
                r.conceded = std::max<qint64>(1, dispute.amount / 4);
                r.resolvedOn = today.addDays(-6);
                r.note = tr("Credited the damaged part");
                if (auto done = m_collections->resolveDispute(r); !done)
                    return done;
            }
            ++disputes;
        } else if (broken < 4 && longLate) {
            // Promised three weeks ago for last week, and nothing came.
            ContactInput call;
            call.customerId = d.customerId;
            call.debtId = d.debtId;
            call.date = today.addDays(-21);
            call.time = QStringLiteral("11:%1").arg(m_rng.bounded(10, 60));
            call.outcome = ContactOutcome::Promised;
            promise.promisedOn = call.date;
            promise.dueDate = today.addDays(-10);
            promise.amount = std::max<qint64>(1, owed / 2);
            if (auto id = m_collections->logContactWithPromise(call, promise); !id)
                return id.failure();
            ++m_summary.contacts;
            ++m_summary.promises;
            ++broken;
        } else if (pending < 6 && (pending <= kept || kept == 6)) {
            // Promised a few days ago for the coming weeks: the ladder waits.
            promise.promisedOn = today.addDays(-m_rng.bounded(1, 5));
            promise.dueDate = today.addDays(m_rng.bounded(2, 27));
            promise.amount = owed;
            if (auto id = m_collections->recordPromise(promise); !id)
                return id.failure();
            ++m_summary.promises;
            ++pending;
        } else if (kept < 6 && m_ledger.customer(d.customerId)->lastPaymentDate.isValid()
            && m_ledger.customer(d.customerId)->lastPaymentDate < today) {
            // The last payment came after a promise of it: a promise kept.
            const QDate paid = m_ledger.customer(d.customerId)->lastPaymentDate;
            promise.debtIds.clear();
            promise.promisedOn = paid.addDays(-4);
            promise.dueDate = paid.addDays(1);
            promise.amount = std::max<qint64>(1, owed / 10);
            if (promise.promisedOn < paid.addDays(-60))
                continue;
            if (auto id = m_collections->recordPromise(promise); !id)
                continue; // a payment smaller than a tenth of what is owed: no story here
            ++m_summary.promises;
            ++kept;
        } else {
            continue;
        }
        told.insert(d.customerId);
    }
    return {};
}

Result<void> DemoCollectionsStory::weeklyRounds(const QDate &today, int weeks)
{
    for (int week = weeks; week >= 1; --week) {
        const QDate day = today.addDays(-7 * week);
        // The week's late fees first, as a shop running its fee run on Mondays.
        const auto fees = m_collections->postFees(day);
        if (!fees)
            return fees.failure();
        m_summary.fees += static_cast<int>(fees->lines.size());
        const auto list = m_collections->worklist(day);
        if (!list)
            return list.failure();
        for (const WorkTask &task : list->tasks()) {
            const int roll = m_rng.bounded(100);
            // Now and then a task waits a week more; the owner approves most firmer steps.
            if (roll < 12 || (task.needsApproval && roll < 40))
                continue;
            if (task.kind == TaskKind::Step && task.action == LadderAction::Call && !task.lines.isEmpty()) {
                if (auto done = logCall(task.customerId, task.lines.first().debtId, day, roll); !done)
                    return done;
            }
            if (auto done = m_collections->markDone(task, day); !done)
                return done;
            ++m_summary.tasksDone;
        }
    }
    return {};
}

Result<void> DemoCollectionsStory::logCall(qint64 customerId, qint64 debtId, const QDate &day, int roll)
{
    ContactInput call;
    call.customerId = customerId;
    call.debtId = debtId;
    call.date = day;
    call.time = QStringLiteral("%1:%2")
                    .arg(m_rng.bounded(9, 18), 2, 10, QLatin1Char('0'))
                    .arg(m_rng.bounded(0, 60), 2, 10, QLatin1Char('0'));
    call.outcome = roll < 55 ? ContactOutcome::NoAnswer : roll < 80 ? ContactOutcome::Other : ContactOutcome::Refused;
    call.note
        = call.outcome == ContactOutcome::NoAnswer ? QString() : tr(CallNotes[m_rng.bounded(int(CallNotes.size()))]);
    if (call.outcome == ContactOutcome::NoAnswer && roll % 3 == 0)
        call.followUp = day.addDays(2);
    if (auto id = m_collections->logContact(call); !id)
        return id.failure();
    ++m_summary.contacts;
    return {};
}

} // namespace recoup
