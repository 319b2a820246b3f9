// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "aging/aging_export.h"
#include "aging/aging_report.h"
#include "aging/balance_report.h"
#include "core/money.h"
#include "db/sql_dialect.h"
#include "ledger/ledger_verifier.h"
#include "support/test_book.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace recoup;

namespace {

const QDate AsOf(2026, 3, 14);

AgingReport age(test::TestBook &book, const QDate &asOf, AgingBasis basis = AgingBasis::DueDate,
    const AgingBuckets &buckets = AgingBuckets(), AgingMethod method = AgingMethod::Automatic)
{
    auto report = AgingReport::compute(book.db(), { asOf, basis, buckets, method });
    if (!report)
        qFatal("aging: %s", qPrintable(report.error()));
    return report.value();
}

QList<qint64> amounts(std::initializer_list<qint64> values)
{
    return QList<qint64>(values);
}

const AgingLine *row(const AgingReport &report, const QString &ref)
{
    for (const AgingLine &line : report.customers())
        if (line.ref == ref)
            return &line;
    return nullptr;
}

QByteArray csv(const AgingReport &report, const Currency &currency)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!AgingExport::writeCsv(report, currency, buffer))
        qFatal("writeCsv failed");
    return buffer.data();
}

qint64 paymentEntry(test::TestBook &book, qint64 customerId, const QString &amount, const QDate &date)
{
    return book.pay(customerId, amount, date).paymentEntryId;
}

qint64 chargeEntry(test::TestBook &book, qint64 debtId)
{
    return book.ledger().debtTimeline(debtId).value().constFirst().id;
}

} // namespace

class AgingReportTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyBook();
    void bucketEdges_data();
    void bucketEdges();
    void everyEdgeInOneCustomer();
    void debtIssuedAfterTheDateIsLeftOut();
    void paymentTheDayAfterDoesNotCount();
    void paymentReversedBeforeAndAfterTheDate();
    void saleReversedBeforeAndAfterTheDate();
    void creditIsShownApart();
    void overpaymentLeavesOnlyCredit();
    void byIssueDate();
    void customEdgesAndTheirHeaders();
    void bucketParsing_data();
    void bucketParsing();
    void rowsSortedByRefWithAwkwardNames();
    void queryUsesTheIndexes();
    void methodsAgree();
    void randomBooksAgree();
};

void AgingReportTest::emptyBook()
{
    test::TestBook book;
    const AgingReport report = age(book, AsOf);
    QVERIFY(report.customers().isEmpty());
    QCOMPARE(report.total().buckets, amounts({ 0, 0, 0, 0, 0 }));
    QCOMPARE(report.total().balance(), 0);
    QCOMPARE(csv(report, book.db().currency()),
        QByteArray("customer_ref,customer_name,current,1-30,31-60,61-90,91+,credit,balance\n"
                   ",TOTAL,0.00,0.00,0.00,0.00,0.00,0.00,0.00\n"));
    QVERIFY(!AgingReport::compute(book.db(), { QDate(), AgingBasis::DueDate, AgingBuckets() }));
}

void AgingReportTest::bucketEdges_data()
{
    QTest::addColumn<int>("daysPastDue");
    QTest::addColumn<int>("bucket");
    QTest::newRow("due in 5 days") << -5 << 0;
    QTest::newRow("due today") << 0 << 0;
    QTest::newRow("1 day") << 1 << 1;
    QTest::newRow("30 days") << 30 << 1;
    QTest::newRow("31 days") << 31 << 2;
    QTest::newRow("60 days") << 60 << 2;
    QTest::newRow("61 days") << 61 << 3;
    QTest::newRow("90 days") << 90 << 3;
    QTest::newRow("91 days") << 91 << 4;
    QTest::newRow("400 days") << 400 << 4;
}

void AgingReportTest::bucketEdges()
{
    QFETCH(int, daysPastDue);
    QFETCH(int, bucket);
    test::TestBook book;
    const qint64 c = book.customer(QStringLiteral("Ana"), QStringLiteral("A1"));
    // Issued 10 days before it is due, so the issue date is always on or before the as-of date.
    const QDate due = AsOf.addDays(-daysPastDue);
    const qint64 debt = book.sale(c, QStringLiteral("123.45"), due.addDays(-10), 10);
    const AgingReport report = age(book, AsOf);
    QCOMPARE(report.customers().size(), 1);
    QList<qint64> expected(5, 0);
    if (due.addDays(-10) <= AsOf)
        expected[bucket] = 12345;
    QCOMPARE(report.customers().first().buckets, expected);
    QCOMPARE(report.total().buckets, expected);
    QCOMPARE(AgingBuckets().bucketFor(daysPastDue), bucket);

    auto lines = AgingReport::debts(book.db(), { AsOf, AgingBasis::DueDate, AgingBuckets() });
    QVERIFY(lines);
    QCOMPARE(lines->size(), 1);
    QCOMPARE(lines->first().debtId, debt);
    QCOMPARE(lines->first().daysPastDue, qint64(daysPastDue));
    QCOMPARE(lines->first().bucket, bucket);
    QCOMPARE(lines->first().open, 12345);
}

void AgingReportTest::everyEdgeInOneCustomer()
{
    test::TestBook book;
    const qint64 c = book.customer(QStringLiteral("Ana"), QStringLiteral("A1"));
    // Terms 0: due the day it is issued; amounts in distinct powers so each lands visibly.
    const QList<std::pair<int, QString>> debts{ { 0, QStringLiteral("1.00") }, { 1, QStringLiteral("2.00") },
        { 30, QStringLiteral("4.00") }, { 31, QStringLiteral("8.00") }, { 60, QStringLiteral("16.00") },
        { 61, QStringLiteral("32.00") }, { 90, QStringLiteral("64.00") }, { 91, QStringLiteral("128.00") },
        { 365, QStringLiteral("256.00") } };
    for (const auto &[days, amount] : debts)
        book.sale(c, amount, AsOf.addDays(-days), 0);
    const AgingReport report = age(book, AsOf);
    QCOMPARE(report.customers().size(), 1);
    QCOMPARE(report.customers().first().buckets, amounts({ 100, 600, 2400, 9600, 38400 }));
    QCOMPARE(report.total().balance(), 51100);
    QCOMPARE(csv(report, book.db().currency()),
        QByteArray("customer_ref,customer_name,current,1-30,31-60,61-90,91+,credit,balance\n"
                   "A1,Ana,1.00,6.00,24.00,96.00,384.00,0.00,511.00\n"
                   ",TOTAL,1.00,6.00,24.00,96.00,384.00,0.00,511.00\n"));
}

void AgingReportTest::debtIssuedAfterTheDateIsLeftOut()
{
    test::TestBook book;
    const qint64 c = book.customer(QStringLiteral("Ana"), QStringLiteral("A1"));
    book.sale(c, QStringLiteral("10.00"), AsOf, 30);
    book.sale(c, QStringLiteral("20.00"), AsOf.addDays(1), 30);
    QCOMPARE(age(book, AsOf).total().buckets, amounts({ 1000, 0, 0, 0, 0 }));
    QCOMPARE(age(book, AsOf.addDays(1)).total().buckets, amounts({ 3000, 0, 0, 0, 0 }));
    QVERIFY(age(book, AsOf.addDays(-1)).customers().isEmpty());
}

void AgingReportTest::paymentTheDayAfterDoesNotCount()
{
    test::TestBook book;
    const qint64 c = book.customer(QStringLiteral("Ana"), QStringLiteral("A1"));
    book.sale(c, QStringLiteral("100.00"), QDate(2026, 1, 1), 30); // due 2026-01-31: 42 days on the 14th
    book.pay(c, QStringLiteral("40.00"), AsOf.addDays(1));
    QCOMPARE(age(book, AsOf).customers().first().buckets, amounts({ 0, 0, 10000, 0, 0 }));
    QCOMPARE(age(book, AsOf.addDays(1)).customers().first().buckets, amounts({ 0, 0, 6000, 0, 0 }));
    book.pay(c, QStringLiteral("60.00"), AsOf);
    QCOMPARE(age(book, AsOf).customers().first().buckets, amounts({ 0, 0, 4000, 0, 0 }));
    // Paid in full the day after: as of that day the customer drops out of the aging.
    QVERIFY(age(book, AsOf.addDays(1)).customers().isEmpty());
}

void AgingReportTest::paymentReversedBeforeAndAfterTheDate()
{
    test::TestBook book;
    const qint64 c = book.customer(QStringLiteral("Ana"), QStringLiteral("A1"));
    book.sale(c, QStringLiteral("100.00"), QDate(2026, 2, 1), 30); // due 2026-03-03
    const qint64 early = paymentEntry(book, c, QStringLiteral("30.00"), QDate(2026, 2, 10));
    const qint64 late = paymentEntry(book, c, QStringLiteral("20.00"), QDate(2026, 2, 20));
    QVERIFY(book.ledger().reverse(early, QStringLiteral("Cheque bounced"), QDate(2026, 3, 1)));
    QVERIFY(book.ledger().reverse(late, QStringLiteral("Wrong customer"), QDate(2026, 3, 20)));
    // Before the first reversal both payments count, after it only the second, after both none.
    QCOMPARE(age(book, QDate(2026, 2, 28)).total().buckets, amounts({ 5000, 0, 0, 0, 0 }));
    QCOMPARE(age(book, AsOf).total().buckets, amounts({ 0, 8000, 0, 0, 0 }));
    QCOMPARE(age(book, QDate(2026, 3, 20)).total().buckets, amounts({ 0, 10000, 0, 0, 0 }));
    QCOMPARE(age(book, AsOf).total().credit, 0);
}

void AgingReportTest::saleReversedBeforeAndAfterTheDate()
{
    test::TestBook book;
    const qint64 c = book.customer(QStringLiteral("Ana"), QStringLiteral("A1"));
    const qint64 kept = book.sale(c, QStringLiteral("10.00"), QDate(2026, 1, 1), 0);
    const qint64 returned = book.sale(c, QStringLiteral("90.00"), QDate(2026, 1, 5), 0);
    Q_UNUSED(kept)
    QVERIFY(book.ledger().reverse(chargeEntry(book, returned), QStringLiteral("Goods returned"), QDate(2026, 3, 10)));
    // 63 and 67 days past due on the 9th; the day after the return only the kept sale is left.
    QCOMPARE(age(book, QDate(2026, 3, 9)).total().buckets, amounts({ 0, 0, 0, 10000, 0 }));
    QCOMPARE(age(book, QDate(2026, 3, 10)).total().buckets, amounts({ 0, 0, 0, 1000, 0 }));
}

void AgingReportTest::creditIsShownApart()
{
    test::TestBook book;
    const qint64 c = book.customer(QStringLiteral("Ana"), QStringLiteral("A1"));
    book.sale(c, QStringLiteral("100.00"), QDate(2026, 1, 1), 30);
    // The owner chose to keep this payment as credit rather than settle the sale.
    PaymentInput input;
    input.customerId = c;
    input.amount = book.minor(QStringLiteral("60.00"));
    input.date = QDate(2026, 3, 1);
    input.allocation = QList<AllocationLine>();
    QVERIFY(book.ledger().recordPayment(input));
    const AgingReport report = age(book, AsOf);
    const AgingLine *line = row(report, QStringLiteral("A1"));
    QVERIFY(line);
    QCOMPARE(line->buckets, amounts({ 0, 0, 10000, 0, 0 }));
    QCOMPARE(line->credit, 6000);
    QCOMPARE(line->balance(), 4000);
    QCOMPARE(csv(report, book.db().currency()).split('\n').at(1),
        QByteArray("A1,Ana,0.00,0.00,100.00,0.00,0.00,60.00,40.00"));
    // Before the payment there is no credit at all.
    QCOMPARE(age(book, QDate(2026, 2, 28)).total().credit, 0);
}

void AgingReportTest::overpaymentLeavesOnlyCredit()
{
    test::TestBook book;
    const qint64 c = book.customer(QStringLiteral("Hana Ng"), QStringLiteral("R0001"));
    book.sale(c, QStringLiteral("100.00"), QDate(2026, 1, 1), 30);
    book.pay(c, QStringLiteral("336.97"), QDate(2026, 2, 1));
    const AgingReport report = age(book, AsOf);
    QCOMPARE(report.customers().size(), 1);
    QCOMPARE(report.customers().first().buckets, amounts({ 0, 0, 0, 0, 0 }));
    QCOMPARE(report.customers().first().credit, 23697);
    // A negative balance is a number, never formula-guarded.
    QCOMPARE(csv(report, book.db().currency()).split('\n').at(1),
        QByteArray("R0001,Hana Ng,0.00,0.00,0.00,0.00,0.00,236.97,-236.97"));
    // The credit goes to the next sale, effective the day it is issued.
    book.sale(c, QStringLiteral("300.00"), QDate(2026, 3, 1), 30);
    QCOMPARE(age(book, QDate(2026, 2, 28)).total().credit, 23697);
    const AgingReport after = age(book, AsOf);
    QCOMPARE(after.total().credit, 0);
    QCOMPARE(after.total().buckets, amounts({ 6303, 0, 0, 0, 0 }));
}

void AgingReportTest::byIssueDate()
{
    test::TestBook book;
    const qint64 c = book.customer(QStringLiteral("Ana"), QStringLiteral("A1"));
    book.sale(c, QStringLiteral("50.00"), AsOf.addDays(-40), 30); // 10 days past due, 40 since issue
    book.sale(c, QStringLiteral("70.00"), AsOf.addDays(-5), 30); // not due, 5 since issue
    QCOMPARE(age(book, AsOf, AgingBasis::DueDate).total().buckets, amounts({ 7000, 5000, 0, 0, 0 }));
    QCOMPARE(age(book, AsOf, AgingBasis::IssueDate).total().buckets, amounts({ 0, 7000, 5000, 0, 0 }));
    auto lines = AgingReport::debts(book.db(), { AsOf, AgingBasis::IssueDate, AgingBuckets() }, c);
    QVERIFY(lines);
    QCOMPARE(lines->size(), 2);
    QCOMPARE(lines->at(0).daysPastDue, 40);
    QCOMPARE(lines->at(1).daysPastDue, 5);
}

void AgingReportTest::customEdgesAndTheirHeaders()
{
    test::TestBook book;
    const qint64 c = book.customer(QStringLiteral("Ana"), QStringLiteral("A1"));
    for (int days : { 0, 15, 16, 45, 46, 120 })
        book.sale(c, QStringLiteral("1.00"), AsOf.addDays(-days), 0);
    auto buckets = AgingBuckets::fromEdges({ 15, 45, 90 });
    QVERIFY(buckets);
    QCOMPARE(buckets->keys(),
        QStringList({ QStringLiteral("current"), QStringLiteral("1-15"), QStringLiteral("16-45"),
            QStringLiteral("46-90"), QStringLiteral("91+") }));
    const AgingReport report = age(book, AsOf, AgingBasis::DueDate, buckets.value());
    QCOMPARE(report.total().buckets, amounts({ 100, 100, 200, 100, 100 }));
    QCOMPARE(csv(report, book.db().currency()),
        QByteArray("customer_ref,customer_name,current,1-15,16-45,46-90,91+,credit,balance\n"
                   "A1,Ana,1.00,1.00,2.00,1.00,1.00,0.00,6.00\n"
                   ",TOTAL,1.00,1.00,2.00,1.00,1.00,0.00,6.00\n"));
    // Two edges: four columns, the last one open-ended.
    auto two = AgingBuckets::fromEdges({ 7, 14 });
    QVERIFY(two);
    const AgingReport short_ = age(book, AsOf, AgingBasis::DueDate, two.value());
    QCOMPARE(short_.total().buckets, amounts({ 100, 0, 0, 500 }));
    QVERIFY(csv(short_, book.db().currency()).startsWith("customer_ref,customer_name,current,1-7,8-14,15+,credit,"));
}

void AgingReportTest::bucketParsing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("default") << QStringLiteral("30,60,90") << true;
    QTest::newRow("spaces") << QStringLiteral(" 15, 45 ,90") << true;
    QTest::newRow("one") << QStringLiteral("1") << true;
    QTest::newRow("not increasing") << QStringLiteral("30,30,90") << false;
    QTest::newRow("decreasing") << QStringLiteral("60,30") << false;
    QTest::newRow("zero") << QStringLiteral("0,30") << false;
    QTest::newRow("negative") << QStringLiteral("-5,30") << false;
    QTest::newRow("letters") << QStringLiteral("a,b") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("trailing comma") << QStringLiteral("30,") << false;
}

void AgingReportTest::bucketParsing()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    auto parsed = AgingBuckets::parse(text);
    QCOMPARE(parsed.ok(), valid);
    if (!valid)
        QVERIFY(!parsed.error().isEmpty());
}

void AgingReportTest::rowsSortedByRefWithAwkwardNames()
{
    test::TestBook book;
    const qint64 b = book.customer(QStringLiteral("=HYPERLINK(\"x\")"), QStringLiteral("B"));
    const qint64 a = book.customer(QStringLiteral("Émile Rossi, Jr."), QStringLiteral("A"));
    const qint64 z = book.customer(QStringLiteral("Nobody owes"), QStringLiteral("0"));
    const qint64 d = book.customer(QStringLiteral("-minus"), QStringLiteral("+D"));
    Q_UNUSED(z)
    book.sale(b, QStringLiteral("2.00"), AsOf, 0);
    book.sale(a, QStringLiteral("1.00"), AsOf, 0);
    book.sale(d, QStringLiteral("3.00"), AsOf, 0);
    const AgingReport report = age(book, AsOf);
    QCOMPARE(csv(report, book.db().currency()),
        QByteArray("customer_ref,customer_name,current,1-30,31-60,61-90,91+,credit,balance\n"
                   "'+D,'-minus,3.00,0.00,0.00,0.00,0.00,0.00,3.00\n"
                   "A,\"Émile Rossi, Jr.\",1.00,0.00,0.00,0.00,0.00,0.00,1.00\n"
                   "B,\"'=HYPERLINK(\"\"x\"\")\",2.00,0.00,0.00,0.00,0.00,0.00,2.00\n"
                   ",TOTAL,6.00,0.00,0.00,0.00,0.00,0.00,6.00\n"));
}

void AgingReportTest::queryUsesTheIndexes()
{
    test::TestBook book;
    const qint64 c = book.customer(QStringLiteral("Ana"), QStringLiteral("A1"));
    book.sale(c, QStringLiteral("1.00"), AsOf, 0);
    auto plan = [&book](AgingMethod method) {
        QSqlQuery query(book.db().connection());
        const QString sql = AgingReport::sql(SqlDialect(), { AsOf, AgingBasis::DueDate, AgingBuckets(), method });
        query.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql);
        query.bindValue(QStringLiteral(":as_of"), SqlDialect::date(AsOf));
        if (!query.exec())
            qFatal("%s", qPrintable(query.lastError().text()));
        QStringList details;
        while (query.next())
            details << query.value(3).toString();
        return details;
    };
    // Every read of entries goes through an index that covers it, never the table itself.
    for (AgingMethod method : { AgingMethod::SumToDate, AgingMethod::CurrentLessLater }) {
        const QStringList steps = plan(method);
        const QString text = steps.join(QLatin1Char('\n'));
        for (const QString &step : steps)
            if (step.contains(QLatin1String(" entries")) || step.contains(QLatin1String(" e ")))
                QVERIFY2(step.contains(QLatin1String("COVERING INDEX")), qPrintable(text));
        if (method == AgingMethod::SumToDate) {
            QVERIFY2(text.contains(QLatin1String("COVERING INDEX entries_debt (debt_id=? AND effective_date<?)")),
                qPrintable(text));
        } else {
            QVERIFY2(text.contains(QLatin1String("COVERING INDEX entries_effective_debt (effective_date>?)")),
                qPrintable(text));
            QVERIFY2(text.contains(QLatin1String("debts_open")), qPrintable(text));
        }
    }
}

void AgingReportTest::methodsAgree()
{
    test::TestBook book;
    const qint64 a = book.customer(QStringLiteral("Ana"), QStringLiteral("A1"));
    const qint64 b = book.customer(QStringLiteral("Bo"), QStringLiteral("B1"));
    book.sale(a, QStringLiteral("100.00"), QDate(2026, 1, 1), 30);
    book.sale(b, QStringLiteral("50.00"), QDate(2026, 2, 1), 0);
    book.pay(a, QStringLiteral("130.00"), QDate(2026, 2, 15));
    const qint64 later = book.pay(b, QStringLiteral("50.00"), QDate(2026, 3, 20)).paymentEntryId;
    QVERIFY(book.ledger().reverse(later, QStringLiteral("Bounced"), QDate(2026, 3, 25)));
    for (const QDate &date :
        { QDate(2025, 12, 31), QDate(2026, 1, 31), QDate(2026, 2, 15), AsOf, QDate(2026, 3, 20), QDate(2026, 3, 25) }) {
        const AgingReport sum = age(book, date, AgingBasis::DueDate, AgingBuckets(), AgingMethod::SumToDate);
        const AgingReport less = age(book, date, AgingBasis::DueDate, AgingBuckets(), AgingMethod::CurrentLessLater);
        QCOMPARE(csv(less, book.db().currency()), csv(sum, book.db().currency()));
    }
    QCOMPARE(age(book, AsOf).total().credit, 3000);
}

void AgingReportTest::randomBooksAgree()
{
    // Property: on any book and any date, the aging ties to the balances to the
    // cent, its rows sum to its total, and entries dated later do not change it.
    QRandomGenerator rng(20260314);
    const QDate start(2025, 1, 1);
    for (int bookNumber = 0; bookNumber < 300; ++bookNumber) {
        test::TestBook book;
        QVERIFY(book.db().begin());
        const int customers = rng.bounded(1, 5);
        QList<qint64> ids;
        for (int i = 0; i < customers; ++i)
            ids << book.customer(QStringLiteral("Customer %1").arg(i), QStringLiteral("C%1").arg(i));
        QList<qint64> payments;
        QList<qint64> charges;
        // Half the books are recorded in date order, half with entries backdated at random.
        const bool inOrder = rng.bounded(2) == 0;
        auto randomEntries = [&](const QDate &from, int days, int count) {
            QList<QDate> dates;
            for (int k = 0; k < count; ++k)
                dates << from.addDays(rng.bounded(days));
            if (inOrder)
                std::sort(dates.begin(), dates.end());
            for (const QDate &date : std::as_const(dates)) {
                const qint64 who = ids.at(rng.bounded(int(ids.size())));
                const int roll = rng.bounded(100);
                if (roll < 50) {
                    const qint64 debt = book.sale(
                        who, Money::toFileText(rng.bounded(1, 50000), book.db().currency()), date, rng.bounded(0, 120));
                    charges << chargeEntry(book, debt);
                } else if (roll < 85 || (payments.isEmpty() && charges.isEmpty())) {
                    payments << book.pay(who, Money::toFileText(rng.bounded(1, 40000), book.db().currency()), date)
                                    .paymentEntryId;
                } else {
                    QList<qint64> &pool
                        = (payments.isEmpty() || (!charges.isEmpty() && rng.bounded(2))) ? charges : payments;
                    const qint64 target = pool.takeAt(rng.bounded(int(pool.size())));
                    const auto entry = book.ledger().entry(target);
                    QVERIFY(entry);
                    const QDate when = inOrder ? date : entry->effectiveDate.addDays(rng.bounded(0, 30));
                    QVERIFY(book.ledger().reverse(target, QStringLiteral("Test"), when));
                }
            }
        };
        randomEntries(start, 400, rng.bounded(1, 25));
        if (QTest::currentTestFailed())
            return;
        QVERIFY(book.db().commit());
        const QDate asOf = start.addDays(rng.bounded(0, 460));
        AgingBuckets buckets;
        if (rng.bounded(4) == 0)
            buckets = AgingBuckets::fromEdges({ 7, 21, 45, 180 }).value();
        const AgingBasis basis = rng.bounded(3) == 0 ? AgingBasis::IssueDate : AgingBasis::DueDate;
        const AgingReport before = age(book, asOf, basis, buckets, AgingMethod::SumToDate);
        // Both ways of adding up give the same report, to the byte.
        QCOMPARE(csv(age(book, asOf, basis, buckets, AgingMethod::CurrentLessLater), book.db().currency()),
            csv(before, book.db().currency()));
        auto balances = BalanceReport::compute(book.db(), asOf);
        QVERIFY(balances);

        QCOMPARE(before.total().balance(), balances->total());
        AgingLine sum;
        sum.buckets = QList<qint64>(buckets.count(), 0);
        for (const AgingLine &line : before.customers()) {
            for (int i = 0; i < buckets.count(); ++i) {
                QVERIFY(!inOrder || line.buckets.at(i) >= 0);
                sum.buckets[i] += line.buckets.at(i);
            }
            QVERIFY(!inOrder || line.credit >= 0);
            sum.credit += line.credit;
            const auto it = std::find_if(balances->lines().cbegin(), balances->lines().cend(),
                [&line](const BalanceLine &b) { return b.customerId == line.customerId; });
            QVERIFY(it != balances->lines().cend());
            QCOMPARE(line.balance(), it->balance);
        }
        QCOMPARE(sum.buckets, before.total().buckets);
        QCOMPARE(sum.credit, before.total().credit);
        // Recorded day by day, as at a counter, the books must also verify. (Backdated
        // payments can leave a debt open below zero on a past day; the verifier reports that.)
        if (inOrder)
            QVERIFY2(LedgerVerifier(book.db()).run().ok(),
                qPrintable(LedgerVerifier(book.db()).run().problems.join(QLatin1Char('\n'))));

        // Later business: sales, payments and reversals all dated after the as-of date.
        QVERIFY(book.db().begin());
        payments.clear();
        charges.clear();
        randomEntries(asOf.addDays(1), 60, rng.bounded(1, 10));
        if (QTest::currentTestFailed())
            return;
        QVERIFY(book.db().commit());
        const AgingReport after = age(book, asOf, basis, buckets, AgingMethod::CurrentLessLater);
        QCOMPARE(csv(age(book, asOf, basis, buckets, AgingMethod::SumToDate), book.db().currency()),
            csv(after, book.db().currency()));
        QCOMPARE(after.customers().size(), before.customers().size());
        for (int i = 0; i < before.customers().size(); ++i) {
            QCOMPARE(after.customers().at(i).customerId, before.customers().at(i).customerId);
            QCOMPARE(after.customers().at(i).buckets, before.customers().at(i).buckets);
            QCOMPARE(after.customers().at(i).credit, before.customers().at(i).credit);
        }
        QCOMPARE(after.total().buckets, before.total().buckets);
        QCOMPARE(after.total().credit, before.total().credit);
    }
}

QTEST_GUILESS_MAIN(AgingReportTest)
#include "aging_report_test.moc"
