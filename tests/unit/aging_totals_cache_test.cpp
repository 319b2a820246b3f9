// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "aging/aging_totals_cache.h"
#include "aging/receivables_metrics.h"
#include "core/money.h"
#include "support/test_book.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>

using namespace recoup;

namespace {

// The aging's total as of a date, aged from the entries with nothing cached.
AgingLine fresh(test::TestBook &book, const QDate &date, const AgingOptions &options)
{
    AgingOptions at = options;
    at.asOf = date;
    auto report = AgingReport::compute(book.db(), at);
    if (!report)
        qFatal("%s", qPrintable(report.error()));
    return report->total();
}

QList<QDate> monthEnds(const QDate &last)
{
    QList<QDate> dates;
    for (int i = 11; i >= 0; --i)
        dates << ReceivablesMetrics::monthEnd(last.addMonths(-i));
    return dates;
}

qint64 cachedRows(test::TestBook &book)
{
    QSqlQuery query(book.db().connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM aging_totals_cache")) || !query.next())
        qFatal("cannot count the cache");
    return query.value(0).toLongLong();
}

// Random sales, payments and reversals between from and from + days, in any order.
void record(
    test::TestBook &book, QRandomGenerator &rng, const QList<qint64> &customers, const QDate &from, int days, int count)
{
    for (int k = 0; k < count; ++k) {
        const QDate date = from.addDays(rng.bounded(days));
        const qint64 who = customers.at(rng.bounded(int(customers.size())));
        const int roll = rng.bounded(100);
        if (roll < 50) {
            book.sale(who, Money::toFileText(rng.bounded(1, 50000), book.db().currency()), date, rng.bounded(0, 120));
        } else if (roll < 90) {
            book.pay(who, Money::toFileText(rng.bounded(1, 40000), book.db().currency()), date);
        } else {
            const qint64 payment
                = book.pay(who, Money::toFileText(rng.bounded(1, 9000), book.db().currency()), date).paymentEntryId;
            QVERIFY(book.ledger().reverse(payment, QStringLiteral("Bounced"), date.addDays(rng.bounded(0, 40))));
        }
    }
}

} // namespace

class AgingTotalsCacheTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void randomBooksAgreeWithSingleAgings();
    void aBackdatedEntryIsSeen();
    void verifyFindsAWrongTotal();
    void insideATransactionNothingIsStored();
};

void AgingTotalsCacheTest::randomBooksAgreeWithSingleAgings()
{
    // Property: on any book, the cached totals at the 12 month-ends equal a
    // single aging as of each, to the cent: computed, read back from the cache,
    // and after more entries (backdated or not) are recorded.
    QRandomGenerator rng(20261206);
    const QDate start(2025, 1, 1);
    for (int bookNumber = 0; bookNumber < 40; ++bookNumber) {
        test::TestBook book;
        QList<qint64> customers;
        for (int i = 0, n = rng.bounded(1, 6); i < n; ++i)
            customers << book.customer(QStringLiteral("Customer %1").arg(i), QStringLiteral("C%1").arg(i));
        record(book, rng, customers, start, 500, rng.bounded(5, 40));
        if (QTest::currentTestFailed())
            return;
        AgingOptions options;
        if (rng.bounded(3) == 0)
            options.basis = AgingBasis::IssueDate;
        if (rng.bounded(3) == 0)
            options.buckets = AgingBuckets::fromEdges({ 7, 21, 45, 180 }).value();
        const QList<QDate> dates = monthEnds(start.addDays(rng.bounded(60, 520)));

        for (int round = 0; round < 3; ++round) {
            auto totals = AgingTotalsCache::totals(book.db(), dates, options);
            QVERIFY2(totals, qPrintable(totals.error()));
            QCOMPARE(totals->size(), dates.size());
            for (int i = 0; i < dates.size(); ++i) {
                const AgingLine expected = fresh(book, dates.at(i), options);
                QVERIFY2(totals->at(i).buckets == expected.buckets && totals->at(i).credit == expected.credit,
                    qPrintable(QStringLiteral("book %1, round %2, as of %3")
                                   .arg(bookNumber)
                                   .arg(round)
                                   .arg(dates.at(i).toString(Qt::ISODate))));
            }
            QVERIFY(cachedRows(book) > 0);
            auto problems = AgingTotalsCache::verify(book.db());
            QVERIFY2(problems && problems->isEmpty(), qPrintable(problems ? problems->join(u'\n') : problems.error()));
            // Round 1 reads what round 0 stored; before round 2, more entries anywhere in time.
            if (round == 1)
                record(book, rng, customers, start, 520, rng.bounded(1, 8));
        }
    }
}

void AgingTotalsCacheTest::aBackdatedEntryIsSeen()
{
    test::TestBook book; // today 2026-03-14
    const qint64 c = book.customer(QStringLiteral("Ana"), QStringLiteral("A1"));
    book.sale(c, QStringLiteral("100.00"), QDate(2025, 12, 1), 30);
    const QList<QDate> dates{ QDate(2025, 12, 31), QDate(2026, 1, 31), QDate(2026, 2, 28) };
    auto before = AgingTotalsCache::totals(book.db(), dates, AgingOptions());
    QVERIFY(before);
    QCOMPARE(before->at(1).open(), 10000);
    // Recorded today, effective on 15 January: the January and February totals change, December's does not.
    book.pay(c, QStringLiteral("40.00"), QDate(2026, 1, 15));
    auto after = AgingTotalsCache::totals(book.db(), dates, AgingOptions());
    QVERIFY(after);
    QCOMPARE(after->at(0).open(), 10000);
    QCOMPARE(after->at(1).open(), 6000);
    QCOMPARE(after->at(2).open(), 6000);
    // A payment effective after the last date changes none of them.
    book.pay(c, QStringLiteral("10.00"), QDate(2026, 3, 10));
    auto later = AgingTotalsCache::totals(book.db(), dates, AgingOptions());
    QVERIFY(later);
    QCOMPARE(later->at(2).open(), 6000);
}

void AgingTotalsCacheTest::verifyFindsAWrongTotal()
{
    test::TestBook book;
    const qint64 c = book.customer(QStringLiteral("Ana"), QStringLiteral("A1"));
    book.sale(c, QStringLiteral("100.00"), QDate(2025, 12, 1), 30);
    QVERIFY(AgingTotalsCache::totals(book.db(), { QDate(2026, 1, 31) }, AgingOptions()));
    auto clean = AgingTotalsCache::verify(book.db());
    QVERIFY(clean && clean->isEmpty());
    QSqlQuery query(book.db().connection());
    QVERIFY(query.exec(QStringLiteral("UPDATE aging_totals_cache SET amount = amount + 1 WHERE bucket = 1")));
    auto problems = AgingTotalsCache::verify(book.db());
    QVERIFY(problems);
    QCOMPARE(problems->size(), 1);
    QVERIFY2(problems->first().contains(QStringLiteral("2026-01-31")), qPrintable(problems->first()));
    // Cleared, the cache is computed again and agrees.
    QVERIFY(AgingTotalsCache::clear(book.db()));
    auto again = AgingTotalsCache::totals(book.db(), { QDate(2026, 1, 31) }, AgingOptions());
    QVERIFY(again);
    QCOMPARE(again->first().buckets.value(2), 10000); // 31 days past due
}

void AgingTotalsCacheTest::insideATransactionNothingIsStored()
{
    // The caller's transaction may still roll back: the cache stays out of it.
    test::TestBook book;
    const qint64 c = book.customer(QStringLiteral("Ana"), QStringLiteral("A1"));
    book.sale(c, QStringLiteral("100.00"), QDate(2025, 12, 1), 30);
    QVERIFY(book.db().begin());
    auto totals = AgingTotalsCache::totals(book.db(), { QDate(2026, 1, 31) }, AgingOptions());
    QVERIFY(totals);
    QCOMPARE(totals->first().open(), 10000);
    book.db().rollback();
    QCOMPARE(cachedRows(book), 0);
}

QTEST_GUILESS_MAIN(AgingTotalsCacheTest)
#include "aging_totals_cache_test.moc"
