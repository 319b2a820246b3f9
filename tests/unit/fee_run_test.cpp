// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "collections/collections.h"
#include "collections/fee_calculator.h"
#include "support/test_book.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace recoup;

namespace {

qint64 count(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        qFatal("cannot run %s", qPrintable(sql));
    return q.value(0).toLongLong();
}

/// Rows of every table a fee run writes: what "posts nothing" means.
QList<qint64> written(Database &db)
{
    QList<qint64> counts;
    for (const char *table : { "debts", "entries", "fee_charges", "fee_waivers", "audit_log" })
        counts << count(db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
    return counts;
}

/// A flat fee of 10.00 plus 1.50 % of what is overdue, 5 days' grace, once.
FeeTerms flatAndPercent()
{
    FeeTerms t;
    t.enabled = true;
    t.graceDays = 5;
    t.flatAmount = 1000;
    t.percentBp = 150;
    return t;
}

void setTerms(Collections &c, const FeeTerms &terms)
{
    CollectionPolicy p = CollectionPolicy::defaultPolicy();
    p.fees = terms;
    const auto saved = c.savePolicy(p);
    if (!saved)
        qFatal("savePolicy: %s", qPrintable(saved.error()));
}

FeePlan plan(Collections &c, const QDate &asOf, qint64 customerId = 0)
{
    auto p = c.feePlan(asOf, customerId);
    if (!p)
        qFatal("feePlan: %s", qPrintable(p.error()));
    return p.value();
}

/// Posts on the date with the clock moved to it.
FeePlan post(test::TestBook &book, Collections &c, const QDate &asOf)
{
    book.clock().set(QDateTime(asOf, QTime(12, 0), QTimeZone::utc()));
    auto p = c.postFees(asOf);
    if (!p)
        qFatal("postFees: %s", qPrintable(p.error()));
    return p.value();
}

QStringList refs(const FeePlan &p)
{
    QStringList out;
    for (const FeeLine &l : p.lines)
        out << QStringLiteral("%1 %2").arg(l.ref).arg(l.charge.amount);
    return out;
}

} // namespace

class FeeRunTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Half a minor unit rounds up, once, at the end.
    void rounding()
    {
        QCOMPARE(FeeCalculator::percentOf(333, 150), 5); // 4.995
        QCOMPARE(FeeCalculator::percentOf(1, 50), 0); // 0.005
        QCOMPARE(FeeCalculator::percentOf(100, 50), 1); // 0.5
        QCOMPARE(FeeCalculator::percentOf(99, 50), 0); // 0.495
        QCOMPARE(FeeCalculator::percentOf(Q_INT64_C(100000000000000000), 10000), Q_INT64_C(100000000000000000));
    }

    // A new book charges nothing, however overdue; turned on, a fee is its own
    // item naming the sale, and the sale itself is never changed.
    void offInNewBookThenOwnItem()
    {
        test::TestBook book(QStringLiteral("USD"), QDate(2026, 1, 1));
        Collections c(book.ledger());
        const qint64 a = book.customer(QStringLiteral("Ana"), QStringLiteral("C1"));
        const qint64 s = book.sale(a, QStringLiteral("200.00"), QDate(2026, 1, 1), 30, QStringLiteral("S1"));
        QVERIFY(!c.policy()->fees.enabled);
        QVERIFY(plan(c, QDate(2026, 3, 14)).lines.isEmpty());

        setTerms(c, flatAndPercent());
        // Due 01-31, 5 days' grace: the first day is 02-06.
        QVERIFY(plan(c, QDate(2026, 2, 5)).lines.isEmpty());
        const FeePlan preview = plan(c, QDate(2026, 2, 6));
        QCOMPARE(refs(preview), QStringList{ QStringLiteral("S1-F1 1300") });
        const auto saleEntries = book.ledger().debtTimeline(s).value();
        const FeePlan posted = post(book, c, QDate(2026, 2, 6));
        QCOMPARE(posted, preview);
        QCOMPARE(book.ledger().debtTimeline(s).value(), saleEntries);
        const Debt item = book.ledger().debtByRef(QStringLiteral("S1-F1")).value();
        QCOMPARE(item.kind, DebtKind::Fee);
        QCOMPARE(item.sourceDebtId, s);
        QCOMPARE(item.issueDate, QDate(2026, 2, 6));
        QCOMPARE(item.dueDate, QDate(2026, 2, 6));
        QCOMPARE(item.amount, 1300);
        QCOMPARE(item.openAmount, 1300);
        const auto itemEntries = book.ledger().debtTimeline(item.id).value();
        QCOMPARE(itemEntries.size(), 1);
        QCOMPARE(itemEntries.first().kind, EntryKind::Fee);
        QCOMPARE(book.ledger().customer(a)->balance, 21300);
    }

    // Posted twice on one day, and from a second connection (another program):
    // posted once; the second run finds nothing new due.
    void postedTwiceOnOneDay()
    {
        test::TestBook book(QStringLiteral("USD"), QDate(2026, 1, 1));
        Collections c(book.ledger());
        setTerms(c, flatAndPercent());
        const qint64 a = book.customer(QStringLiteral("Ana"), QStringLiteral("C1"));
        book.sale(a, QStringLiteral("200.00"), QDate(2026, 1, 1), 30, QStringLiteral("S1"));
        const QDate day(2026, 2, 10);
        QCOMPARE(post(book, c, day).lines.size(), 1);
        const QList<qint64> after = written(book.db());
        QVERIFY(post(book, c, day).lines.isEmpty());
        QCOMPARE(written(book.db()), after);

        auto other = Database::open(book.path());
        QVERIFY(other.ok());
        Ledger ledger(*other.value(), book.clock());
        Collections second(ledger);
        const auto again = second.postFees(day);
        QVERIFY2(again.ok(), qPrintable(again.error()));
        QVERIFY(again->lines.isEmpty());
        QCOMPARE(written(book.db()), after);

        // The constraint itself refuses a second charge of the same period.
        QSqlQuery q(book.db().connection());
        QVERIFY(!q.exec(QStringLiteral(
            "INSERT INTO fee_charges (source_debt_id, kind, period_no, period_from, period_to, run_date, debt_id, "
            "amount, basis, recorded_at, recorded_by) SELECT source_debt_id, kind, period_no, period_from, period_to, "
            "run_date, debt_id, amount, basis, recorded_at, recorded_by FROM fee_charges")));
        QCOMPARE(written(book.db()), after);
    }

    // A fee on a debt paid on the run date: nothing is charged.
    void paidTheSameDay()
    {
        test::TestBook book(QStringLiteral("USD"), QDate(2026, 1, 1));
        Collections c(book.ledger());
        setTerms(c, flatAndPercent());
        const qint64 a = book.customer(QStringLiteral("Ana"), QStringLiteral("C1"));
        book.sale(a, QStringLiteral("200.00"), QDate(2026, 1, 1), 30, QStringLiteral("S1"));
        const QDate day(2026, 2, 10);
        QCOMPARE(plan(c, day).lines.size(), 1);
        book.pay(a, QStringLiteral("200.00"), day);
        QVERIFY(plan(c, day).lines.isEmpty());
        QVERIFY(post(book, c, day).lines.isEmpty());
        // Paid in part: the percentage is of what is still open.
        const qint64 b = book.customer(QStringLiteral("Bo"), QStringLiteral("C2"));
        book.sale(b, QStringLiteral("200.00"), QDate(2026, 1, 1), 30, QStringLiteral("S2"));
        book.pay(b, QStringLiteral("100.00"), day);
        QCOMPARE(refs(plan(c, day)), QStringList{ QStringLiteral("S2-F1 1150") });
    }

    // A payment that arrives between a promise's date and the fee run: while
    // the promise holds nothing is charged; after, only on what is still open.
    void paymentBetweenPromiseAndRun()
    {
        test::TestBook book(QStringLiteral("USD"), QDate(2026, 2, 10));
        Collections c(book.ledger());
        setTerms(c, flatAndPercent());
        const qint64 a = book.customer(QStringLiteral("Ana"), QStringLiteral("C1"));
        book.sale(a, QStringLiteral("200.00"), QDate(2026, 1, 1), 30, QStringLiteral("S1"));
        PromiseInput promise;
        promise.customerId = a;
        promise.amount = 20000;
        promise.promisedOn = QDate(2026, 2, 3);
        promise.dueDate = QDate(2026, 2, 8); // grace 3: broken after 02-11, ladder back on 02-13
        QVERIFY(c.recordPromise(promise).ok());
        QVERIFY(plan(c, QDate(2026, 2, 10)).lines.isEmpty());
        QVERIFY(plan(c, QDate(2026, 2, 12)).lines.isEmpty());
        QCOMPARE(plan(c, QDate(2026, 2, 13)).lines.size(), 1);
        // Half paid late, on 02-14, before the run on 02-15.
        book.pay(a, QStringLiteral("100.00"), QDate(2026, 2, 14));
        QCOMPARE(refs(post(book, c, QDate(2026, 2, 15))), QStringList{ QStringLiteral("S1-F1 1150") });
        // All paid before the run: nothing.
        const qint64 b = book.customer(QStringLiteral("Bo"), QStringLiteral("C2"));
        book.sale(b, QStringLiteral("50.00"), QDate(2026, 1, 1), 30, QStringLiteral("S2"));
        promise.customerId = b;
        promise.amount = 5000;
        QVERIFY(c.recordPromise(promise).ok());
        book.pay(b, QStringLiteral("50.00"), QDate(2026, 2, 14));
        QVERIFY(plan(c, QDate(2026, 2, 16), b).lines.isEmpty());
    }

    // A dispute opened after a fee was posted: the fee stays (it can be
    // waived); nothing more is charged while disputed, and no interest accrues
    // on the disputed days; resolved for the shop, charges resume.
    void disputeAfterFee()
    {
        test::TestBook book(QStringLiteral("USD"), QDate(2026, 1, 1));
        Collections c(book.ledger());
        FeeTerms t = flatAndPercent();
        t.everyDays = 30;
        t.interestBp = 3650; // 0.1 % a day: easy to check
        t.interestEveryDays = 30;
        t.graceDays = 0;
        setTerms(c, t);
        const qint64 a = book.customer(QStringLiteral("Ana"), QStringLiteral("C1"));
        const qint64 s = book.sale(a, QStringLiteral("1000.00"), QDate(2026, 1, 1), 30, QStringLiteral("S1"));
        // Due 01-31: fee periods from 02-01, interest periods 02-01..03-02, 03-03..04-01.
        QCOMPARE(refs(post(book, c, QDate(2026, 2, 1))), QStringList{ QStringLiteral("S1-F1 2500") });
        book.clock().set(QDateTime(QDate(2026, 2, 11), QTime(12, 0), QTimeZone::utc()));
        DisputeInput dispute;
        dispute.debtId = s;
        dispute.reason = QStringLiteral("Goods arrived damaged");
        dispute.openedOn = QDate(2026, 2, 11);
        const auto disputeId = c.openDispute(dispute);
        QVERIFY(disputeId.ok());
        // The fee posted before stays; the next period is not charged while disputed.
        QVERIFY(book.ledger().debtByRef(QStringLiteral("S1-F1")).ok());
        QVERIFY(plan(c, QDate(2026, 3, 3)).lines.isEmpty());
        QVERIFY(post(book, c, QDate(2026, 3, 3)).lines.isEmpty());
        book.clock().set(QDateTime(QDate(2026, 3, 20), QTime(12, 0), QTimeZone::utc()));
        DisputeResolution resolution;
        resolution.disputeId = disputeId.value();
        resolution.outcome = DisputeOutcome::ForShop;
        resolution.resolvedOn = QDate(2026, 3, 20);
        QVERIFY(c.resolveDispute(resolution).ok());
        // On 04-02 the fee of period 3 (from 04-02) and the interest of period 2
        // (03-03..04-01), whose days from 03-20 on were not disputed: 13 days of
        // 0.1 % on 1,000.00. Fee period 2 passed while disputed: not charged later.
        const FeePlan after = post(book, c, QDate(2026, 4, 2));
        QCOMPARE(refs(after), (QStringList{ QStringLiteral("S1-F3 2500"), QStringLiteral("S1-I2 1300") }));
        QCOMPARE(after.lines.at(1).charge.days, 13);
    }

    // A closed period: nothing is posted in it, from any door; the preview
    // still says what would be due.
    void closedPeriod()
    {
        test::TestBook book(QStringLiteral("USD"), QDate(2026, 1, 1));
        Collections c(book.ledger());
        setTerms(c, flatAndPercent());
        const qint64 a = book.customer(QStringLiteral("Ana"), QStringLiteral("C1"));
        book.sale(a, QStringLiteral("200.00"), QDate(2026, 1, 1), 30, QStringLiteral("S1"));
        QVERIFY(book.db().setMeta(QStringLiteral("closed_through"), QStringLiteral("2026-02-28")).ok());
        const QList<qint64> before = written(book.db());
        book.clock().set(QDateTime(QDate(2026, 2, 20), QTime(12, 0), QTimeZone::utc()));
        QCOMPARE(plan(c, QDate(2026, 2, 20)).lines.size(), 1);
        const auto refused = c.postFees(QDate(2026, 2, 20));
        QVERIFY(!refused);
        QCOMPARE(refused.failure().rule, BookRule::ClosedPeriod);
        QCOMPARE(written(book.db()), before);
        QCOMPARE(post(book, c, QDate(2026, 3, 1)).lines.size(), 1);
    }

    // The clock set back a day: the period charged is not charged again, and
    // a post with the clock behind the book's last record is refused.
    void clockSetBack()
    {
        test::TestBook book(QStringLiteral("USD"), QDate(2026, 1, 1));
        Collections c(book.ledger());
        FeeTerms t = flatAndPercent();
        t.everyDays = 10;
        setTerms(c, t);
        const qint64 a = book.customer(QStringLiteral("Ana"), QStringLiteral("C1"));
        book.sale(a, QStringLiteral("200.00"), QDate(2026, 1, 1), 30, QStringLiteral("S1"));
        // First day 02-06; period 2 starts 02-16.
        QCOMPARE(refs(post(book, c, QDate(2026, 2, 16))), QStringList{ QStringLiteral("S1-F2 1300") });
        const QList<qint64> after = written(book.db());
        // A run dated the day before finds period 1 passed and period 2 charged.
        QVERIFY(plan(c, QDate(2026, 2, 15)).lines.isEmpty());
        book.clock().set(QDateTime(QDate(2026, 2, 15), QTime(12, 0), QTimeZone::utc()));
        const auto back = c.postFees(QDate(2026, 2, 15));
        QVERIFY(!back);
        QVERIFY2(back.error().contains(QStringLiteral("clock")), qPrintable(back.error()));
        QVERIFY(!c.postFees(QDate(2026, 2, 16)).ok()); // a day still to come for this clock
        QCOMPARE(written(book.db()), after);
    }

    // Recurring every N days up to a cap on the count, and on the total.
    void recurringUpToCap()
    {
        test::TestBook book(QStringLiteral("USD"), QDate(2026, 1, 1));
        Collections c(book.ledger());
        FeeTerms t;
        t.enabled = true;
        t.flatAmount = 1000;
        t.everyDays = 7;
        t.maxCount = 3;
        setTerms(c, t);
        const qint64 a = book.customer(QStringLiteral("Ana"), QStringLiteral("C1"));
        book.sale(a, QStringLiteral("200.00"), QDate(2026, 1, 1), 30, QStringLiteral("S1"));
        QStringList posted;
        // Every day for five weeks from the first day (02-01).
        for (QDate d(2026, 2, 1); d <= QDate(2026, 3, 7); d = d.addDays(1))
            posted << refs(post(book, c, d));
        QCOMPARE(posted,
            (QStringList{ QStringLiteral("S1-F1 1000"), QStringLiteral("S1-F2 1000"), QStringLiteral("S1-F3 1000") }));
        QCOMPARE(count(book.db(), QStringLiteral("SELECT count(*) FROM fee_charges")), 3);

        // A cap on the total: the last fee is what the cap leaves.
        t.maxCount = 0;
        t.maxTotal = 2500;
        setTerms(c, t);
        const qint64 b = book.customer(QStringLiteral("Bo"), QStringLiteral("C2"));
        book.sale(b, QStringLiteral("200.00"), QDate(2026, 3, 1), 30, QStringLiteral("S2")); // due 03-31
        QStringList capped;
        for (QDate d(2026, 4, 1); d <= QDate(2026, 5, 31); d = d.addDays(7))
            capped << refs(post(book, c, d));
        QCOMPARE(capped,
            (QStringList{ QStringLiteral("S2-F1 1000"), QStringLiteral("S2-F2 1000"), QStringLiteral("S2-F3 500") }));
    }

    // Interest prorated by the day on each day's open amount, simple, with a
    // minimum charge; posted once a period has ended.
    void interestByTheDayWithMinimum()
    {
        test::TestBook book(QStringLiteral("USD"), QDate(2026, 1, 1));
        Collections c(book.ledger());
        FeeTerms t;
        t.enabled = true;
        t.interestBp = 1800; // 18 % a year
        t.interestEveryDays = 30;
        t.interestMinimum = 500;
        setTerms(c, t);
        const qint64 a = book.customer(QStringLiteral("Ana"), QStringLiteral("C1"));
        book.sale(a, QStringLiteral("10000.00"), QDate(2026, 1, 1), 30, QStringLiteral("S1")); // due 01-31
        // Period 1: 02-01..03-02. Not ended on 03-01.
        QVERIFY(plan(c, QDate(2026, 3, 1)).lines.isEmpty());
        // 1,000,000 cents × 30 days × 18 % / 365 = 14,794.52 -> 14,795.
        QCOMPARE(refs(plan(c, QDate(2026, 3, 2))), QStringList{ QStringLiteral("S1-I1 14795") });
        // Half paid on 02-16 (end of day): 15 days of 10,000.00 and 15 of 5,000.00.
        book.pay(a, QStringLiteral("5000.00"), QDate(2026, 2, 16));
        // (15 × 1,000,000 + 15 × 500,000) × 0.18 / 365 = 11,095.89 -> 11,096
        const FeePlan half = post(book, c, QDate(2026, 3, 2));
        QCOMPARE(refs(half), QStringList{ QStringLiteral("S1-I1 11096") });
        QCOMPARE(half.lines.first().charge.days, 30);
        QCOMPARE(half.lines.first().charge.basis, 750000);
        // Simple: no interest on the interest item (nor a fee on it).
        QCOMPARE(refs(post(book, c, QDate(2026, 4, 1))), QStringList{ QStringLiteral("S1-I2 7397") });
        // A small debt: 10.00 for 30 days is 0.15, raised to the 5.00 minimum.
        const qint64 b = book.customer(QStringLiteral("Bo"), QStringLiteral("C2"));
        book.sale(b, QStringLiteral("10.00"), QDate(2026, 3, 1), 0, QStringLiteral("S2"));
        const FeePlan small = plan(c, QDate(2026, 3, 31), b);
        QCOMPARE(refs(small), QStringList{ QStringLiteral("S2-I1 500") });
        QVERIFY(small.lines.first().charge.minimum);
    }

    // No fee or interest on fee and interest items unless the owner turns it on.
    void noFeeOnFees()
    {
        test::TestBook book(QStringLiteral("USD"), QDate(2026, 1, 1));
        Collections c(book.ledger());
        FeeTerms t;
        t.enabled = true;
        t.flatAmount = 1000;
        t.everyDays = 10;
        setTerms(c, t);
        const qint64 a = book.customer(QStringLiteral("Ana"), QStringLiteral("C1"));
        book.sale(a, QStringLiteral("200.00"), QDate(2026, 1, 1), 30, QStringLiteral("S1"));
        QCOMPARE(refs(post(book, c, QDate(2026, 2, 1))), QStringList{ QStringLiteral("S1-F1 1000") });
        // The fee item is overdue from 02-02, yet only the sale is charged.
        QCOMPARE(refs(plan(c, QDate(2026, 2, 11))), QStringList{ QStringLiteral("S1-F2 1000") });
        t.onFees = true;
        setTerms(c, t);
        QCOMPARE(refs(plan(c, QDate(2026, 2, 11))),
            (QStringList{ QStringLiteral("S1-F2 1000"), QStringLiteral("S1-F1-F1 1000") }));
    }

    // A customer's own terms: none at all, or other terms (even with the book's off).
    void perCustomerOverride()
    {
        test::TestBook book;
        Collections c(book.ledger());
        const qint64 a = book.customer(QStringLiteral("Ana"), QStringLiteral("C1"));
        const qint64 b = book.customer(QStringLiteral("Bo"), QStringLiteral("C2"));
        const qint64 d = book.customer(QStringLiteral("Di"), QStringLiteral("C3"));
        book.sale(a, QStringLiteral("200.00"), QDate(2026, 1, 1), 30, QStringLiteral("S1"));
        book.sale(b, QStringLiteral("200.00"), QDate(2026, 1, 1), 30, QStringLiteral("S2"));
        book.sale(d, QStringLiteral("200.00"), QDate(2026, 1, 1), 30, QStringLiteral("S3"));
        CustomerFeeTerms own;
        own.mode = FeeTermsMode::Own;
        own.terms.flatAmount = 700;
        QVERIFY(c.setCustomerFeeTerms(b, own).ok());
        QCOMPARE(c.customerFeeTerms(b)->terms.flatAmount, 700);
        // The book's terms are off: only the customer with terms of its own is charged.
        QCOMPARE(refs(plan(c, QDate(2026, 2, 10))), QStringList{ QStringLiteral("S2-F1 700") });
        setTerms(c, flatAndPercent());
        CustomerFeeTerms none;
        none.mode = FeeTermsMode::None;
        QVERIFY(c.setCustomerFeeTerms(a, none).ok());
        QCOMPARE(refs(plan(c, QDate(2026, 2, 10))),
            (QStringList{ QStringLiteral("S2-F1 700"), QStringLiteral("S3-F1 1300") }));
        // Back to the book's terms.
        QVERIFY(c.setCustomerFeeTerms(a, CustomerFeeTerms()).ok());
        QCOMPARE(plan(c, QDate(2026, 2, 10)).lines.size(), 3);
        // Own terms that charge nothing are refused.
        CustomerFeeTerms nothing;
        nothing.mode = FeeTermsMode::Own;
        QVERIFY(!c.setCustomerFeeTerms(a, nothing).ok());
    }

    // A paused ladder pauses the charges: the customer's.
    void pausedCustomer()
    {
        test::TestBook book;
        Collections c(book.ledger());
        setTerms(c, flatAndPercent());
        const qint64 a = book.customer(QStringLiteral("Ana"), QStringLiteral("C1"));
        book.sale(a, QStringLiteral("200.00"), QDate(2026, 1, 1), 30, QStringLiteral("S1"));
        CustomerLadder paused;
        paused.mode = LadderMode::Paused;
        QVERIFY(c.setLadder(a, paused).ok());
        QVERIFY(plan(c, QDate(2026, 2, 10)).lines.isEmpty());
    }

    // Waived with a reason: the charge is reversed, the waiver recorded and
    // audited, both on the sale's timeline; the period is not charged again.
    void waive()
    {
        test::TestBook book(QStringLiteral("USD"), QDate(2026, 1, 1));
        Collections c(book.ledger());
        setTerms(c, flatAndPercent());
        const qint64 a = book.customer(QStringLiteral("Ana"), QStringLiteral("C1"));
        const qint64 s = book.sale(a, QStringLiteral("200.00"), QDate(2026, 1, 1), 30, QStringLiteral("S1"));
        post(book, c, QDate(2026, 2, 10));
        const Debt item = book.ledger().debtByRef(QStringLiteral("S1-F1")).value();
        QVERIFY(!c.waiveFee(item.id, QStringLiteral("  ")).ok());
        QVERIFY(!c.waiveFee(s, QStringLiteral("goodwill")).ok()); // not a fee
        const qint64 audits = count(book.db(), QStringLiteral("SELECT count(*) FROM audit_log"));
        const auto reversal = c.waiveFee(item.id, QStringLiteral("Long-standing customer"));
        QVERIFY2(reversal.ok(), qPrintable(reversal.error()));
        QCOMPARE(book.ledger().debt(item.id)->openAmount, 0);
        QCOMPARE(book.ledger().customer(a)->balance, 20000);
        QCOMPARE(book.ledger().entry(reversal.value())->kind, EntryKind::Reversal);
        QVERIFY(count(book.db(), QStringLiteral("SELECT count(*) FROM audit_log")) > audits);
        QVERIFY(!c.waiveFee(item.id, QStringLiteral("again")).ok());
        QVERIFY(plan(c, QDate(2026, 2, 20)).lines.isEmpty());

        const auto events = c.records().debtEvents(s).value();
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(0).kind, CollectionEvent::Kind::FeeCharged);
        QCOMPARE(events.at(0).itemRef, QStringLiteral("S1-F1"));
        QCOMPARE(events.at(0).amount, 1300);
        QCOMPARE(events.at(1).kind, CollectionEvent::Kind::FeeWaived);
        QCOMPARE(events.at(1).text, QStringLiteral("Long-standing customer"));
    }

    // The policy document carries the fee terms; a version 1 file (without
    // them) reads as fees off; each mistake names its member.
    void policyJson()
    {
        CollectionPolicy p = CollectionPolicy::defaultPolicy();
        p.fees = flatAndPercent();
        p.fees.everyDays = 30;
        p.fees.maxTotal = 5000;
        p.fees.interestBp = 1825;
        p.fees.interestMinimum = 250;
        const QByteArray json = QJsonDocument(p.toJson()).toJson();
        QVERIFY(json.contains("\"percent\": \"1.5\""));
        QVERIFY(json.contains("\"interest_annual_percent\": \"18.25\""));
        QVERIFY(json.contains("\"flat_amount\": \"10.00\""));
        const auto back = CollectionPolicy::fromJson(json);
        QVERIFY2(back.ok(), qPrintable(back.error()));
        QCOMPARE(back.value(), p);

        QJsonObject v1 = CollectionPolicy::defaultPolicy().toJson();
        v1.insert(QStringLiteral("version"), 1);
        v1.remove(QStringLiteral("fees"));
        const auto old = CollectionPolicy::fromJson(QJsonDocument(v1).toJson());
        QVERIFY2(old.ok(), qPrintable(old.error()));
        QVERIFY(!old->fees.enabled);
        v1.insert(QStringLiteral("fees"), p.fees.toJson());
        QVERIFY(CollectionPolicy::fromJson(QJsonDocument(v1).toJson()).error().contains(QStringLiteral("“fees”")));
    }

    void policyJsonErrors_data()
    {
        QTest::addColumn<QString>("member");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("flat as a number")
            << QStringLiteral("flat_amount") << QJsonValue(10) << QStringLiteral("“fees.flat_amount”");
        QTest::newRow("flat with 3 decimals") << QStringLiteral("flat_amount") << QJsonValue(QStringLiteral("1.005"))
                                              << QStringLiteral("“fees.flat_amount”");
        QTest::newRow("percent over 100")
            << QStringLiteral("percent") << QJsonValue(QStringLiteral("101")) << QStringLiteral("“fees.percent”");
        QTest::newRow("percent 3 decimals")
            << QStringLiteral("percent") << QJsonValue(QStringLiteral("1.125")) << QStringLiteral("“fees.percent”");
        QTest::newRow("grace negative") << QStringLiteral("grace_days") << QJsonValue(-1)
                                        << QStringLiteral("“fees.grace_days”");
        QTest::newRow("every fractional")
            << QStringLiteral("every_days") << QJsonValue(1.5) << QStringLiteral("“fees.every_days”");
        QTest::newRow("interest every 0")
            << QStringLiteral("interest_every_days") << QJsonValue(0) << QStringLiteral("“fees.interest_every_days”");
        QTest::newRow("max_count text") << QStringLiteral("max_count") << QJsonValue(QStringLiteral("3"))
                                        << QStringLiteral("“fees.max_count”");
        QTest::newRow("on_fees not bool")
            << QStringLiteral("on_fees") << QJsonValue(1) << QStringLiteral("“fees.on_fees”");
        QTest::newRow("enabled missing") << QStringLiteral("enabled") << QJsonValue(QJsonValue::Undefined)
                                         << QStringLiteral("“fees.enabled”");
        QTest::newRow("currency unknown")
            << QStringLiteral("currency") << QJsonValue(QStringLiteral("XYZ")) << QStringLiteral("“fees.currency”");
        QTest::newRow("unknown member") << QStringLiteral("colour") << QJsonValue(1)
                                        << QStringLiteral("unknown member “colour”");
        QTest::newRow("rate") << QStringLiteral("interest_annual_percent") << QJsonValue(QStringLiteral("-3"))
                              << QStringLiteral("“fees.interest_annual_percent”");
    }

    void policyJsonErrors()
    {
        QFETCH(QString, member);
        QFETCH(QJsonValue, value);
        QFETCH(QString, message);
        CollectionPolicy p = CollectionPolicy::defaultPolicy();
        p.fees = flatAndPercent();
        QJsonObject root = p.toJson();
        QJsonObject fees = root.value(QStringLiteral("fees")).toObject();
        if (value.isUndefined())
            fees.remove(member);
        else
            fees.insert(member, value);
        root.insert(QStringLiteral("fees"), fees);
        const auto read = CollectionPolicy::fromJson(QJsonDocument(root).toJson());
        QVERIFY(!read);
        QVERIFY2(read.error().contains(message), qPrintable(read.error()));
    }

    // An import whose fee terms are in another currency is refused and changes nothing.
    void importChecksCurrency()
    {
        test::TestBook book(QStringLiteral("EUR"));
        Collections c(book.ledger());
        CollectionPolicy p = CollectionPolicy::defaultPolicy();
        p.fees = flatAndPercent(); // USD
        const auto refused = c.importPolicy(QJsonDocument(p.toJson()).toJson());
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("“fees.currency”")), qPrintable(refused.error()));
        QVERIFY(!c.policy()->fees.enabled);
        p.fees.currency = Currency::fromCode(QStringLiteral("EUR")).value();
        QVERIFY(c.importPolicy(QJsonDocument(p.toJson()).toJson()).ok());
        QCOMPARE(c.policy()->fees, p.fees);
        // A version 1 file turns fees off.
        QJsonObject v1 = CollectionPolicy::defaultPolicy().toJson();
        v1.insert(QStringLiteral("version"), 1);
        v1.remove(QStringLiteral("fees"));
        QVERIFY(c.importPolicy(QJsonDocument(v1).toJson()).ok());
        QVERIFY(!c.policy()->fees.enabled);
    }
};

QTEST_GUILESS_MAIN(FeeRunTest)
#include "fee_run_test.moc"
