// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "aging/aging_report.h"
#include "collections/collection_outlook.h"
#include "collections/collections.h"
#include "collections/plan_schedule.h"
#include "ledger/ledger_verifier.h"
#include "support/test_book.h"

#include <QSqlQuery>
#include <QTest>

using namespace recoup;

namespace {

qint64 rows(Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) || !q.next())
        qFatal("cannot count %s", qPrintable(table));
    return q.value(0).toLongLong();
}

/// Every table a plan writes, and the audit log: what "nothing was saved" means.
QList<qint64> planRows(Database &db)
{
    QList<qint64> counts;
    for (const char *table : { "payment_plans", "payment_plan_debts", "debts", "entries", "audit_log" })
        counts << rows(db, QLatin1String(table));
    return counts;
}

PlanRequest monthly(qint64 customerId, int count, const QDate &first, const QList<qint64> &debts = {})
{
    PlanRequest r;
    r.customerId = customerId;
    r.debtIds = debts;
    r.count = count;
    r.frequency = PlanFrequency::Month;
    r.firstDate = first;
    return r;
}

qint64 openOn(Ledger &ledger, const QString &ref)
{
    auto d = ledger.debtByRef(ref);
    if (!d)
        qFatal("no debt %s", qPrintable(ref));
    return d->openAmount;
}

} // namespace

class PaymentPlanTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The split: in minor units, adding up exactly, the odd cents on the first ones.
    void splitsToTheCent()
    {
        QCOMPARE(PlanSchedule::split(10000, 3), (QList<qint64>{ 3334, 3333, 3333 }));
        QCOMPARE(PlanSchedule::split(10001, 4), (QList<qint64>{ 2501, 2500, 2500, 2500 }));
        QCOMPARE(PlanSchedule::split(6000, 3), (QList<qint64>{ 2000, 2000, 2000 }));
        QVERIFY(PlanSchedule::split(2, 3).isEmpty()); // an installment would be zero
        QVERIFY(PlanSchedule::split(100, 0).isEmpty());
        // Monthly from the 31st: each month's last day, back to the 31st when it has one.
        QCOMPARE(PlanSchedule::dueDate(QDate(2026, 1, 31), PlanFrequency::Month, 2), QDate(2026, 2, 28));
        QCOMPARE(PlanSchedule::dueDate(QDate(2026, 1, 31), PlanFrequency::Month, 3), QDate(2026, 3, 31));
        QCOMPARE(PlanSchedule::dueDate(QDate(2026, 1, 31), PlanFrequency::Fortnight, 3), QDate(2026, 2, 28));
        QCOMPARE(PlanSchedule::dueDate(QDate(2026, 1, 31), PlanFrequency::Week, 2), QDate(2026, 2, 7));
    }

    // A plan on a partly paid sale takes only what is open on it; the balance
    // moves to the installments, the customer owes the same, verify ties.
    void partlyPaidSale()
    {
        test::TestBook book;
        Collections c(book.ledger());
        const qint64 a = book.customer(QStringLiteral("Ana"), QStringLiteral("C1"));
        const qint64 s1 = book.sale(a, QStringLiteral("100.00"), QDate(2026, 1, 1), 30, QStringLiteral("S1"));
        book.sale(a, QStringLiteral("50.00"), QDate(2026, 2, 1), 30, QStringLiteral("S2"));
        book.pay(a, QStringLiteral("40.00"), QDate(2026, 2, 10), s1);
        QCOMPARE(openOn(book.ledger(), QStringLiteral("S1")), 6000);

        const auto before = planRows(book.db());
        auto draft = c.previewPlan(monthly(a, 3, QDate(2026, 4, 1), { s1 }));
        QVERIFY2(draft, qPrintable(draft.error()));
        QCOMPARE(planRows(book.db()), before); // a preview saves nothing
        QCOMPARE(draft->balance, 6000);
        QCOMPARE(draft->ref, QStringLiteral("P-00001"));
        QCOMPARE(draft->madeOn, QDate(2026, 3, 14));
        QCOMPARE(draft->installments.size(), 3);
        QCOMPARE(draft->installments.at(0).ref, QStringLiteral("P-00001/1"));
        QCOMPARE(draft->installments.at(0).dueDate, QDate(2026, 4, 1));
        QCOMPARE(draft->installments.at(2).dueDate, QDate(2026, 6, 1));
        for (const PlanInstallment &in : draft->installments)
            QCOMPARE(in.amount, 2000);

        auto id = c.savePlan(draft.value());
        QVERIFY2(id, qPrintable(id.error()));
        QCOMPARE(openOn(book.ledger(), QStringLiteral("S1")), 0);
        QCOMPARE(openOn(book.ledger(), QStringLiteral("S2")), 5000);
        QCOMPARE(openOn(book.ledger(), QStringLiteral("P-00001/2")), 2000);
        QCOMPARE(book.ledger().debtByRef(QStringLiteral("P-00001/2"))->kind, DebtKind::Installment);
        QCOMPARE(book.ledger().debtByRef(QStringLiteral("P-00001/2"))->dueDate, QDate(2026, 5, 1));
        QCOMPARE(book.ledger().customer(a)->balance, 11000); // the same as before the plan
        const VerifyReport report = LedgerVerifier(book.db()).run();
        QVERIFY2(report.ok(), qPrintable(report.problems.join(QLatin1Char('\n'))));

        // What was saved is what was previewed.
        auto plans = c.plans(QDate(2026, 3, 14), a);
        QVERIFY(plans);
        QCOMPARE(plans->size(), 1);
        const PaymentPlan &saved = plans->first();
        QCOMPARE(saved.draft.ref, draft->ref);
        QCOMPARE(saved.draft.balance, draft->balance);
        QCOMPARE(saved.draft.sources.size(), 1);
        QCOMPARE(saved.draft.sources.first().amount, 6000);
        QCOMPARE(saved.draft.installments.size(), 3);
        for (qsizetype i = 0; i < 3; ++i) {
            QCOMPARE(saved.draft.installments.at(i).ref, draft->installments.at(i).ref);
            QCOMPARE(saved.draft.installments.at(i).dueDate, draft->installments.at(i).dueDate);
            QCOMPARE(saved.draft.installments.at(i).amount, draft->installments.at(i).amount);
        }
        QCOMPARE(saved.state, PlanState::OnTrack);

        // The same draft cannot be saved twice: its sale has nothing open now.
        const auto after = planRows(book.db());
        QVERIFY(!c.savePlan(draft.value()));
        QCOMPARE(planRows(book.db()), after);
    }

    // A down payment is due on the plan's day; the rest is split; all of the
    // customer's open sales when none is named.
    void downPaymentAndAllSales()
    {
        test::TestBook book;
        Collections c(book.ledger());
        const qint64 a = book.customer(QStringLiteral("Ana"), QStringLiteral("C1"));
        book.sale(a, QStringLiteral("70.00"), QDate(2026, 1, 1), 30, QStringLiteral("S1"));
        book.sale(a, QStringLiteral("30.01"), QDate(2026, 2, 1), 30, QStringLiteral("S2"));
        PlanRequest r = monthly(a, 3, QDate(2026, 4, 14));
        r.frequency = PlanFrequency::Fortnight;
        r.downPayment = 1000;
        auto draft = c.previewPlan(r);
        QVERIFY2(draft, qPrintable(draft.error()));
        QCOMPARE(draft->balance, 10001);
        QCOMPARE(draft->sources.size(), 2);
        QCOMPARE(draft->installments.size(), 4);
        QCOMPARE(draft->installments.at(0).ref, QStringLiteral("P-00001/0"));
        QCOMPARE(draft->installments.at(0).dueDate, QDate(2026, 3, 14));
        QCOMPARE(draft->installments.at(0).amount, 1000);
        QCOMPARE(draft->installments.at(1).amount, 3001); // the odd cent on the first
        QCOMPARE(draft->installments.at(2).amount, 3000);
        QCOMPARE(draft->installments.at(3).dueDate, QDate(2026, 5, 12));
        QCOMPARE(draft->installmentTotal(), 10001);
        QVERIFY(c.savePlan(draft.value()));
        QVERIFY(LedgerVerifier(book.db()).run().ok());

        r.downPayment = 10001;
        QVERIFY(!c.previewPlan(r)); // nothing left on the first plan's sales
    }

    // Installments that do not add up to the balance are refused, and nothing is saved.
    void installmentsNotSummingToBalance()
    {
        test::TestBook book;
        Collections c(book.ledger());
        const qint64 a = book.customer(QStringLiteral("Ana"), QStringLiteral("C1"));
        book.sale(a, QStringLiteral("60.00"), QDate(2026, 1, 1), 30, QStringLiteral("S1"));
        const auto before = planRows(book.db());

        PlanRequest r = monthly(a, 0, QDate(2026, 4, 1));
        r.amounts = { 3000, 2000 };
        auto refused = c.previewPlan(r);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("add up to 50.00, but the balance on the plan is 60.00")),
            qPrintable(refused.error()));

        auto draft = c.previewPlan(monthly(a, 3, QDate(2026, 4, 1)));
        QVERIFY(draft);
        PlanDraft edited = draft.value();
        edited.installments[1].amount += 1;
        auto saved = c.savePlan(edited);
        QVERIFY(!saved);
        QVERIFY2(saved.error().contains(QStringLiteral("must add up to it exactly")), qPrintable(saved.error()));
        QCOMPARE(planRows(book.db()), before);

        r.amounts = { 3000, 3000 };
        QVERIFY(c.previewPlan(r)); // set by hand, adding up: accepted
    }

    // A plan dated in a closed period is refused; a sale in an open dispute too.
    void closedPeriodAndDispute()
    {
        test::TestBook book;
        Collections c(book.ledger());
        const qint64 a = book.customer(QStringLiteral("Ana"), QStringLiteral("C1"));
        const qint64 s1 = book.sale(a, QStringLiteral("60.00"), QDate(2026, 1, 1), 30, QStringLiteral("S1"));
        const qint64 s2 = book.sale(a, QStringLiteral("30.00"), QDate(2026, 1, 5), 30, QStringLiteral("S2"));
        QVERIFY(book.db().setMeta(QStringLiteral("closed_through"), QStringLiteral("2026-02-28")));
        PlanRequest r = monthly(a, 2, QDate(2026, 4, 1), { s1 });
        r.madeOn = QDate(2026, 2, 20);
        auto closed = c.previewPlan(r);
        QVERIFY(!closed);
        QVERIFY2(closed.error().contains(QStringLiteral("closed")), qPrintable(closed.error()));
        r.madeOn = QDate(2026, 3, 1);
        QVERIFY(c.previewPlan(r));

        DisputeInput dispute;
        dispute.debtId = s2;
        dispute.reason = QStringLiteral("Goods returned");
        QVERIFY(c.openDispute(dispute));
        auto disputed = c.previewPlan(monthly(a, 2, QDate(2026, 4, 1), { s1, s2 }));
        QVERIFY(!disputed);
        QVERIFY2(disputed.error().contains(QStringLiteral("S2 is in dispute")), qPrintable(disputed.error()));
        // All the customer's sales takes the disputed one too: refused the same way.
        QVERIFY(!c.previewPlan(monthly(a, 2, QDate(2026, 4, 1))));
    }

    // A payment goes to the installments oldest due first.
    void paymentAllocatedOldestFirst()
    {
        test::TestBook book;
        Collections c(book.ledger());
        const qint64 a = book.customer(QStringLiteral("Ana"), QStringLiteral("C1"));
        book.sale(a, QStringLiteral("60.00"), QDate(2026, 1, 1), 30, QStringLiteral("S1"));
        auto draft = c.previewPlan(monthly(a, 3, QDate(2026, 4, 1)));
        QVERIFY(draft);
        QVERIFY(c.savePlan(draft.value()));
        book.clock().set(QDateTime(QDate(2026, 4, 2), QTime(12, 0), QTimeZone::utc()));
        const PaymentOutcome paid = book.pay(a, QStringLiteral("30.00"), QDate(2026, 4, 2));
        QCOMPARE(paid.lines.size(), 2);
        QCOMPARE(openOn(book.ledger(), QStringLiteral("P-00001/1")), 0);
        QCOMPARE(openOn(book.ledger(), QStringLiteral("P-00001/2")), 1000);
        QCOMPARE(openOn(book.ledger(), QStringLiteral("P-00001/3")), 2000);
        QVERIFY(LedgerVerifier(book.db()).run().ok());
    }

    // An installment missed past the grace days breaks the plan: a task on the
    // worklist, the ladder resumes on its installments; on track, the ladder
    // waits for installments not yet due but their reminders still come.
    void missedInstallmentBreaksPlan()
    {
        test::TestBook book;
        Collections c(book.ledger());
        const qint64 a = book.customer(QStringLiteral("Ana"), QStringLiteral("C1"));
        const qint64 s1 = book.sale(a, QStringLiteral("60.00"), QDate(2026, 1, 1), 30, QStringLiteral("S1"));
        auto draft = c.previewPlan(monthly(a, 3, QDate(2026, 4, 1)));
        QVERIFY(draft);
        QVERIFY(c.savePlan(draft.value()));
        const qint64 i1 = book.ledger().debtByRef(QStringLiteral("P-00001/1"))->id;
        const qint64 i2 = book.ledger().debtByRef(QStringLiteral("P-00001/2"))->id;

        // On track: nothing to do yet; the installments wait.
        auto list = c.worklist(QDate(2026, 3, 20));
        QVERIFY(list);
        QVERIFY(list->tasks().isEmpty());
        QCOMPARE(list->standing(i2)->pause, LadderPause::Plan);
        // The first falling due: its reminder, like any other.
        list = c.worklist(QDate(2026, 3, 29));
        QVERIFY(list);
        QCOMPARE(list->tasks().size(), 1);
        QCOMPARE(list->tasks().first().kind, TaskKind::Step);
        QCOMPARE(list->tasks().first().lines.first().debtId, i1);
        // Grace is 3 days: still on track on 04-04, broken on 04-05.
        auto plans = c.plans(QDate(2026, 4, 4), a);
        QVERIFY(plans);
        QCOMPARE(plans->first().state, PlanState::OnTrack);
        plans = c.plans(QDate(2026, 4, 5), a);
        QCOMPARE(plans->first().state, PlanState::Broken);
        QCOMPARE(plans->first().brokenOn, QDate(2026, 4, 5));
        QCOMPARE(plans->first().missedRef, QStringLiteral("P-00001/1"));

        book.clock().set(QDateTime(QDate(2026, 4, 5), QTime(12, 0), QTimeZone::utc()));
        list = c.worklist(QDate(2026, 4, 5));
        QVERIFY(list);
        const WorkTask *broken = nullptr;
        for (const WorkTask &t : list->tasks())
            if (t.kind == TaskKind::BrokenPlan)
                broken = &t;
        QVERIFY(broken);
        QCOMPARE(broken->planRef, QStringLiteral("P-00001"));
        QCOMPARE(broken->lines.size(), 3);
        QCOMPARE(Worklist::actionKey(*broken), QStringLiteral("broken_plan"));
        QCOMPARE(list->standing(i2)->pause, LadderPause::None); // the ladder resumes
        QCOMPARE(list->tasks().first().kind, TaskKind::BrokenPlan); // first of the customer's tasks

        // Done: off the list, on the record; nothing twice.
        QVERIFY(c.markDone(*broken));
        list = c.worklist(QDate(2026, 4, 5));
        for (const WorkTask &t : list->tasks())
            QVERIFY(t.kind != TaskKind::BrokenPlan);
        WorkTask again;
        again.kind = TaskKind::BrokenPlan;
        again.customerId = a;
        again.planId = plans->first().id;
        QVERIFY(!c.markDone(again));

        // The sale's timeline: the plan made, each installment, the plan broken.
        auto events = c.records().debtEvents(s1, QDate(2026, 4, 5));
        QVERIFY(events);
        QStringList kinds;
        for (const CollectionEvent &e : events.value())
            kinds << QString::number(int(e.kind));
        using K = CollectionEvent::Kind;
        QCOMPARE(kinds,
            (QStringList{ QString::number(int(K::PlanMade)), QString::number(int(K::PlanInstallment)),
                QString::number(int(K::PlanBroken)), QString::number(int(K::PlanInstallment)),
                QString::number(int(K::PlanInstallment)) }));
        // Without a date nothing is broken yet.
        QCOMPARE(c.records().debtEvents(i2)->size(), 4);
    }

    // Paid late, the plan stays broken; paid on time, it completes.
    void paidOnTimeCompletes()
    {
        test::TestBook book;
        Collections c(book.ledger());
        const qint64 a = book.customer(QStringLiteral("Ana"), QStringLiteral("C1"));
        book.sale(a, QStringLiteral("40.00"), QDate(2026, 1, 1), 30, QStringLiteral("S1"));
        auto draft = c.previewPlan(monthly(a, 2, QDate(2026, 3, 20)));
        QVERIFY(draft);
        QVERIFY(c.savePlan(draft.value()));
        book.clock().set(QDateTime(QDate(2026, 4, 22), QTime(12, 0), QTimeZone::utc()));
        book.pay(a, QStringLiteral("20.00"), QDate(2026, 3, 22)); // within the grace days
        book.pay(a, QStringLiteral("20.00"), QDate(2026, 4, 22)); // 2 days late: within them too
        auto plans = c.plans(QDate(2026, 4, 22), a);
        QVERIFY(plans);
        QCOMPARE(plans->first().state, PlanState::Completed);
        QCOMPARE(plans->first().open, 0);
    }

    // The aging as of a date shows the installments by their own due dates.
    void agingByInstallmentDueDates()
    {
        test::TestBook book;
        Collections c(book.ledger());
        const qint64 a = book.customer(QStringLiteral("Ana"), QStringLiteral("C1"));
        book.sale(a, QStringLiteral("60.00"), QDate(2026, 1, 1), 30, QStringLiteral("S1")); // due 01-31
        auto draft = c.previewPlan(monthly(a, 3, QDate(2026, 4, 1)));
        QVERIFY(draft);
        QVERIFY(c.savePlan(draft.value()));

        AgingOptions before;
        before.asOf = QDate(2026, 3, 13); // the day before the plan: the sale, 41 days late
        auto agedBefore = AgingReport::debts(book.db(), before);
        QVERIFY(agedBefore);
        QCOMPARE(agedBefore->size(), 1);
        QCOMPARE(agedBefore->first().ref, QStringLiteral("S1"));
        QCOMPARE(agedBefore->first().daysPastDue, 41);

        AgingOptions options;
        options.asOf = QDate(2026, 5, 15);
        auto aged = AgingReport::debts(book.db(), options);
        QVERIFY(aged);
        QStringList lines;
        for (const AgingDebtLine &l : aged.value())
            lines << QStringLiteral("%1 %2 %3").arg(l.ref).arg(l.daysPastDue).arg(l.open);
        QCOMPARE(lines,
            (QStringList{ QStringLiteral("P-00001/1 44 2000"), QStringLiteral("P-00001/2 14 2000"),
                QStringLiteral("P-00001/3 -17 2000") }));
        auto report = AgingReport::compute(book.db(), options);
        QVERIFY(report);
        QCOMPARE(report->total().buckets, (QList<qint64>{ 2000, 2000, 2000, 0, 0 }));
        QCOMPARE(report->total().balance(), 6000);
    }

    // The plan's adjustments cannot be undone one by one, nor the sale it took.
    void planEntriesAreNotReversed()
    {
        test::TestBook book;
        Collections c(book.ledger());
        const qint64 a = book.customer(QStringLiteral("Ana"), QStringLiteral("C1"));
        const qint64 s1 = book.sale(a, QStringLiteral("60.00"), QDate(2026, 1, 1), 30, QStringLiteral("S1"));
        auto draft = c.previewPlan(monthly(a, 2, QDate(2026, 4, 1)));
        QVERIFY(draft);
        QVERIFY(c.savePlan(draft.value()));
        auto entries = book.ledger().debtTimeline(s1);
        QVERIFY(entries);
        QCOMPARE(entries->size(), 2); // the charge, the adjustment that moved it
        for (const Entry &e : entries.value()) {
            auto refused = book.ledger().reverse(e.id, QStringLiteral("mistake"));
            QVERIFY(!refused);
            QVERIFY2(refused.error().contains(QStringLiteral("P-00001")), qPrintable(refused.error()));
        }
        const qint64 i1 = book.ledger().debtByRef(QStringLiteral("P-00001/1"))->id;
        QVERIFY(!book.ledger().reverse(book.ledger().debtTimeline(i1)->first().id, QStringLiteral("mistake")));
        QVERIFY(LedgerVerifier(book.db()).run().ok());
    }

    // Today's outlook counts the installments falling due in the next four weeks.
    void outlookCountsInstallments()
    {
        test::TestBook book;
        Collections c(book.ledger());
        const qint64 a = book.customer(QStringLiteral("Ana"), QStringLiteral("C1"));
        book.sale(a, QStringLiteral("60.00"), QDate(2026, 1, 1), 30, QStringLiteral("S1"));
        auto draft = c.previewPlan(monthly(a, 3, QDate(2026, 4, 1)));
        QVERIFY(draft);
        QVERIFY(c.savePlan(draft.value()));
        auto policy = c.policy();
        QVERIFY(policy);
        auto outlook = CollectionOutlook::compute(book.db(), policy.value(), QDate(2026, 3, 14));
        QVERIFY(outlook);
        QCOMPARE(outlook->installments, 1);
        QCOMPARE(outlook->fromInstallments, 2000);
        QCOMPARE(outlook->expected, 2000);
    }
};

QTEST_GUILESS_MAIN(PaymentPlanTest)
#include "payment_plan_test.moc"
