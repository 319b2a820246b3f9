// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/money.h"
#include "support/test_book.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace recoup;
using recoup::test::TestBook;

namespace {

qint64 entryCount(TestBook &book)
{
    QSqlQuery q(book.db().connection());
    q.exec(QStringLiteral("SELECT count(*) FROM entries"));
    return q.next() ? q.value(0).toLongLong() : -1;
}

qint64 openOf(TestBook &book, qint64 debtId)
{
    return book.ledger().debt(debtId)->openAmount;
}

} // namespace

class LedgerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oldestDueFirst()
    {
        TestBook book;
        const qint64 c = book.customer(QStringLiteral("Baker St Deli"));
        const qint64 later = book.sale(c, QStringLiteral("200.00"), QDate(2026, 2, 20), 30); // due 03-22
        const qint64 older = book.sale(c, QStringLiteral("262.30"), QDate(2026, 1, 5), 30); // due 02-04
        const auto outcome = book.pay(c, QStringLiteral("300.00"), QDate(2026, 3, 1));
        QCOMPARE(outcome.lines.size(), 2);
        QCOMPARE(outcome.lines.at(0), (AllocationLine{ older, 26230 }));
        QCOMPARE(outcome.lines.at(1), (AllocationLine{ later, 3770 }));
        QCOMPARE(outcome.toCredit, 0);
        QCOMPARE(openOf(book, older), 0);
        QCOMPARE(openOf(book, later), 16230);
        QCOMPARE(book.ledger().customer(c)->balance, 16230);
        QCOMPARE(book.ledger().customer(c)->lastPaymentDate, QDate(2026, 3, 1));
    }

    void tiesByIssueDateThenId()
    {
        TestBook book;
        const qint64 c = book.customer(QStringLiteral("Amélie Roux"));
        // Same due date 2026-03-01: issued later but net 0 vs issued earlier net 10.
        const qint64 b = book.sale(c, QStringLiteral("10.00"), QDate(2026, 3, 1), 0);
        const qint64 a = book.sale(c, QStringLiteral("10.00"), QDate(2026, 2, 19), 10);
        const qint64 a2 = book.sale(c, QStringLiteral("10.00"), QDate(2026, 2, 19), 10);
        const auto outcome = book.pay(c, QStringLiteral("25.00"), QDate(2026, 3, 2));
        QCOMPARE(outcome.lines.at(0).debtId, a);
        QCOMPARE(outcome.lines.at(1).debtId, a2);
        QCOMPARE(outcome.lines.at(2), (AllocationLine{ b, 500 }));
    }

    void preferredDebtFirst()
    {
        TestBook book;
        const qint64 c = book.customer(QStringLiteral("Gus"));
        const qint64 old = book.sale(c, QStringLiteral("50.00"), QDate(2026, 1, 1));
        const qint64 newer = book.sale(c, QStringLiteral("80.00"), QDate(2026, 2, 1));
        const auto outcome = book.pay(c, QStringLiteral("100.00"), QDate(2026, 3, 1), newer);
        QCOMPARE(outcome.lines.at(0), (AllocationLine{ newer, 8000 }));
        QCOMPARE(outcome.lines.at(1), (AllocationLine{ old, 2000 }));
    }

    void onlyItemsIssuedByThePaymentDate()
    {
        TestBook book;
        const qint64 c = book.customer(QStringLiteral("Ivo"));
        const qint64 future = book.sale(c, QStringLiteral("40.00"), QDate(2026, 3, 10));
        const auto outcome = book.pay(c, QStringLiteral("40.00"), QDate(2026, 3, 1));
        QVERIFY(outcome.lines.isEmpty());
        QCOMPARE(outcome.toCredit, 4000);
        QCOMPARE(openOf(book, future), 4000);
        QCOMPARE(book.ledger().customer(c)->credit, 4000);
        QCOMPARE(book.ledger().customer(c)->balance, 0);
        // Applying the credit later takes effect on the sale's date, not the payment's.
        QVERIFY(book.ledger().applyCredit(c).ok());
        QCOMPARE(openOf(book, future), 0);
        const QList<Entry> timeline = book.ledger().debtTimeline(future).value();
        QCOMPARE(timeline.size(), 2);
        QCOMPARE(timeline.at(1).effectiveDate, QDate(2026, 3, 10));
    }

    void overpaymentBecomesCreditAppliedToNextSale()
    {
        TestBook book;
        const qint64 c = book.customer(QStringLiteral("Hana Ng"));
        const qint64 first = book.sale(c, QStringLiteral("699.16"), QDate(2024, 7, 3));
        const auto outcome = book.pay(c, QStringLiteral("730.35"), QDate(2024, 7, 23));
        QCOMPARE(outcome.toCredit, 3119);
        QCOMPARE(outcome.newBalance, -3119);
        QCOMPARE(openOf(book, first), 0);
        QCOMPARE(book.ledger().customer(c)->balance, -3119);
        const qint64 next = book.sale(c, QStringLiteral("100.00"), QDate(2025, 1, 1));
        QCOMPARE(openOf(book, next), 10000 - 3119);
        QCOMPARE(book.ledger().customer(c)->credit, 0);
        QCOMPARE(book.ledger().customer(c)->balance, 10000 - 3119);
        const QList<Entry> timeline = book.ledger().debtTimeline(next).value();
        QCOMPARE(timeline.last().kind, EntryKind::Allocation);
        QCOMPARE(timeline.last().effectiveDate, QDate(2025, 1, 1));
    }

    void explicitAllocation()
    {
        TestBook book;
        const qint64 c = book.customer(QStringLiteral("Lena"));
        const qint64 a = book.sale(c, QStringLiteral("100.00"), QDate(2026, 1, 1));
        const qint64 b = book.sale(c, QStringLiteral("100.00"), QDate(2026, 2, 1));
        PaymentInput input;
        input.customerId = c;
        input.amount = 15000;
        input.date = QDate(2026, 3, 1);
        input.allocation = QList<AllocationLine>{ { b, 10000 }, { a, 2000 } };
        auto outcome = book.ledger().recordPayment(input);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
        QCOMPARE(outcome->toCredit, 3000);
        QCOMPARE(openOf(book, a), 8000);
        QCOMPARE(openOf(book, b), 0);
        QCOMPARE(book.ledger().customer(c)->balance, 5000);

        // A split that takes more than is open, or more than the payment, changes nothing.
        const qint64 before = entryCount(book);
        input.allocation = QList<AllocationLine>{ { a, 9000 } };
        QVERIFY(!book.ledger().recordPayment(input).ok());
        input.amount = 1000;
        input.allocation = QList<AllocationLine>{ { a, 2000 } };
        QVERIFY(!book.ledger().recordPayment(input).ok());
        QCOMPARE(entryCount(book), before);
    }

    void previewMatchesRecording()
    {
        TestBook book;
        const qint64 c = book.customer(QStringLiteral("Chen Wu"));
        book.sale(c, QStringLiteral("10.00"), QDate(2026, 1, 1));
        book.sale(c, QStringLiteral("20.00"), QDate(2026, 1, 2));
        PaymentInput input;
        input.customerId = c;
        input.amount = 2500;
        input.date = QDate(2026, 3, 1);
        const qint64 before = entryCount(book);
        auto preview = book.ledger().previewPayment(input);
        QVERIFY(preview.ok());
        QCOMPARE(entryCount(book), before);
        auto recorded = book.ledger().recordPayment(input);
        QCOMPARE(preview->lines, recorded->lines);
        QCOMPARE(preview->newBalance, book.ledger().customer(c)->balance);
    }

    void reversingAPaymentRestoresTheBalance()
    {
        TestBook book;
        const qint64 c = book.customer(QStringLiteral("Émile"));
        const qint64 d = book.sale(c, QStringLiteral("80.00"), QDate(2026, 1, 1));
        const auto outcome = book.pay(c, QStringLiteral("100.00"), QDate(2026, 2, 1));
        QCOMPARE(book.ledger().customer(c)->balance, -2000);
        QVERIFY(!book.ledger().reverse(outcome.paymentEntryId, QStringLiteral("  ")).ok());
        QVERIFY(book.ledger().reverse(outcome.paymentEntryId, QStringLiteral("Cheque bounced")).ok());
        const auto after = book.ledger().customer(c);
        QCOMPARE(after->balance, 8000);
        QCOMPARE(after->credit, 0);
        QVERIFY(!after->lastPaymentDate.isValid());
        QCOMPARE(openOf(book, d), 8000);
        const auto payment = book.ledger().entry(outcome.paymentEntryId);
        QVERIFY(payment->reversedBy != 0);
        QCOMPARE(payment->reversalReason, QStringLiteral("Cheque bounced"));
        // Twice is refused; a reversal cannot be reversed.
        QVERIFY(!book.ledger().reverse(outcome.paymentEntryId, QStringLiteral("again")).ok());
        QVERIFY(!book.ledger().reverse(payment->reversedBy, QStringLiteral("undo")).ok());
        // The timeline keeps every entry.
        const QList<Entry> timeline = book.ledger().debtTimeline(d).value();
        QCOMPARE(timeline.size(), 3); // charge, allocation, its reversal
        QVERIFY(timeline.at(1).reversedBy != 0);
    }

    void reversingASaleReturnsItsPaymentsToCredit()
    {
        TestBook book;
        const qint64 c = book.customer(QStringLiteral("José"));
        const qint64 d = book.sale(c, QStringLiteral("50.00"), QDate(2026, 1, 1));
        book.pay(c, QStringLiteral("20.00"), QDate(2026, 1, 10));
        const qint64 charge = book.ledger().debtTimeline(d).value().first().id;
        QVERIFY(book.ledger().reverse(charge, QStringLiteral("Wrong customer")).ok());
        QCOMPARE(openOf(book, d), 0);
        QCOMPARE(book.ledger().customer(c)->credit, 2000);
        QCOMPARE(book.ledger().customer(c)->balance, -2000);
    }

    void backDatedPaymentTakesOnlyWhatStaysOpen()
    {
        // A later payment reversed later still: the debt is open now, but was
        // paid between those dates. A payment dated before them must not take it
        // again, or the debt would be open below zero on those days.
        TestBook book;
        const qint64 c = book.customer(QStringLiteral("Gus"));
        const qint64 d = book.sale(c, QStringLiteral("100.00"), QDate(2026, 1, 1));
        const qint64 other = book.sale(c, QStringLiteral("30.00"), QDate(2026, 1, 2));
        const auto later = book.pay(c, QStringLiteral("100.00"), QDate(2026, 3, 1), d);
        QVERIFY(book.ledger().reverse(later.paymentEntryId, QStringLiteral("bounced"), QDate(2026, 3, 10)).ok());
        QCOMPARE(openOf(book, d), 10000);
        const auto early = book.pay(c, QStringLiteral("100.00"), QDate(2026, 2, 1));
        // d had nothing open from 03-01 to 03-10, so it takes nothing; the other debt takes 30.
        QCOMPARE(early.lines.size(), 1);
        QCOMPARE(early.lines.first(), (AllocationLine{ other, 3000 }));
        QCOMPARE(early.toCredit, 7000);
        // The same payment dated after the reversal pays d as usual.
        const auto after = book.pay(c, QStringLiteral("100.00"), QDate(2026, 3, 11), d);
        QCOMPARE(after.lines.first(), (AllocationLine{ d, 10000 }));
    }

    void entriesAreAppendOnly()
    {
        TestBook book;
        const qint64 c = book.customer(QStringLiteral("Gus"));
        book.sale(c, QStringLiteral("5.00"), QDate(2026, 1, 1));
        QSqlQuery q(book.db().connection());
        QVERIFY(!q.exec(QStringLiteral("UPDATE entries SET amount = 1")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM entries")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log")));
    }

    void badInputChangesNothing()
    {
        TestBook book;
        const qint64 c = book.customer(QStringLiteral("Ivo"));
        const qint64 before = entryCount(book);
        DebtInput debt;
        debt.customerId = c;
        debt.issueDate = QDate(2026, 1, 1);
        debt.amount = 0;
        debt.termsDays = 30;
        QVERIFY(!book.ledger().addDebt(debt).ok());
        debt.amount = -5;
        QVERIFY(!book.ledger().addDebt(debt).ok());
        debt.amount = 100;
        debt.termsDays = 4000;
        QVERIFY(!book.ledger().addDebt(debt).ok());
        debt.termsDays.reset();
        debt.dueDate = QDate(2025, 12, 1);
        QVERIFY(!book.ledger().addDebt(debt).ok());
        debt.customerId = 999;
        debt.dueDate = QDate(2026, 2, 1);
        QVERIFY(!book.ledger().addDebt(debt).ok());
        PaymentInput pay;
        pay.customerId = c;
        pay.date = QDate(2026, 1, 1);
        pay.amount = 0;
        QVERIFY(!book.ledger().recordPayment(pay).ok());
        pay.amount = Money::maxAmount(book.db().currency()) + 1;
        QVERIFY(!book.ledger().recordPayment(pay).ok());
        pay.amount = 100;
        pay.date = QDate();
        QVERIFY(!book.ledger().recordPayment(pay).ok());
        QCOMPARE(entryCount(book), before);
        CustomerInput none;
        QVERIFY(!book.ledger().addCustomer(none).ok());
        none.name = QStringLiteral("X");
        none.email = QStringLiteral("no-at-sign");
        QVERIFY(!book.ledger().addCustomer(none).ok());
        none.email.clear();
        none.ref = book.ledger().customer(c)->details.ref;
        QVERIFY(!book.ledger().addCustomer(none).ok());
        QCOMPARE(book.ledger().customerCount(), 1);
    }

    void closedPeriodRefusesEntries()
    {
        TestBook book;
        const qint64 c = book.customer(QStringLiteral("Gus"));
        QVERIFY(book.db().setMeta(QStringLiteral("closed_through"), QStringLiteral("2026-01-31")).ok());
        DebtInput debt;
        debt.customerId = c;
        debt.issueDate = QDate(2026, 1, 31);
        debt.termsDays = 30;
        debt.amount = 100;
        QVERIFY(!book.ledger().addDebt(debt).ok());
        debt.issueDate = QDate(2026, 2, 1);
        QVERIFY(book.ledger().addDebt(debt).ok());
    }

    void textIsStoredExactly()
    {
        TestBook book;
        const QStringList names
            = { QStringLiteral("\"Quoted\" Ltd"), QStringLiteral("Rossi, Jr."), QStringLiteral("Émile Ñúñez"),
                  QStringLiteral("مخبز الأمل"), QStringLiteral("<b>Bold</b> & <script>x</script>") };
        for (const QString &name : names) {
            CustomerInput input;
            input.name = name;
            input.ref = name + QStringLiteral("-ref");
            auto id = book.ledger().addCustomer(input);
            QVERIFY(id.ok());
            QCOMPARE(book.ledger().customer(id.value())->details.name, name);
            QCOMPARE(book.ledger().customerByRef(name + QStringLiteral("-ref"))->id, id.value());
        }
    }

    void signalsTellTheWindow()
    {
        TestBook book;
        QSignalSpy added(&book.ledger(), &Ledger::customerAdded);
        QSignalSpy changed(&book.ledger(), &Ledger::customerChanged);
        const qint64 c = book.customer(QStringLiteral("Hana"));
        QCOMPARE(added.count(), 1);
        book.sale(c, QStringLiteral("1.00"), QDate(2026, 1, 1));
        book.pay(c, QStringLiteral("1.00"), QDate(2026, 1, 2));
        QCOMPARE(changed.count(), 2);
        QCOMPARE(changed.last().at(0).toLongLong(), c);
    }

    void auditChainDetectsChanges()
    {
        TestBook book;
        const qint64 c = book.customer(QStringLiteral("Hana"));
        book.sale(c, QStringLiteral("12.00"), QDate(2026, 1, 1));
        book.pay(c, QStringLiteral("2.00"), QDate(2026, 1, 2));
        QCOMPARE(book.ledger().audit().count(), 3);
        QVERIFY(book.ledger().audit().verify().isEmpty());
        QSqlQuery q(book.db().connection());
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_no_update")));
        QVERIFY(q.exec(QStringLiteral("UPDATE audit_log SET details = replace(details, '1200', '120') WHERE id = 2")));
        const QStringList problems = book.ledger().audit().verify();
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().contains(QStringLiteral("record 2")));
        // Rewriting record 2's hash to match hides nothing: record 3 no longer follows it.
        QVERIFY(q.exec(QStringLiteral("SELECT recorded_at, recorded_by, action, object_type, object_id, details, "
                                      "prev_hash FROM audit_log WHERE id = 2"))
            && q.next());
        const QString forged = AuditLog::chainHash(q.value(6).toString(),
            AuditLog::canonical(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                q.value(3).toString(), q.value(4).toLongLong(), q.value(5).toString()));
        q.finish();
        QSqlQuery u(book.db().connection());
        u.prepare(QStringLiteral("UPDATE audit_log SET hash = ? WHERE id = 2"));
        u.addBindValue(forged);
        QVERIFY(u.exec());
        const QStringList after = book.ledger().audit().verify();
        QCOMPARE(after.size(), 1);
        QVERIFY(after.first().contains(QStringLiteral("record 3")));
    }

    void survivesReopen()
    {
        TestBook book;
        const qint64 c = book.customer(QStringLiteral("Hana"));
        book.sale(c, QStringLiteral("12.00"), QDate(2026, 1, 1));
        book.close();
        book.reopen();
        QCOMPARE(book.ledger().customer(c)->balance, 1200);
        QVERIFY(book.ledger().audit().verify().isEmpty());
    }
};

QTEST_GUILESS_MAIN(LedgerTest)
#include "ledger_test.moc"
