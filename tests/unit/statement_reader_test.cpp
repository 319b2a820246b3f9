// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "aging/statement_reader.h"
#include "support/test_book.h"

#include <QTest>

using namespace recoup;
using recoup::test::TestBook;

class StatementReaderTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        // Today is 2026-03-14; the statements are for February.
        m_book = std::make_unique<TestBook>();
        m_ana = m_book->customer(QStringLiteral("Ana Roux"), QStringLiteral("C1"));
        const qint64 s1 = m_book->sale(m_ana, QStringLiteral("100.00"), QDate(2026, 1, 5), 30, QStringLiteral("S1"));
        m_book->sale(m_ana, QStringLiteral("50.00"), QDate(2026, 2, 10), 30, QStringLiteral("S2"));
        m_book->pay(m_ana, QStringLiteral("40.00"), QDate(2026, 2, 20), s1);
        m_book->sale(m_ana, QStringLiteral("30.00"), QDate(2026, 3, 10), 30, QStringLiteral("S3"));
        m_bob = m_book->customer(QStringLiteral("Bob"), QStringLiteral("C2"));
        m_book->sale(m_bob, QStringLiteral("10.00"), QDate(2026, 1, 2), 10, QStringLiteral("B1"));
        m_book->pay(m_bob, QStringLiteral("10.00"), QDate(2026, 1, 20));
        m_cara = m_book->customer(QStringLiteral("Cara"), QStringLiteral("C3"));
        m_book->pay(m_cara, QStringLiteral("20.00"), QDate(2026, 2, 3));
    }

    void openItemsAreAgedToTheStatementsDate()
    {
        auto reader
            = StatementReader::prepare(m_book->db(), StatementKind::OpenItem, QDate(2026, 2, 1), QDate(2026, 2, 28));
        QVERIFY(reader);
        // Bob owes nothing; Cara is in credit, so she gets one too.
        QCOMPARE(reader->customersWithBalance(), QList<qint64>({ m_ana, m_cara }));
        auto st = reader->statement(m_ana);
        QVERIFY(st);
        QCOMPARE(st->items.size(), 2);
        QCOMPARE(st->items.at(0).ref, QStringLiteral("S1"));
        QCOMPARE(st->items.at(0).amount, 10000);
        QCOMPARE(st->items.at(0).open, 6000);
        QCOMPARE(st->items.at(0).daysPastDue, 24); // to February 28, not to today (38)
        QCOMPARE(st->items.at(1).ref, QStringLiteral("S2"));
        QVERIFY(st->items.at(1).daysPastDue <= 0);
        QCOMPARE(st->closing, 11000);
        QCOMPARE(st->amountDue(), 11000);
        QCOMPARE(st->buckets.value(0), 5000);
        QCOMPARE(st->buckets.value(1), 6000);
        QCOMPARE(st->pastDue(), 6000);
        QCOMPARE(st->reference(), QStringLiteral("C1/2026-02"));
        auto cara = reader->statement(m_cara);
        QCOMPARE(cara->closing, -2000);
        QCOMPARE(cara->credit, 2000);
        QCOMPARE(cara->amountDue(), 0);
    }

    void balanceForwardRunsFromTheOpeningBalance()
    {
        auto reader = StatementReader::prepare(
            m_book->db(), StatementKind::BalanceForward, QDate(2026, 2, 1), QDate(2026, 2, 28));
        auto st = reader->statement(m_ana);
        QVERIFY(st);
        QCOMPARE(st->opening, 10000);
        QCOMPARE(st->lines.size(), 2);
        QCOMPARE(st->lines.at(0).ref, QStringLiteral("S2"));
        QCOMPARE(st->lines.at(0).charge, 5000);
        QCOMPARE(st->lines.at(0).balance, 15000);
        QCOMPARE(st->lines.at(1).payment, 4000);
        QCOMPARE(st->lines.at(1).balance, 11000);
        QCOMPARE(st->closing, 11000);
        QCOMPARE(st->charges, 5000);
        QCOMPARE(st->payments, 4000);
        QVERIFY(st->items.isEmpty());
    }

    void activityShowsWhatEachPaymentPaidOff()
    {
        auto reader
            = StatementReader::prepare(m_book->db(), StatementKind::Activity, QDate(2026, 2, 1), QDate(2026, 2, 28));
        auto st = reader->statement(m_ana);
        QVERIFY(st);
        QCOMPARE(st->lines.size(), 3);
        QVERIFY(st->lines.at(2).allocation);
        QCOMPARE(st->lines.at(2).ref, QStringLiteral("S1"));
        QCOMPARE(st->lines.at(2).payment, 4000);
        // The allocation moves money, not the balance: the totals count the payment once.
        QCOMPARE(st->payments, 4000);
        QCOMPARE(st->closing, 11000);
    }

    void periodsAreMonths_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::newRow("month") << QStringLiteral("2026-02") << true;
        QTest::newRow("day") << QStringLiteral("2026-02-01") << false;
        QTest::newRow("month 13") << QStringLiteral("2026-13") << false;
        QTest::newRow("words") << QStringLiteral("February") << false;
    }

    void periodsAreMonths()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        auto period = StatementReader::parsePeriod(text);
        QCOMPARE(period.ok(), ok);
        if (ok) {
            QCOMPARE(period->first, QDate(2026, 2, 1));
            QCOMPARE(period->second, QDate(2026, 2, 28));
        } else {
            QVERIFY(period.error().contains(QStringLiteral("YYYY-MM")));
        }
        QVERIFY(!StatementReader::prepare(m_book->db(), StatementKind::OpenItem, QDate(2026, 3, 1), QDate(2026, 2, 1)));
    }

private:
    std::unique_ptr<TestBook> m_book;
    qint64 m_ana = 0;
    qint64 m_bob = 0;
    qint64 m_cara = 0;
};

QTEST_GUILESS_MAIN(StatementReaderTest)
#include "statement_reader_test.moc"
