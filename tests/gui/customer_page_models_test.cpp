// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/display_text.h"
#include "models/open_items_model.h"
#include "models/timeline_model.h"
#include "support/test_book.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QFont>
#include <QTest>

using namespace recoup;

class CustomerPageModelsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void openItemsInAllocationOrder();
    void timelineRunsTheOpenBalance();
    void reversalsAreStruckThroughWithTheReason();
    void emptyModels();
};

void CustomerPageModelsTest::openItemsInAllocationOrder()
{
    test::TestBook book; // today 2026-03-14
    const qint64 id = book.customer(QStringLiteral("Baker St Deli"));
    book.sale(id, QStringLiteral("200.00"), QDate(2026, 2, 20), 30, QStringLiteral("S-1077"));
    book.sale(id, QStringLiteral("262.30"), QDate(2026, 1, 5), 30, QStringLiteral("S-1041"));
    book.sale(id, QStringLiteral("10.00"), QDate(2026, 1, 2), 0, QStringLiteral("S-1000"));
    book.pay(id, QStringLiteral("60.00"), QDate(2026, 2, 3)); // pays S-1000, 50.00 on S-1041
    OpenItemsModel model(book.ledger());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCustomer(id);

    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, OpenItemsModel::Ref).data().toString(), QStringLiteral("S-1041"));
    QCOMPARE(model.index(0, OpenItemsModel::Open).data().toString(), QStringLiteral("212.30"));
    QCOMPARE(model.index(0, OpenItemsModel::Amount).data().toString(), QStringLiteral("262.30"));
    QCOMPARE(model.index(0, OpenItemsModel::Late).data(OpenItemsModel::RawValueRole).toInt(), 38);
    QVERIFY(model.index(0, OpenItemsModel::Late).data().toString().contains(QStringLiteral("38")));
    QVERIFY(model.index(0, OpenItemsModel::Late).data().toString().contains(QLatin1Char('!')));
    QCOMPARE(model.index(0, OpenItemsModel::Open).data(Qt::ForegroundRole).value<QBrush>().color(),
        DisplayText::lateColor(38));
    QCOMPARE(model.index(1, OpenItemsModel::Ref).data().toString(), QStringLiteral("S-1077"));
    QVERIFY(model.index(1, OpenItemsModel::Late).data().toString().isEmpty());
    QVERIFY(!model.index(1, OpenItemsModel::Open).data(Qt::ForegroundRole).isValid());
    QCOMPARE(model.overdue(), book.minor(QStringLiteral("212.30")));
    QCOMPARE(model.oldestDaysPastDue(), 38);
    QCOMPARE(model.debtId(0), model.index(0, 0).data(OpenItemsModel::DebtIdRole).toLongLong());
    QCOMPARE(model.rowOf(model.debtId(1)), 1);

    book.pay(id, QStringLiteral("212.30"), QDate(2026, 3, 14));
    model.refresh();
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.overdue(), 0);
}

void CustomerPageModelsTest::timelineRunsTheOpenBalance()
{
    test::TestBook book;
    book.ledger().setUser(QStringLiteral("Ana"));
    const qint64 id = book.customer(QStringLiteral("Baker St Deli"));
    const qint64 debt = book.sale(id, QStringLiteral("262.30"), QDate(2026, 1, 5), 30, QStringLiteral("S-1041"));
    book.pay(id, QStringLiteral("50.00"), QDate(2026, 2, 3));
    TimelineModel model(book.ledger());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDebt(debt);

    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, TimelineModel::What).data().toString(), QStringLiteral("Sale S-1041"));
    QCOMPARE(model.index(0, TimelineModel::Amount).data().toString(), QStringLiteral("262.30"));
    QCOMPARE(model.index(0, TimelineModel::OpenAfter).data().toString(), QStringLiteral("262.30"));
    QCOMPARE(model.index(1, TimelineModel::What).data().toString(), QStringLiteral("Payment (Cash)"));
    QCOMPARE(model.index(1, TimelineModel::Amount).data().toString(), QStringLiteral("-50.00"));
    QCOMPARE(model.index(1, TimelineModel::OpenAfter).data().toString(), QStringLiteral("212.30"));
    QCOMPARE(model.index(1, TimelineModel::Date).data(TimelineModel::RawValueRole).toDate(), QDate(2026, 2, 3));
    QVERIFY(model.index(1, TimelineModel::Recorded).data().toString().startsWith(QStringLiteral("by Ana, ")));
    QVERIFY(model.isReversible(0));
    QVERIFY(model.isReversible(1));
    QVERIFY(!model.index(1, TimelineModel::What).data(Qt::FontRole).isValid());
}

void CustomerPageModelsTest::reversalsAreStruckThroughWithTheReason()
{
    test::TestBook book;
    const qint64 id = book.customer(QStringLiteral("Baker St Deli"));
    const qint64 debt = book.sale(id, QStringLiteral("100.00"), QDate(2026, 3, 1), 30, QStringLiteral("S-1"));
    const PaymentOutcome paid = book.pay(id, QStringLiteral("40.00"), QDate(2026, 3, 2));
    QVERIFY(book.ledger().reverse(paid.paymentEntryId, QStringLiteral("cheque bounced")).ok());
    TimelineModel model(book.ledger());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDebt(debt);

    QCOMPARE(model.rowCount(), 3);
    const QModelIndex payment = model.index(1, TimelineModel::What);
    QVERIFY(payment.data(Qt::FontRole).value<QFont>().strikeOut());
    QVERIFY(payment.data().toString().contains(QStringLiteral("cheque bounced")));
    QVERIFY(!model.isReversible(1));
    QCOMPARE(model.index(2, TimelineModel::What).data().toString(), QStringLiteral("Reversal: cheque bounced"));
    QCOMPARE(model.index(2, TimelineModel::Amount).data().toString(), QStringLiteral("40.00"));
    QCOMPARE(model.index(2, TimelineModel::OpenAfter).data().toString(), QStringLiteral("100.00"));
    QVERIFY(!model.isReversible(2));
    QVERIFY(!model.index(2, TimelineModel::What).data(Qt::FontRole).value<QFont>().strikeOut());
}

void CustomerPageModelsTest::emptyModels()
{
    test::TestBook book;
    OpenItemsModel items(book.ledger());
    TimelineModel timeline(book.ledger());
    QAbstractItemModelTester itemsTester(&items, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester timelineTester(&timeline, QAbstractItemModelTester::FailureReportingMode::QtTest);
    items.setCustomer(book.customer(QStringLiteral("Nobody owes")));
    timeline.setDebt(0);
    QCOMPARE(items.rowCount(), 0);
    QCOMPARE(timeline.rowCount(), 0);
    QCOMPARE(items.oldestDaysPastDue(), 0);
    QCOMPARE(timeline.entryId(0), 0);
}

QTEST_MAIN(CustomerPageModelsTest)
#include "customer_page_models_test.moc"
