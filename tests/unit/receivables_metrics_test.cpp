// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "aging/receivables_metrics.h"
#include "support/test_book.h"

#include <QTest>

using namespace recoup;
using recoup::test::TestBook;

class ReceivablesMetricsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countbackWorkedExample()
    {
        // Receivables 212,000 against monthly sales 100,000, 80,000 and 70,000 of
        // 30-day months: 30 + 30 + 32,000 / 70,000 x 30 = 73.71 days.
        const double dso = ReceivablesMetrics::countbackDso(212000, { { 100000, 30 }, { 80000, 30 }, { 70000, 30 } });
        QVERIFY(qAbs(dso - 73.714) < 0.001);
        QCOMPARE(ReceivablesMetrics::countbackDso(50000, { { 100000, 30 } }), 15.0);
        QCOMPARE(ReceivablesMetrics::countbackDso(0, { { 100000, 30 } }), 0.0);
        // A month without sales counts whole.
        QCOMPARE(ReceivablesMetrics::countbackDso(50000, { { 0, 31 }, { 100000, 30 } }), 46.0);
    }

    void simpleDso()
    {
        QCOMPARE(ReceivablesMetrics::simpleDso(212000, 250000, 90), 76.32);
        QCOMPARE(ReceivablesMetrics::simpleDso(5, 0, 90), 0.0);
    }

    void ceiWorkedExample()
    {
        // Beginning 200,000, sales 300,000, ending 250,000 of which 150,000 current:
        // (200 + 300 - 250) / (200 + 300 - 150) = 250 / 350 = 71.43 %.
        const auto cei = ReceivablesMetrics::cei(200000, 300000, 250000, 150000);
        QVERIFY(cei.has_value());
        QVERIFY(qAbs(*cei - 71.4286) < 0.001);
        QVERIFY(!ReceivablesMetrics::cei(0, 0, 0, 0).has_value());
        QCOMPARE(*ReceivablesMetrics::cei(100, 0, 0, 0), 100.0);
    }

    void dashboardAgreesWithTheLedger()
    {
        TestBook book(QStringLiteral("USD"), QDate(2026, 3, 31));
        const qint64 a = book.customer(QStringLiteral("Baker St Deli"));
        const qint64 b = book.customer(QStringLiteral("Chen Wu"));
        book.sale(a, QStringLiteral("1000.00"), QDate(2026, 1, 15), 30);
        book.sale(a, QStringLiteral("800.00"), QDate(2026, 2, 10), 30);
        const qint64 bad = book.sale(b, QStringLiteral("700.00"), QDate(2026, 3, 5), 30);
        book.pay(a, QStringLiteral("1000.00"), QDate(2026, 2, 20));
        const auto paid = book.pay(b, QStringLiteral("50.00"), QDate(2026, 3, 20));
        QVERIFY(book.ledger().reverse(paid.paymentEntryId, QStringLiteral("bounced"), QDate(2026, 3, 25)).ok());
        QVERIFY(book.ledger()
                    .reverse(book.ledger().debtTimeline(bad).value().first().id, QStringLiteral("wrong customer"),
                        QDate(2026, 3, 26))
                    .ok());
        book.sale(b, QStringLiteral("200.00"), QDate(2026, 3, 27), 30);

        auto d = ReceivablesMetrics::dashboard(book.db(), QDate(2026, 3, 31));
        QVERIFY2(d.ok(), qPrintable(d.error()));
        QCOMPARE(d->months.size(), 12);
        QCOMPARE(d->monthEnds.size(), 12);
        QCOMPARE(d->months.at(9).monthEnd, QDate(2026, 1, 31));
        QCOMPARE(d->months.at(9).sales, 100000);
        QCOMPARE(d->months.at(10).sales, 80000);
        QCOMPARE(d->months.at(10).collected, 100000);
        QCOMPARE(d->months.at(11).sales, 20000); // 700 sold, 700 reversed, 200 sold
        QCOMPARE(d->months.at(11).collected, 0); // 50 paid, 50 bounced
        QCOMPARE(d->monthEnds.at(10).open(), 80000); // February's end
        QCOMPARE(d->aging.total().balance(), book.ledger().customer(a)->balance + book.ledger().customer(b)->balance);
        // 1000 receivable: March's 200, then February's 800 whole = 31 + 29... days.
        QCOMPARE(d->countbackDso, 31.0 + 28.0);
        QCOMPARE(d->ceiFrom, QDate(2026, 3, 1));
        QCOMPARE(d->ceiTo, QDate(2026, 3, 31));
        // Begin 800 (Feb end), sales 200, end 1000 of which current 200 (due 04-26)
        // and 800 due 03-12: (800 + 200 - 1000) / (800 + 200 - 200) = 0 %.
        QVERIFY(d->cei.has_value());
        QCOMPARE(*d->cei, 0.0);
        QCOMPARE(d->biggestDebtors.size(), 2);
        QCOMPARE(d->biggestDebtors.first().customerId, a);
    }
};

QTEST_GUILESS_MAIN(ReceivablesMetricsTest)
#include "receivables_metrics_test.moc"
