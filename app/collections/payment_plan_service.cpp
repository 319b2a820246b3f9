// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "collections/payment_plan_service.h"

#include "collections/collection_checks.h"
#include "collections/collection_records.h"
#include "collections/plan_records.h"
#include "collections/plan_schedule.h"
#include "collections/policy_store.h"
#include "core/clock.h"
#include "core/money.h"
#include "db/database.h"
#include "db/transaction.h"
#include "ledger/book_rules.h"
#include "ledger/ledger.h"

#include <QJsonArray>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

namespace recoup {

namespace {

QString installmentRef(const QString &planRef, int seq)
{
    return QStringLiteral("%1/%2").arg(planRef).arg(seq);
}

} // namespace

PaymentPlanService::PaymentPlanService(Ledger &ledger) : m_ledger(ledger) { }

Result<QString> PaymentPlanService::nextRef() const
{
    Database &db = m_ledger.database();
    QSqlQuery &q = db.prepare(QStringLiteral("SELECT coalesce(max(id), 0) FROM payment_plans"));
    if (auto done = db.exec(q); !done)
        return done.failure();
    const qint64 largest = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    // The next number whose plan and installment references are all free.
    for (qint64 n = largest + 1;; ++n) {
        const QString ref = QStringLiteral("P-%1").arg(n, 5, 10, QLatin1Char('0'));
        QSqlQuery &taken = db.prepare(QStringLiteral("SELECT (SELECT count(*) FROM payment_plans WHERE ref = ?) + "
                                                     "(SELECT count(*) FROM debts WHERE ref LIKE ?)"));
        taken.addBindValue(ref);
        taken.addBindValue(ref + QStringLiteral("/%"));
        if (auto done = db.exec(taken); !done)
            return done.failure();
        const qint64 clashes = taken.next() ? taken.value(0).toLongLong() : 0;
        taken.finish();
        if (clashes == 0)
            return ref;
    }
}

Result<PlanDraft> PaymentPlanService::preview(const PlanRequest &request) const
{
    const Currency &currency = m_ledger.currency();
    PlanDraft draft;
    draft.customerId = request.customerId;
    draft.madeOn = request.madeOn.isValid() ? request.madeOn : m_ledger.clock().today();
    draft.frequency = request.frequency;
    draft.firstDate = request.firstDate;
    draft.downPayment = request.downPayment;
    draft.note = request.note.trimmed();
    const auto who = m_ledger.customer(request.customerId);
    if (!who)
        return who.failure();
    if (auto ok = CollectionChecks(m_ledger).checkDate(draft.madeOn); !ok)
        return ok.failure();

    // The debts it takes: the ones named, or every open one of the customer.
    if (request.debtIds.isEmpty()) {
        const auto open = m_ledger.openDebts(request.customerId);
        if (!open)
            return open.failure();
        for (const Debt &d : open.value())
            if (d.openAmount > 0)
                draft.sources.append({ d.id, d.ref, d.dueDate, d.openAmount });
        if (draft.sources.isEmpty())
            return Error{ tr("%1 owes nothing, so there is nothing to put on a plan.").arg(who->details.name) };
    } else {
        QSet<qint64> seen;
        for (qint64 id : request.debtIds) {
            if (seen.contains(id))
                continue;
            seen.insert(id);
            const auto d = m_ledger.debt(id);
            if (!d)
                return d.failure();
            if (d->customerId != request.customerId)
                return Error{ tr("The sale %1 is not this customer's.").arg(d->ref) };
            // A partly paid sale brings only what is left open on it.
            draft.sources.append({ d->id, d->ref, d->dueDate, d->openAmount });
        }
    }
    for (const PlanSource &s : std::as_const(draft.sources))
        draft.balance += s.amount;

    if (request.downPayment < 0)
        return Error{ tr("The down payment cannot be negative.") };
    if (request.downPayment >= draft.balance && draft.balance > 0)
        return Error{ tr("The down payment (%1) must be less than the balance on the plan (%2); with all of it paid "
                         "now, record a payment instead.")
                          .arg(Money::toFileText(request.downPayment, currency),
                              Money::toFileText(draft.balance, currency)) };
    const qint64 rest = draft.balance - request.downPayment;
    if (!request.amounts.isEmpty()) {
        draft.count = int(request.amounts.size());
    } else {
        draft.count = request.count;
        if (request.count < 1 || request.count > PlanSchedule::MaxInstallments)
            return Error{ tr("Give a number of installments from 1 to %1.").arg(PlanSchedule::MaxInstallments) };
    }
    if (!request.firstDate.isValid())
        return Error{ tr("Give the date the first installment is due.") };
    if (auto ok = BookRules::checkDate(request.firstDate); !ok)
        return ok.failure();

    QList<qint64> amounts = request.amounts;
    if (amounts.isEmpty()) {
        amounts = PlanSchedule::split(rest, draft.count);
        if (amounts.isEmpty() && rest > 0)
            return Error{ tr("%1 cannot be split into %2 installments; choose fewer.")
                              .arg(Money::toFileText(rest, currency))
                              .arg(draft.count) };
    }
    auto ref = nextRef();
    if (!ref)
        return ref.failure();
    draft.ref = ref.value();
    if (request.downPayment > 0)
        draft.installments.append({ 0, installmentRef(draft.ref, 0), draft.madeOn, request.downPayment });
    for (int n = 1; n <= amounts.size(); ++n)
        draft.installments.append({ n, installmentRef(draft.ref, n),
            PlanSchedule::dueDate(request.firstDate, request.frequency, n), amounts.at(n - 1) });
    if (auto ok = check(draft); !ok)
        return ok.failure();
    return draft;
}

Result<void> PaymentPlanService::check(const PlanDraft &draft) const
{
    const Currency &currency = m_ledger.currency();
    const CollectionChecks checks(m_ledger);
    const auto who = m_ledger.customer(draft.customerId);
    if (!who)
        return who.failure();
    if (auto ok = checks.checkDate(draft.madeOn); !ok)
        return ok;
    if (draft.sources.isEmpty())
        return Error{ tr("Choose the sales the plan is for.") };
    if (auto ok = BookRules::checkText(draft.note); !ok)
        return ok;

    Database &db = m_ledger.database();
    const auto policy = PolicyStore::read(db);
    if (!policy)
        return policy.failure();
    const auto disputes = CollectionRecords(db).openDisputes(BookRules::lastDate(), draft.customerId);
    if (!disputes)
        return disputes.failure();
    const auto plans = PlanRecords(db).plans(m_ledger.clock().today(), policy->promiseGraceDays, draft.customerId);
    if (!plans)
        return plans.failure();

    qint64 balance = 0;
    QSet<qint64> seen;
    for (const PlanSource &s : draft.sources) {
        const auto d = m_ledger.debt(s.debtId);
        if (!d)
            return d.failure();
        if (d->customerId != draft.customerId)
            return Error{ tr("The sale %1 is not this customer's.").arg(d->ref) };
        if (seen.contains(s.debtId))
            return Error{ tr("The sale %1 is on the plan twice.").arg(d->ref) };
        seen.insert(s.debtId);
        if (d->openAmount <= 0)
            return Error{ tr("Nothing is owed on the sale %1.").arg(d->ref) };
        if (d->openAmount != s.amount)
            return Error{ tr("What is open on the sale %1 changed since the plan was prepared (%2, now %3); "
                             "prepare the plan again.")
                              .arg(d->ref, Money::toFileText(s.amount, currency),
                                  Money::toFileText(d->openAmount, currency)) };
        if (d->issueDate > draft.madeOn)
            return Error{ tr("The sale %1 was made on %2, after the plan's date %3.")
                              .arg(d->ref, d->issueDate.toString(Qt::ISODate), draft.madeOn.toString(Qt::ISODate)) };
        for (const Dispute &dispute : disputes.value())
            if (dispute.debtId == s.debtId)
                return Error{ tr("The sale %1 is in dispute (dispute %2); resolve the dispute before putting the sale "
                                 "on a payment plan.")
                                  .arg(d->ref)
                                  .arg(dispute.id) };
        for (const PaymentPlan &p : plans.value())
            if (p.state != PlanState::Broken)
                for (const PlanInstallment &in : p.draft.installments)
                    if (in.debtId == s.debtId)
                        return Error{ tr("%1 is an installment of the payment plan %2, which is not broken; it "
                                         "cannot go on another plan.")
                                          .arg(d->ref, p.draft.ref) };
        // The plan closes what is open on its date: nothing on the sale may come after it.
        QSqlQuery &later = db.prepare(
            QStringLiteral("SELECT max(effective_date) FROM entries WHERE debt_id = ? AND effective_date > ?"));
        later.addBindValue(s.debtId);
        later.addBindValue(draft.madeOn.toString(Qt::ISODate));
        if (auto done = db.exec(later); !done)
            return done;
        const QString last = later.next() ? later.value(0).toString() : QString();
        later.finish();
        if (!last.isEmpty())
            return Error{ tr("The sale %1 has entries dated up to %2, after the plan's date %3; date the plan on or "
                             "after %2.")
                              .arg(d->ref, last, draft.madeOn.toString(Qt::ISODate)) };
        balance += s.amount;
    }
    if (balance != draft.balance)
        return Error{ tr("The plan's balance (%1) is not what its sales have open (%2).")
                          .arg(Money::toFileText(draft.balance, currency), Money::toFileText(balance, currency)) };
    if (draft.count < 1 || draft.count > PlanSchedule::MaxInstallments)
        return Error{ tr("Give a number of installments from 1 to %1.").arg(PlanSchedule::MaxInstallments) };
    if (draft.downPayment < 0 || draft.downPayment >= draft.balance)
        return Error{ tr("The down payment (%1) must be less than the balance on the plan (%2); with all of it paid "
                         "now, record a payment instead.")
                          .arg(Money::toFileText(draft.downPayment, currency),
                              Money::toFileText(draft.balance, currency)) };
    if (draft.installments.size() != draft.count + (draft.downPayment > 0 ? 1 : 0))
        return Error{ tr("The plan should have %1 installments, but it has %2.")
                          .arg(draft.count)
                          .arg(draft.installments.size() - (draft.downPayment > 0 ? 1 : 0)) };
    const qint64 total = draft.installmentTotal();
    if (total != draft.balance)
        return Error{ tr("The installments add up to %1, but the balance on the plan is %2; they must add up to it "
                         "exactly.")
                          .arg(Money::toFileText(total, currency), Money::toFileText(draft.balance, currency)) };
    if (!draft.firstDate.isValid() || draft.firstDate < draft.madeOn)
        return Error{ tr("The first installment cannot be due before the plan is made (%1).")
                          .arg(draft.madeOn.toString(Qt::ISODate)) };

    QDate previous = draft.madeOn;
    QSet<QString> refs;
    for (const PlanInstallment &in : draft.installments) {
        if (auto ok = BookRules::checkAmount(in.amount, currency); !ok)
            return Error{ tr("Installment %1: %2").arg(in.ref, ok.error()) };
        if (auto ok = BookRules::checkDate(in.dueDate); !ok)
            return Error{ tr("Installment %1: %2").arg(in.ref, ok.error()) };
        if (in.seq == 0 && (draft.downPayment == 0 || in.amount != draft.downPayment || in.dueDate != draft.madeOn))
            return Error{ tr("The down payment must be the plan's first installment, due on the day it is made.") };
        if (in.dueDate < previous)
            return Error{ tr("The installment %1 falls due before the one before it.").arg(in.ref) };
        previous = in.dueDate;
        if (in.ref != installmentRef(draft.ref, in.seq) || refs.contains(in.ref))
            return Error{ tr("The installment %1 does not belong to the plan %2.").arg(in.ref, draft.ref) };
        refs.insert(in.ref);
        auto taken = m_ledger.reader().debtRefTaken(in.ref);
        if (!taken)
            return taken.failure();
        if (taken.value())
            return Error{ tr("A sale with the reference “%1” already exists; prepare the plan again.").arg(in.ref) };
    }
    return checks.checkClock();
}

Result<qint64> PaymentPlanService::save(const PlanDraft &draft)
{
    Database &db = m_ledger.database();
    Transaction tx(db);
    if (!tx.started())
        return tx.started().failure();
    // Checked inside the transaction, so no other program moves the sales meanwhile.
    if (auto ok = check(draft); !ok)
        return ok.failure();

    EntryWriter &writer = m_ledger.writer();
    const QString now = m_ledger.clock().nowUtc().toString(Qt::ISODateWithMs);
    QSqlQuery &q
        = db.prepare(QStringLiteral("INSERT INTO payment_plans (ref, customer_id, made_on, balance, down_payment, "
                                    "installment_count, frequency, first_date, note, recorded_at, recorded_by) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(draft.ref);
    q.addBindValue(draft.customerId);
    q.addBindValue(draft.madeOn.toString(Qt::ISODate));
    q.addBindValue(draft.balance);
    q.addBindValue(draft.downPayment);
    q.addBindValue(draft.count);
    q.addBindValue(PlanSchedule::frequencyKey(draft.frequency));
    q.addBindValue(draft.firstDate.toString(Qt::ISODate));
    q.addBindValue(draft.note.isNull() ? QStringLiteral("") : draft.note);
    q.addBindValue(now);
    q.addBindValue(m_ledger.user());
    if (auto done = db.exec(q); !done)
        return done.failure();
    const qint64 planId = q.lastInsertId().toLongLong();

    auto link = [&](qint64 debtId, const QString &role, int seq, qint64 amount, qint64 entryId) -> Result<void> {
        QSqlQuery &l = db.prepare(QStringLiteral("INSERT INTO payment_plan_debts (plan_id, debt_id, role, seq, amount, "
                                                 "entry_id) VALUES (?, ?, ?, ?, ?, ?)"));
        l.addBindValue(planId);
        l.addBindValue(debtId);
        l.addBindValue(role);
        l.addBindValue(seq);
        l.addBindValue(amount);
        l.addBindValue(entryId);
        return db.exec(l);
    };

    // Each source's open amount closed on the plan's date.
    QJsonArray sources;
    for (qsizetype i = 0; i < draft.sources.size(); ++i) {
        const PlanSource &s = draft.sources.at(i);
        NewEntry close;
        close.customerId = draft.customerId;
        close.debtId = s.debtId;
        close.kind = EntryKind::Adjustment;
        close.amount = -s.amount;
        close.openDelta = -s.amount;
        close.date = draft.madeOn;
        close.note = tr("Moved to the payment plan %1").arg(draft.ref);
        auto id = writer.write(close);
        if (!id)
            return id.failure();
        if (auto done = link(s.debtId, QStringLiteral("source"), int(i), s.amount, id.value()); !done)
            return done.failure();
        sources.append(QJsonObject{ { QStringLiteral("debt_id"), s.debtId }, { QStringLiteral("amount"), s.amount } });
    }

    // Each installment a debt of its own, opened by an adjustment that carries
    // its reference (verify reads an installment's amount from it, as a sale's
    // from its charge).
    QJsonArray installments;
    for (const PlanInstallment &in : draft.installments) {
        const QString description = in.seq == 0
            ? tr("Down payment of the payment plan %1").arg(draft.ref)
            : tr("Installment %1 of %2 of the payment plan %3").arg(in.seq).arg(draft.count).arg(draft.ref);
        QSqlQuery &d = db.prepare(
            QStringLiteral("INSERT INTO debts (customer_id, ref, description, issue_date, due_date, terms_days, "
                           "amount, created_at, kind, source_debt_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        d.addBindValue(draft.customerId);
        d.addBindValue(in.ref);
        d.addBindValue(description);
        d.addBindValue(draft.madeOn.toString(Qt::ISODate));
        d.addBindValue(in.dueDate.toString(Qt::ISODate));
        d.addBindValue(QVariant(QMetaType(QMetaType::Int)));
        d.addBindValue(in.amount);
        d.addBindValue(now);
        d.addBindValue(debtKindName(DebtKind::Installment));
        // One source: the installment comes from it; several: the plan's links say which.
        d.addBindValue(draft.sources.size() == 1 ? QVariant(draft.sources.constFirst().debtId)
                                                 : QVariant(QMetaType(QMetaType::LongLong)));
        if (auto done = db.exec(d); !done)
            return done.failure();
        const qint64 debtId = d.lastInsertId().toLongLong();
        writer.noteDebt(debtId);
        NewEntry open;
        open.customerId = draft.customerId;
        open.debtId = debtId;
        open.kind = EntryKind::Adjustment;
        open.amount = in.amount;
        open.openDelta = in.amount;
        open.date = draft.madeOn;
        open.ref = in.ref;
        open.note = description;
        auto id = writer.write(open);
        if (!id)
            return id.failure();
        if (auto done = link(debtId, QStringLiteral("installment"), in.seq, in.amount, id.value()); !done)
            return done.failure();
        installments.append(QJsonObject{ { QStringLiteral("debt_id"), debtId }, { QStringLiteral("ref"), in.ref },
            { QStringLiteral("due_date"), in.dueDate.toString(Qt::ISODate) },
            { QStringLiteral("amount"), in.amount } });
    }
    if (auto done = writer.audit(QStringLiteral("add"), QStringLiteral("payment_plan"), planId,
            { { QStringLiteral("ref"), draft.ref }, { QStringLiteral("customer_id"), draft.customerId },
                { QStringLiteral("made_on"), draft.madeOn.toString(Qt::ISODate) },
                { QStringLiteral("balance"), draft.balance }, { QStringLiteral("down_payment"), draft.downPayment },
                { QStringLiteral("count"), draft.count },
                { QStringLiteral("frequency"), PlanSchedule::frequencyKey(draft.frequency) },
                { QStringLiteral("first_date"), draft.firstDate.toString(Qt::ISODate) },
                { QStringLiteral("sources"), sources }, { QStringLiteral("installments"), installments } });
        !done)
        return done.failure();
    writer.noteCustomer(draft.customerId);
    if (auto done = tx.commit(); !done)
        return done.failure();
    return planId;
}

} // namespace recoup
