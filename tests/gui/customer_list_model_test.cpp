// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/customer_directory.h"
#include "models/customer_list_model.h"
#include "models/display_text.h"
#include "support/test_book.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QTest>

using namespace recoup;

class CustomerListModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void fetchesInPages();
    void sortsThroughTheDirectory();
    void filters();
    void showsFiguresAlignedAndColoured();
    void refreshesKeepingSortAndFilter();
    void namesAreReturnedExactly();
};

void CustomerListModelTest::fetchesInPages()
{
    test::TestBook book;
    for (int i = 0; i < CustomerListModel::PageSize * 2 + 50; ++i)
        book.customer(QStringLiteral("Customer %1").arg(i, 4, 10, QLatin1Char('0')));
    CustomerDirectory directory(book.db(), book.clock());
    CustomerListModel model(book.ledger(), directory);
    // Only the first page is read until the view asks for more.
    QCOMPARE(model.rowCount(), CustomerListModel::PageSize);
    QVERIFY(model.canFetchMore(QModelIndex()));
    model.fetchMore(QModelIndex());
    QCOMPARE(model.rowCount(), CustomerListModel::PageSize * 2);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.matchCount(), CustomerListModel::PageSize * 2 + 50);
    while (model.canFetchMore(QModelIndex()))
        model.fetchMore(QModelIndex());
    QCOMPARE(model.rowCount(), CustomerListModel::PageSize * 2 + 50);
    QCOMPARE(model.index(0, CustomerListModel::Name).data().toString(), QStringLiteral("Customer 0000"));
    QCOMPARE(
        model.index(model.rowCount() - 1, CustomerListModel::Name).data().toString(), QStringLiteral("Customer 0449"));
    QCOMPARE(model.columnCount(), int(CustomerListModel::ColumnCount));
    QCOMPARE(model.headerData(CustomerListModel::LastPaid, Qt::Horizontal).toString(), QStringLiteral("Last paid"));
}

void CustomerListModelTest::sortsThroughTheDirectory()
{
    test::TestBook book;
    const qint64 a = book.customer(QStringLiteral("Alpha"));
    const qint64 b = book.customer(QStringLiteral("Bravo"));
    book.customer(QStringLiteral("Charlie"));
    book.sale(a, QStringLiteral("10.00"), QDate(2026, 3, 1));
    book.sale(b, QStringLiteral("99.00"), QDate(2026, 3, 1));
    CustomerDirectory directory(book.db(), book.clock());
    CustomerListModel model(book.ledger(), directory);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    model.sort(CustomerListModel::Balance, Qt::DescendingOrder);
    QCOMPARE(model.index(0, CustomerListModel::Name).data().toString(), QStringLiteral("Bravo"));
    QCOMPARE(model.index(1, CustomerListModel::Name).data().toString(), QStringLiteral("Alpha"));
    QCOMPARE(model.index(0, CustomerListModel::Balance).data(CustomerListModel::RawValueRole).toLongLong(), 9900);
    model.sort(CustomerListModel::Balance, Qt::AscendingOrder);
    QCOMPARE(model.index(0, CustomerListModel::Name).data().toString(), QStringLiteral("Charlie"));
    model.sort(CustomerListModel::Name, Qt::DescendingOrder);
    QCOMPARE(model.index(0, CustomerListModel::Name).data().toString(), QStringLiteral("Charlie"));
    QCOMPARE(model.index(2, CustomerListModel::Name).data().toString(), QStringLiteral("Alpha"));
}

void CustomerListModelTest::filters()
{
    test::TestBook book;
    book.customer(QStringLiteral("Baker St Deli"), QStringLiteral("D-1"));
    book.customer(QStringLiteral("Corner Hardware"), QStringLiteral("H-1"));
    CustomerDirectory directory(book.db(), book.clock());
    CustomerListModel model(book.ledger(), directory);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    model.setFilter(QStringLiteral("hard"));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.matchCount(), 1);
    QCOMPARE(model.bookCount(), 2);
    QCOMPARE(model.index(0, CustomerListModel::Name).data().toString(), QStringLiteral("Corner Hardware"));
    model.setFilter(QStringLiteral("zzz"));
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore(QModelIndex()));
    model.setFilter(QString());
    QCOMPARE(model.rowCount(), 2);
}

void CustomerListModelTest::showsFiguresAlignedAndColoured()
{
    test::TestBook book; // today 2026-03-14
    const qint64 late = book.customer(QStringLiteral("A late"));
    const qint64 slightly = book.customer(QStringLiteral("B slightly late"));
    const qint64 fine = book.customer(QStringLiteral("C on time"));
    book.sale(late, QStringLiteral("1234.50"), QDate(2026, 1, 1), 30); // 42 days
    book.sale(slightly, QStringLiteral("20.00"), QDate(2026, 2, 5), 30); // 7 days
    book.sale(fine, QStringLiteral("5.00"), QDate(2026, 3, 10), 30);
    book.pay(late, QStringLiteral("4.50"), QDate(2026, 2, 1));
    CustomerDirectory directory(book.db(), book.clock());
    CustomerListModel model(book.ledger(), directory);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    const auto cell
        = [&](int row, int column, int role = Qt::DisplayRole) { return model.index(row, column).data(role); };
    QCOMPARE(cell(0, CustomerListModel::Balance).toString(), QStringLiteral("1,230.00"));
    QCOMPARE(cell(0, CustomerListModel::Overdue).toString(), QStringLiteral("1,230.00"));
    QCOMPARE(cell(0, CustomerListModel::Days).toString(), QStringLiteral("42"));
    QCOMPARE(cell(0, CustomerListModel::LastPaid, CustomerListModel::RawValueRole).toDate(), QDate(2026, 2, 1));
    QVERIFY(!cell(0, CustomerListModel::LastPaid).toString().isEmpty());
    QCOMPARE(cell(0, CustomerListModel::Balance, Qt::TextAlignmentRole).toInt() & Qt::AlignRight, int(Qt::AlignRight));
    QCOMPARE(cell(0, CustomerListModel::Name, Qt::TextAlignmentRole).toInt() & Qt::AlignRight, 0);

    // Red past 30 days, amber before, nothing when not late; the number is there either way.
    QCOMPARE(cell(0, CustomerListModel::Days, Qt::ForegroundRole).value<QBrush>().color(), DisplayText::lateColor(42));
    QCOMPARE(
        cell(1, CustomerListModel::Overdue, Qt::ForegroundRole).value<QBrush>().color(), DisplayText::lateColor(7));
    QVERIFY(DisplayText::lateColor(42) != DisplayText::lateColor(7));
    QCOMPARE(cell(1, CustomerListModel::Days).toString(), QStringLiteral("7"));
    QVERIFY(!cell(2, CustomerListModel::Overdue, Qt::ForegroundRole).isValid());
    QCOMPARE(cell(2, CustomerListModel::Days, CustomerListModel::RawValueRole).toInt(), 0);
    QCOMPARE(cell(2, CustomerListModel::Balance).toString(), QStringLiteral("5.00"));
}

void CustomerListModelTest::refreshesKeepingSortAndFilter()
{
    test::TestBook book;
    const qint64 a = book.customer(QStringLiteral("Shop A"));
    const qint64 b = book.customer(QStringLiteral("Shop B"));
    book.customer(QStringLiteral("Other"));
    book.sale(a, QStringLiteral("50.00"), QDate(2026, 3, 1));
    book.sale(b, QStringLiteral("10.00"), QDate(2026, 3, 1));
    CustomerDirectory directory(book.db(), book.clock());
    CustomerListModel model(book.ledger(), directory);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilter(QStringLiteral("shop"));
    model.sort(CustomerListModel::Balance, Qt::DescendingOrder);
    QCOMPARE(model.index(0, CustomerListModel::Name).data().toString(), QStringLiteral("Shop A"));

    // B buys more: the list re-sorts itself, still filtered.
    book.sale(b, QStringLiteral("100.00"), QDate(2026, 3, 2));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, CustomerListModel::Name).data().toString(), QStringLiteral("Shop B"));
    QCOMPARE(model.index(0, CustomerListModel::Balance).data().toString(), QStringLiteral("110.00"));

    book.customer(QStringLiteral("Shop C"));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.bookCount(), 4);
}

void CustomerListModelTest::namesAreReturnedExactly()
{
    test::TestBook book;
    const QString html = QStringLiteral("<b>Bold</b> & Co");
    const QString rtl = QStringLiteral("مخبز الأمل, \"Quoted\"");
    book.customer(html, QStringLiteral("<i>R</i>"));
    book.customer(rtl);
    CustomerDirectory directory(book.db(), book.clock());
    CustomerListModel model(book.ledger(), directory);
    QCOMPARE(model.index(0, CustomerListModel::Name).data().toString(), html);
    QCOMPARE(model.index(1, CustomerListModel::Name).data().toString(), rtl);
    // The tooltip is explicit markup with the ref escaped, so "<i>" shows as typed.
    QCOMPARE(model.index(0, CustomerListModel::Name).data(Qt::ToolTipRole).toString(),
        QStringLiteral("<p>Ref. &lt;i&gt;R&lt;/i&gt;</p>"));
}

QTEST_MAIN(CustomerListModelTest)
#include "customer_list_model_test.moc"
