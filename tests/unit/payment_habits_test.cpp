// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "collections/collections.h"
#include "collections/payment_habits.h"
#include "support/test_book.h"

#include <QTest>

using namespace recoup;
using recoup::test::TestBook;

class PaymentHabitsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void averageDaysLateAndPromisesKept()
    {
        TestBook book;
        const qint64 c = book.customer(QStringLiteral("Ana Ruiz"));
        const qint64 other = book.customer(QStringLiteral("Bo"));
        book.sale(c, QStringLiteral("100.00"), QDate(2026, 1, 1), 10, QStringLiteral("S1")); // due Jan 11
        book.sale(c, QStringLiteral("50.00"), QDate(2026, 1, 5), 30, QStringLiteral("S2")); // due Feb 4
        book.sale(c, QStringLiteral("70.00"), QDate(2026, 3, 1), 30, QStringLiteral("S3")); // open
        book.sale(other, QStringLiteral("10.00"), QDate(2025, 1, 1), 0); // another customer's, paid very late
        book.pay(other, QStringLiteral("10.00"), QDate(2026, 3, 1));

        // Nothing paid yet: no average, no promise decided.
        auto none = PaymentHabits::read(book.db(), c, book.clock().today(), 3);
        QVERIFY2(none, qPrintable(none.error()));
        QCOMPARE(none->paidItems, 0);
        QCOMPARE(none->keptRate(), -1);

        Collections collections(book.ledger());
        PromiseInput kept;
        kept.customerId = c;
        kept.amount = book.minor(QStringLiteral("100.00"));
        kept.promisedOn = QDate(2026, 1, 15);
        kept.dueDate = QDate(2026, 1, 20);
        QVERIFY(collections.recordPromise(kept));
        // S1 paid 9 days late (Jan 20), in part towards the promise; S2 paid 6 days early (Jan 29).
        book.pay(c, QStringLiteral("100.00"), QDate(2026, 1, 20));
        book.pay(c, QStringLiteral("50.00"), QDate(2026, 1, 29));
        PromiseInput broken;
        broken.customerId = c;
        broken.amount = book.minor(QStringLiteral("70.00"));
        broken.promisedOn = QDate(2026, 3, 1);
        broken.dueDate = QDate(2026, 3, 5);
        QVERIFY(collections.recordPromise(broken));

        auto habits = PaymentHabits::read(book.db(), c, book.clock().today(), 3);
        QVERIFY2(habits, qPrintable(habits.error()));
        QCOMPARE(habits->paidItems, 2);
        QCOMPARE(habits->averageDaysLate, 5); // (9 + 0) / 2, rounded half up
        QCOMPARE(habits->promisesKept, 1);
        QCOMPARE(habits->promisesBroken, 1);
        QCOMPARE(habits->keptRate(), 50);

        // As of a day before the second payment, only S1 counts.
        habits = PaymentHabits::read(book.db(), c, QDate(2026, 1, 25), 3);
        QVERIFY(habits);
        QCOMPARE(habits->paidItems, 1);
        QCOMPARE(habits->averageDaysLate, 9);
    }
};

QTEST_MAIN(PaymentHabitsTest)
#include "payment_habits_test.moc"
