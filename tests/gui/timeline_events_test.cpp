// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "collections/collections.h"
#include "models/timeline_model.h"
#include "support/test_book.h"

#include <QTest>

#include <algorithm>

using namespace recoup;

/// What is done about a debt lands on its timeline, among its entries, in date order.
class TimelineEventsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void everyKindOfEventInDateOrder()
    {
        test::TestBook book(QStringLiteral("USD"), QDate(2026, 3, 1));
        Collections c(book.ledger());
        const qint64 a = book.customer(QStringLiteral("Ana"), QStringLiteral("C1"));
        const qint64 other = book.sale(a, QStringLiteral("10.00"), QDate(2026, 1, 1), 30, QStringLiteral("S0"));
        const qint64 s1 = book.sale(a, QStringLiteral("100.00"), QDate(2026, 1, 20), 30, QStringLiteral("S1"));

        // 1 March: a reminder sent, a call about the account, a call about the other sale.
        const Worklist list = c.worklist(book.clock().today(), a).value();
        const auto reminder = std::find_if(list.tasks().cbegin(), list.tasks().cend(),
            [](const WorkTask &t) { return t.action == LadderAction::Reminder; });
        QVERIFY(reminder != list.tasks().cend());
        QVERIFY(c.markDone(*reminder).ok());
        QVERIFY(c.logContact({ a, 0, QDate(), QStringLiteral("10:15"), Channel::Phone, QString(),
                                 ContactOutcome::Promised, QStringLiteral("Pays on the 10th"), QDate(2026, 3, 11) })
                    .ok());
        QVERIFY(c.logContact({ a, other, QDate(), QString(), Channel::Sms, QString(), ContactOutcome::NoAnswer,
                                 QString(), QDate() })
                    .ok());
        PromiseInput p;
        p.customerId = a;
        p.amount = 5000;
        p.dueDate = QDate(2026, 3, 10);
        p.debtIds = { s1 };
        QVERIFY(c.recordPromise(p).ok());
        // 5 March: a payment; 6 March: a dispute, resolved for the customer on the 7th.
        book.clock().set(QDateTime(QDate(2026, 3, 5), QTime(12, 0), QTimeZone::utc()));
        book.pay(a, QStringLiteral("20.00"), QDate(2026, 3, 5), s1);
        book.clock().set(QDateTime(QDate(2026, 3, 6), QTime(12, 0), QTimeZone::utc()));
        const auto dispute = c.openDispute({ s1, 1000, QStringLiteral("One chair scratched"), QDate() });
        QVERIFY(dispute.ok());
        book.clock().set(QDateTime(QDate(2026, 3, 7), QTime(12, 0), QTimeZone::utc()));
        QVERIFY(c.resolveDispute({ dispute.value(), DisputeOutcome::ForCustomer, 1000, QDate(), QString() }).ok());

        TimelineModel model(book.ledger());
        model.setDebt(s1);
        QStringList rows;
        for (int row = 0; row < model.rowCount(); ++row)
            rows << model.index(row, TimelineModel::Date).data().toString() + QLatin1Char(' ')
                    + model.index(row, TimelineModel::What).data().toString() + QLatin1Char(' ')
                    + model.index(row, TimelineModel::OpenAfter).data().toString();
        QCOMPARE(rows,
            (QStringList{ QStringLiteral("1/20/2026 Sale S1 100.00"),
                QStringLiteral("3/1/2026 Phone: Promised to pay — Pays on the 10th; follow up on 3/11/2026 100.00"),
                QStringLiteral("3/1/2026 Promise to pay 50.00 by 3/10/2026 100.00"),
                QStringLiteral("3/1/2026 Done: Second reminder 100.00"),
                QStringLiteral("3/5/2026 Payment (Cash) 80.00"),
                QStringLiteral("3/6/2026 Dispute over 10.00: One chair scratched 80.00"),
                QStringLiteral("3/7/2026 Adjustment: Dispute 1 resolved for the customer: One chair scratched 70.00"),
                QStringLiteral("3/7/2026 Dispute resolved for the customer: 10.00 conceded 70.00") }));
        // Events are not entries: nothing to reverse, no amount.
        QCOMPARE(model.entryId(3), 0);
        QVERIFY(!model.isReversible(3));
        QVERIFY(model.index(3, TimelineModel::Amount).data().toString().isEmpty());
        // The SMS about the other sale is on that sale's timeline only.
        model.setDebt(other);
        bool sms = false;
        for (int row = 0; row < model.rowCount(); ++row)
            sms = sms || model.index(row, TimelineModel::What).data().toString().startsWith(QLatin1String("SMS"));
        QVERIFY(sms);
    }
};

QTEST_MAIN(TimelineEventsTest)
#include "timeline_events_test.moc"
