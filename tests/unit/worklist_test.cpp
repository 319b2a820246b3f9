// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "collections/collection_outlook.h"
#include "collections/collections.h"
#include "db/sql_dialect.h"
#include "support/test_book.h"

#include <QSqlError>
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

/// The rows of every table collections write, and the audit log: what "changes nothing" means.
QList<qint64> collectionRows(Database &db)
{
    QList<qint64> counts;
    for (const char *table : { "contacts", "promises", "promise_debts", "disputes", "dispute_resolutions",
             "task_records", "entries", "audit_log" })
        counts << rows(db, QLatin1String(table));
    return counts;
}

Worklist worklist(Collections &c, const QDate &asOf, qint64 customerId = 0)
{
    auto list = c.worklist(asOf, customerId);
    if (!list)
        qFatal("worklist: %s", qPrintable(list.error()));
    return list.value();
}

QStringList steps(const Worklist &list)
{
    QStringList out;
    for (const WorkTask &t : list.tasks())
        for (const TaskLine &l : t.lines)
            out << QStringLiteral("%1 %2 %3").arg(t.customerRef, l.debtRef, Worklist::stepKey(t, &l));
    return out;
}

} // namespace

class WorklistTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A debt long past due shows the highest step it reached, not the missed ones.
    void highestStepOnly()
    {
        test::TestBook book;
        Collections c(book.ledger());
        const qint64 a = book.customer(QStringLiteral("Baker St Deli"), QStringLiteral("C1"));
        book.sale(a, QStringLiteral("100.00"), QDate(2026, 1, 1), 30, QStringLiteral("S1")); // due 2026-01-31
        const Worklist list = worklist(c, QDate(2026, 3, 14)); // 42 days past due
        QCOMPARE(steps(list), QStringList{ QStringLiteral("C1 S1 late_fee_warning") });
        const WorkTask &t = list.tasks().first();
        QCOMPARE(t.action, LadderAction::LateFee);
        QCOMPARE(t.lines.first().daysPastDue, 42);
        QCOMPARE(t.lines.first().open, 10000);
        QCOMPARE(list.standing(t.lines.first().debtId)->stepIndex, 4);
        // Before the friendly reminder's day there is nothing to do.
        QVERIFY(worklist(c, QDate(2026, 1, 27)).tasks().isEmpty());
        QCOMPARE(steps(worklist(c, QDate(2026, 1, 28))), QStringList{ QStringLiteral("C1 S1 friendly_reminder") });
    }

    // A late fee is chased with the sale it was charged on: it starts no ladder of its own.
    void aLateFeeHasNoLadderOfItsOwn()
    {
        test::TestBook book;
        Collections c(book.ledger());
        const qint64 a = book.customer(QStringLiteral("Baker St Deli"), QStringLiteral("C1"));
        book.sale(a, QStringLiteral("100.00"), QDate(2025, 12, 1), 30, QStringLiteral("S1")); // due 2025-12-31
        CollectionPolicy policy = CollectionPolicy::defaultPolicy();
        policy.fees.enabled = true;
        policy.fees.flatAmount = 1000;
        QVERIFY(c.savePolicy(policy));
        const auto posted = c.postFees(QDate(2026, 2, 1));
        QVERIFY2(posted, qPrintable(posted.error()));
        QCOMPARE(posted->lines.size(), 1);
        // Six weeks on, the fee (due on the day it was charged) would be at its own reminders.
        const Worklist list = worklist(c, QDate(2026, 3, 14));
        QCOMPARE(steps(list), QStringList{ QStringLiteral("C1 S1 credit_stopped") }); // 73 days
        QCOMPARE(list.standings().size(), 1);
    }

    // One reminder per customer covers all its debts at a reminder step, never one per sale.
    void oneReminderPerCustomer()
    {
        test::TestBook book;
        Collections c(book.ledger());
        const qint64 a = book.customer(QStringLiteral("Ana"), QStringLiteral("C1"));
        const qint64 b = book.customer(QStringLiteral("Bo"), QStringLiteral("C2"));
        book.sale(a, QStringLiteral("10.00"), QDate(2026, 3, 1), 16, QStringLiteral("S1")); // due 03-17: -3
        book.sale(a, QStringLiteral("20.00"), QDate(2026, 2, 1), 40, QStringLiteral("S2")); // due 03-13: +1
        book.sale(a, QStringLiteral("30.00"), QDate(2026, 2, 1), 34, QStringLiteral("S3")); // due 03-07: +7
        book.sale(b, QStringLiteral("40.00"), QDate(2026, 2, 1), 40, QStringLiteral("S4"));
        const Worklist list = worklist(c, QDate(2026, 3, 14));
        QCOMPARE(list.tasks().size(), 2);
        const WorkTask &t = list.tasks().first();
        QCOMPARE(t.customerRef, QStringLiteral("C1"));
        QCOMPARE(t.kind, TaskKind::Step);
        QCOMPARE(t.action, LadderAction::Reminder);
        QCOMPARE(t.lines.size(), 3);
        QCOMPARE(t.stepKey, QStringLiteral("second_reminder"));
        QCOMPARE(t.total(), 6000);
        QCOMPARE(steps(list),
            (QStringList{ QStringLiteral("C1 S3 second_reminder"), QStringLiteral("C1 S2 reminder"),
                QStringLiteral("C1 S1 friendly_reminder"), QStringLiteral("C2 S4 reminder") }));
    }

    // Done stays done (also after the ladder is edited), the next step comes at
    // its day; nothing is recorded twice; skipping needs a reason; a snooze
    // hides the task until its day.
    void doneSkipSnooze()
    {
        test::TestBook book;
        Collections c(book.ledger());
        const qint64 a = book.customer(QStringLiteral("Ana"), QStringLiteral("C1"));
        const qint64 b = book.customer(QStringLiteral("Bo"), QStringLiteral("C2"));
        book.sale(a, QStringLiteral("10.00"), QDate(2026, 2, 1), 40, QStringLiteral("S1")); // due 03-13
        book.sale(b, QStringLiteral("10.00"), QDate(2026, 2, 1), 40, QStringLiteral("S2"));
        const QDate today(2026, 3, 14);
        Worklist list = worklist(c, today);
        QCOMPARE(list.tasks().size(), 2);
        const WorkTask first = list.tasks().at(0);
        const WorkTask second = list.tasks().at(1);
        QVERIFY(c.markDone(first).ok());
        const auto again = c.markDone(first);
        QVERIFY(!again);
        QVERIFY2(again.error().contains(QLatin1String("already recorded")), qPrintable(again.error()));
        QVERIFY(!c.skip(second, QStringLiteral("  ")).ok());
        QVERIFY(!c.snooze(second, today).ok());
        QVERIFY(c.snooze(second, today.addDays(3)).ok());
        QVERIFY(worklist(c, today).tasks().isEmpty());
        QVERIFY(worklist(c, today.addDays(2)).tasks().isEmpty());
        QCOMPARE(steps(worklist(c, today.addDays(3))), QStringList{ QStringLiteral("C2 S2 reminder") });
        // The worklist of a day before the records shows what was due then.
        QCOMPARE(worklist(c, today.addDays(-1)).tasks().size(), 2);

        // A week later: the second reminder for Ana; Bo is still at his snoozed reminder.
        book.clock().advanceDays(6); // 2026-03-20
        list = worklist(c, book.clock().today());
        QCOMPARE(steps(list),
            (QStringList{ QStringLiteral("C1 S1 second_reminder"), QStringLiteral("C2 S2 second_reminder") }));
        QVERIFY(c.skip(list.tasks().at(1), QStringLiteral("Paid by cheque, not yet in")).ok());
        QCOMPARE(steps(worklist(c, book.clock().today())), QStringList{ QStringLiteral("C1 S1 second_reminder") });

        // The ladder edited half-way: a step done or skipped stays so at its new offset.
        CollectionPolicy p = CollectionPolicy::defaultPolicy();
        p.steps[1].dayOffset = 2;
        p.steps[2].dayOffset = 5;
        QVERIFY(c.savePolicy(p).ok());
        QVERIFY(worklist(c, QDate(2026, 3, 16)).tasks().isEmpty());
        QCOMPARE(steps(worklist(c, QDate(2026, 3, 20))), QStringList{ QStringLiteral("C1 S1 second_reminder") });
        QCOMPARE(rows(book.db(), QStringLiteral("task_records")), 3);

        // Derived from the book alone: the same after reopening it.
        const QStringList before = steps(worklist(c, QDate(2026, 4, 30)));
        book.close();
        book.reopen();
        Collections reopened(book.ledger());
        QCOMPARE(steps(worklist(reopened, QDate(2026, 4, 30))), before);
    }

    // An open dispute pauses its debt; resolved for the shop the ladder resumes,
    // for the customer an adjustment concedes the amount.
    void disputes()
    {
        test::TestBook book;
        Collections c(book.ledger());
        const qint64 a = book.customer(QStringLiteral("Ana"), QStringLiteral("C1"));
        const qint64 s1 = book.sale(a, QStringLiteral("100.00"), QDate(2026, 1, 1), 30, QStringLiteral("S1"));
        const qint64 s2 = book.sale(a, QStringLiteral("50.00"), QDate(2026, 1, 1), 30, QStringLiteral("S2"));
        DisputeInput in;
        in.debtId = s1;
        in.amount = 3000;
        in.reason = QStringLiteral("Two chairs arrived broken");
        const auto id = c.openDispute(in);
        QVERIFY2(id.ok(), qPrintable(id.error()));
        QVERIFY(!c.openDispute(in).ok()); // already disputed
        Worklist list = worklist(c, QDate(2026, 3, 14));
        QCOMPARE(steps(list), QStringList{ QStringLiteral("C1 S2 late_fee_warning") });
        QCOMPARE(list.standing(s1)->pause, LadderPause::Dispute);
        QCOMPARE(list.standing(s1)->open, 10000); // still aged

        DisputeResolution r;
        r.disputeId = id.value();
        r.outcome = DisputeOutcome::ForCustomer;
        r.conceded = 3001;
        const auto tooMuch = c.resolveDispute(r);
        QVERIFY(!tooMuch);
        QVERIFY2(tooMuch.error().contains(QLatin1String("more than was disputed")), qPrintable(tooMuch.error()));
        r.conceded = 3000;
        QVERIFY(c.resolveDispute(r).ok());
        QVERIFY(!c.resolveDispute(r).ok()); // once
        QCOMPARE(book.ledger().debt(s1)->openAmount, 7000);
        list = worklist(c, QDate(2026, 3, 14));
        QCOMPARE(list.standing(s1)->pause, LadderPause::None);
        QCOMPARE(list.standing(s1)->open, 7000);
        QCOMPARE(list.tasks().first().lines.size(), 2);

        // For the shop: nothing conceded, the ladder resumes.
        in.debtId = s2;
        in.amount = 0; // all that is open
        const auto other = c.openDispute(in);
        QVERIFY(other.ok());
        QCOMPARE(c.records().dispute(other.value())->amount, 5000);
        DisputeResolution shop;
        shop.disputeId = other.value();
        shop.conceded = 100;
        QVERIFY(!c.resolveDispute(shop).ok());
        shop.conceded = 0;
        QVERIFY(c.resolveDispute(shop).ok());
        QCOMPARE(worklist(c, QDate(2026, 3, 14)).standing(s2)->pause, LadderPause::None);
    }

    // A promise pauses its debts until it is due; kept by payments after it,
    // or broken: a task, and the ladder resumes the day after.
    void promises()
    {
        test::TestBook book;
        Collections c(book.ledger());
        const qint64 a = book.customer(QStringLiteral("Ana"), QStringLiteral("C1"));
        const qint64 s1 = book.sale(a, QStringLiteral("100.00"), QDate(2026, 1, 1), 30, QStringLiteral("S1"));
        PromiseInput p;
        p.customerId = a;
        p.amount = 10001;
        p.dueDate = QDate(2026, 3, 20);
        const auto tooMuch = c.recordPromise(p);
        QVERIFY(!tooMuch);
        QVERIFY2(tooMuch.error().contains(QLatin1String("more than is owed")), qPrintable(tooMuch.error()));
        p.amount = 4000;
        p.dueDate = QDate(2026, 3, 10);
        QVERIFY(!c.recordPromise(p).ok()); // before today
        p.dueDate = QDate(2026, 3, 20);
        const auto id = c.recordPromise(p);
        QVERIFY2(id.ok(), qPrintable(id.error()));

        // Pending through the deadline (20th + 3 grace days) and the day it is found broken.
        for (const QDate &d : { QDate(2026, 3, 14), QDate(2026, 3, 23), QDate(2026, 3, 24) })
            QCOMPARE(worklist(c, d).standing(s1)->pause, LadderPause::Promise);
        Worklist list = worklist(c, QDate(2026, 3, 24));
        QCOMPARE(list.tasks().size(), 1);
        QCOMPARE(list.tasks().first().kind, TaskKind::BrokenPromise);
        QCOMPARE(Worklist::stepKey(list.tasks().first(), nullptr), QStringLiteral("broken_promise"));
        list = worklist(c, QDate(2026, 3, 25));
        QCOMPARE(list.tasks().size(), 2);
        QCOMPARE(list.standing(s1)->pause, LadderPause::None);

        // Payments after the promise, within the grace days, keep it.
        book.pay(a, QStringLiteral("25.00"), QDate(2026, 3, 15));
        book.pay(a, QStringLiteral("15.00"), QDate(2026, 3, 22));
        auto promises = c.records().promises(QDate(2026, 3, 24), 3);
        QCOMPARE(promises->first().state, PromiseState::Kept);
        QCOMPARE(promises->first().paid, 4000);
        QCOMPARE(worklist(c, QDate(2026, 3, 24)).tasks().size(), 1); // the ladder for the rest
        QCOMPARE(c.records().promises(QDate(2026, 3, 16), 3)->first().state, PromiseState::Pending);
        // A payment before the promise was made does not count.
        QCOMPARE(c.records().promises(QDate(2026, 3, 16), 3)->first().paid, 2500);
    }

    void followUpsAndCustomerLadder()
    {
        test::TestBook book;
        Collections c(book.ledger());
        const qint64 a = book.customer(QStringLiteral("Ana"), QStringLiteral("C1"));
        const qint64 s1 = book.sale(a, QStringLiteral("100.00"), QDate(2026, 2, 1), 40, QStringLiteral("S1"));
        ContactInput call;
        call.customerId = a;
        call.outcome = ContactOutcome::NoAnswer;
        call.followUp = QDate(2026, 3, 16);
        call.note = QStringLiteral("Try the shop number");
        const auto contact = c.logContact(call);
        QVERIFY2(contact.ok(), qPrintable(contact.error()));
        QCOMPARE(worklist(c, QDate(2026, 3, 15)).tasks().size(), 1);
        Worklist list = worklist(c, QDate(2026, 3, 16));
        QCOMPARE(list.tasks().size(), 2);
        QCOMPARE(list.tasks().first().kind, TaskKind::FollowUp);
        QCOMPARE(list.tasks().first().contactId, contact.value());

        // Paused: no ladder step, the follow-up still asked for.
        QVERIFY(c.setLadder(a, { LadderMode::Paused, {} }).ok());
        list = worklist(c, QDate(2026, 3, 16));
        QCOMPARE(list.tasks().size(), 1);
        QCOMPARE(list.standing(s1)->pause, LadderPause::CustomerPaused);
        // Gentler: the reminder on day 2 after the due date, not day 1.
        QVERIFY(c.setLadder(a, { LadderMode::Gentle, { Channel::Email } }).ok());
        QCOMPARE(steps(worklist(c, QDate(2026, 3, 14))), QStringList{ QStringLiteral("C1 S1 friendly_reminder") });
        list = worklist(c, QDate(2026, 3, 15));
        QCOMPARE(steps(list), QStringList{ QStringLiteral("C1 S1 reminder") });
        QCOMPARE(list.tasks().size(), 1);
        QCOMPARE(list.tasks().first().channel, Channel::Sms); // e-mail blocked
        QVERIFY(list.tasks().first().channelReplaced);
        QCOMPARE(Worklist::actionKey(list.tasks().first()), QStringLiteral("reminder:sms"));

        // A later contact settles the follow-up.
        book.clock().advanceDays(2);
        ContactInput visit;
        visit.customerId = a;
        visit.channel = Channel::Visit;
        visit.outcome = ContactOutcome::Promised;
        QVERIFY(c.logContact(visit).ok());
        // Each worklist held in a variable: a range-for over a member of a
        // temporary reads freed memory (AddressSanitizer caught it).
        const Worklist before = worklist(c, QDate(2026, 3, 16));
        for (const WorkTask &t : before.tasks())
            QVERIFY(t.kind != TaskKind::FollowUp || t.contactId == contact.value());
        const Worklist after = worklist(c, QDate(2026, 3, 17));
        for (const WorkTask &t : after.tasks())
            QVERIFY(t.kind != TaskKind::FollowUp);
    }

    // Each refusal says why and changes nothing.
    void badInputChangesNothing()
    {
        test::TestBook book;
        Collections c(book.ledger());
        const qint64 a = book.customer(QStringLiteral("Ana"), QStringLiteral("C1"));
        const qint64 b = book.customer(QStringLiteral("Bo"), QStringLiteral("C2"));
        const qint64 s1 = book.sale(a, QStringLiteral("100.00"), QDate(2026, 1, 1), 30, QStringLiteral("S1"));
        QVERIFY(book.db().setMeta(QStringLiteral("closed_through"), QStringLiteral("2026-02-28")).ok());
        const QList<qint64> before = collectionRows(book.db());

        ContactInput call;
        call.customerId = a;
        call.date = QDate(2026, 2, 27);
        auto r = c.logContact(call);
        QVERIFY(!r);
        QCOMPARE(r.failure().rule, BookRule::ClosedPeriod);
        call.date = QDate(2026, 3, 15);
        QVERIFY2(c.logContact(call).error().contains(QLatin1String("in the future")), "future contact");
        call.date = QDate();
        call.debtId = book.sale(b, QStringLiteral("5.00"), QDate(2026, 3, 1), 30, QStringLiteral("S9"));
        QVERIFY2(c.logContact(call).error().contains(QLatin1String("not this customer's")), "other's sale");
        call.debtId = 0;
        call.time = QStringLiteral("25:00");
        QVERIFY(!c.logContact(call).ok());
        call.time.clear();
        call.followUp = QDate(2026, 3, 1);
        QVERIFY(!c.logContact(call).ok());

        PromiseInput p;
        p.customerId = a;
        p.amount = 500;
        p.dueDate = QDate(2026, 3, 30);
        p.debtIds = { call.debtId = book.ledger().debtByRef(QStringLiteral("S9"))->id };
        QVERIFY2(c.recordPromise(p).error().contains(QLatin1String("not this customer's")), "other's debt");
        p.debtIds.clear();
        p.promisedOn = QDate(2026, 2, 20);
        QCOMPARE(c.recordPromise(p).failure().rule, BookRule::ClosedPeriod);

        DisputeInput d;
        d.debtId = s1;
        QVERIFY(!c.openDispute(d).ok()); // no reason
        d.reason = QStringLiteral("Wrong size");
        d.amount = 10001;
        QVERIFY(!c.openDispute(d).ok());
        d.amount = 0;
        d.openedOn = QDate(2026, 2, 1);
        QCOMPARE(c.openDispute(d).failure().rule, BookRule::ClosedPeriod);

        const Worklist list = worklist(c, QDate(2026, 3, 14));
        QVERIFY(c.markDone(list.tasks().first(), QDate(2026, 2, 28)).failure().rule == BookRule::ClosedPeriod);
        // The sale S9 was the only write, and it is an entry of the ledger, not of collections.
        QList<qint64> after = collectionRows(book.db());
        QCOMPARE(after.mid(0, 6), before.mid(0, 6));

        // The clock set back a day behind the book's last record.
        QVERIFY(c.logContact(ContactInput{ a, 0, QDate(), QString(), Channel::Phone, QString(),
                                 ContactOutcome::NoAnswer, QString(), QDate() })
                    .ok());
        after = collectionRows(book.db());
        book.clock().advanceDays(-1);
        const auto back = c.markDone(worklist(c, book.clock().today()).tasks().first());
        QVERIFY(!back);
        QVERIFY2(back.error().contains(QLatin1String("clock")), qPrintable(back.error()));
        QVERIFY(!c.savePolicy(CollectionPolicy::defaultPolicy()).ok());
        QCOMPARE(collectionRows(book.db()), after);
    }

    // The records are append-only: the book itself refuses to change them.
    void appendOnly()
    {
        test::TestBook book;
        Collections c(book.ledger());
        const qint64 a = book.customer(QStringLiteral("Ana"), QStringLiteral("C1"));
        QVERIFY(c.logContact(ContactInput{ a, 0, QDate(), QString(), Channel::Phone, QString(),
                                 ContactOutcome::NoAnswer, QString(), QDate() })
                    .ok());
        QSqlQuery q(book.db().connection());
        QVERIFY(!q.exec(QStringLiteral("UPDATE contacts SET note = 'x'")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM contacts")));
        QCOMPARE(rows(book.db(), QStringLiteral("contacts")), 1);
    }

    // Expected: what is left of the promises due in four weeks; collected: the week's payments, less reversals.
    void outlook()
    {
        test::TestBook book;
        Collections c(book.ledger());
        const qint64 a = book.customer(QStringLiteral("Ana"), QStringLiteral("C1"));
        const qint64 b = book.customer(QStringLiteral("Bo"), QStringLiteral("C2"));
        book.sale(a, QStringLiteral("100.00"), QDate(2026, 1, 1), 30, QStringLiteral("S1"));
        book.sale(b, QStringLiteral("100.00"), QDate(2026, 1, 1), 30, QStringLiteral("S2"));
        PromiseInput p;
        p.customerId = a;
        p.amount = 6000;
        p.dueDate = QDate(2026, 3, 20);
        QVERIFY(c.recordPromise(p).ok());
        p.customerId = b;
        p.dueDate = QDate(2026, 5, 20); // beyond four weeks
        QVERIFY(c.recordPromise(p).ok());
        book.pay(a, QStringLiteral("10.00"), QDate(2026, 3, 14)); // Saturday
        book.pay(b, QStringLiteral("7.00"), QDate(2026, 3, 8)); // last week
        const auto reversed = book.pay(b, QStringLiteral("3.00"), QDate(2026, 3, 10));
        QVERIFY(book.ledger().reverse(reversed.paymentEntryId, QStringLiteral("Cheque bounced")).ok());
        const auto o = CollectionOutlook::compute(book.db(), CollectionPolicy::defaultPolicy(), QDate(2026, 3, 14));
        QVERIFY2(o.ok(), qPrintable(o.error()));
        QCOMPARE(o->weekStart, QDate(2026, 3, 9));
        QCOMPARE(o->expected, 5000);
        QCOMPARE(o->promises, 1);
        QCOMPARE(o->collected, 1000);
    }

    void addDaysDialect()
    {
        test::TestBook book;
        const SqlDialect dialect = SqlDialect::of(book.db().connection());
        QSqlQuery q(book.db().connection());
        QVERIFY(q.prepare(QStringLiteral("SELECT %1, %2")
                              .arg(dialect.addDays(QStringLiteral(":d"), QStringLiteral(":n")),
                                  dialect.addDays(QStringLiteral(":d"), QStringLiteral(":m")))));
        q.bindValue(QStringLiteral(":d"), SqlDialect::date(QDate(2024, 2, 27)));
        q.bindValue(QStringLiteral(":n"), 3);
        q.bindValue(QStringLiteral(":m"), -60);
        QVERIFY2(q.exec() && q.next(), qPrintable(q.lastError().text()));
        QCOMPARE(q.value(0).toString(), QStringLiteral("2024-03-01"));
        QCOMPARE(q.value(1).toString(), QDate(2024, 2, 27).addDays(-60).toString(Qt::ISODate));
    }
};

QTEST_GUILESS_MAIN(WorklistTest)
#include "worklist_test.moc"
