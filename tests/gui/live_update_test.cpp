// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The window follows the books without resetting its tables: a payment updates
// the rows it changed, and the user's selection, sort, filter and scroll stay.
#include "main_window.h"
#include "models/aging_table_model.h"
#include "models/customer_list_model.h"
#include "models/open_items_model.h"
#include "models/timeline_model.h"
#include "pages/aging_page.h"
#include "pages/customer_page.h"
#include "pages/customers_page.h"
#include "support/test_book.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace recoup;
using recoup::test::TestBook;

class LiveUpdateTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void customerListUpdatesTheRowInPlace();
    void newCustomerIsInsertedNotReset();
    void customerPageUpdatesItsRows();
    void agingTableUpdatesItsRows();
    void largeChangeResets();

private:
    /// 120 shops "Shop 000" to "Shop 119", each owing 10.00 plus its number.
    static QList<qint64> fill(TestBook &book)
    {
        QList<qint64> ids;
        for (int i = 0; i < 120; ++i) {
            const qint64 id = book.customer(QStringLiteral("Shop %1").arg(i, 3, 10, QLatin1Char('0')));
            book.sale(id, QStringLiteral("%1.00").arg(10 + i), QDate(2026, 2, 1), 30);
            ids.append(id);
        }
        return ids;
    }
    static qint64 balanceShown(CustomerListModel *model, qint64 customerId)
    {
        const int row = model->rowOf(customerId);
        return row < 0
            ? -1
            : model->index(row, CustomerListModel::Balance).data(CustomerListModel::RawValueRole).toLongLong();
    }
};

void LiveUpdateTest::customerListUpdatesTheRowInPlace()
{
    TestBook book;
    const QList<qint64> ids = fill(book);
    MainWindow window(book.ledger());
    window.resize(1000, 500);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    CustomersPage *page = window.customersPage();
    CustomerListModel *model = page->model();
    QTableView *table = page->table();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    // The user filters to "Shop 0" (100 shops), sorts by balance, largest first,
    // scrolls down and picks Shop 050 (60.00).
    page->searchField()->setText(QStringLiteral("Shop 0"));
    table->sortByColumn(CustomerListModel::Balance, Qt::DescendingOrder);
    QCOMPARE(model->rowCount(), 100);
    const qint64 picked = ids.at(50);
    table->scrollTo(model->index(model->rowOf(picked), 0), QAbstractItemView::PositionAtTop);
    table->setCurrentIndex(model->index(model->rowOf(picked), CustomerListModel::Name));
    const int scroll = table->verticalScrollBar()->value();
    QVERIFY(scroll > 0);
    QCOMPARE(balanceShown(model, picked), 6000);

    QSignalSpy resets(model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    // Another customer pays part: their row changes and moves down the sort.
    book.pay(ids.at(70), QStringLiteral("75.00"), QDate(2026, 3, 10));
    QCOMPARE(balanceShown(model, ids.at(70)), 500);
    QCOMPARE(model->rowOf(ids.at(70)), 99); // now the smallest balance
    // The picked customer pays 4.50: a new balance, a few rows further down.
    book.pay(picked, QStringLiteral("4.50"), QDate(2026, 3, 10));
    QCOMPARE(balanceShown(model, picked), 5550);
    QCOMPARE(table->currentIndex().data(CustomerListModel::CustomerIdRole).toLongLong(), picked);
    QCOMPARE(page->currentCustomerId(), picked);
    QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(
        table->selectionModel()->selectedRows().first().data(CustomerListModel::CustomerIdRole).toLongLong(), picked);
    QCOMPARE(table->verticalScrollBar()->value(), scroll);
    QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), int(CustomerListModel::Balance));
    QCOMPARE(table->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
    QCOMPARE(page->searchField()->text(), QStringLiteral("Shop 0"));
    QCOMPARE(model->rowCount(), 100);
    QCOMPARE(resets.size(), 0);
    QVERIFY(changed.size() >= 2);
    // The status bar follows too.
    QVERIFY2(window.totalsLabel()->text().contains(QStringLiteral("Total receivable 8,260.50")),
        qPrintable(window.totalsLabel()->text()));
}

void LiveUpdateTest::newCustomerIsInsertedNotReset()
{
    TestBook book;
    const QList<qint64> ids = fill(book);
    MainWindow window(book.ledger());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    CustomersPage *page = window.customersPage();
    CustomerListModel *model = page->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    page->table()->setCurrentIndex(model->index(model->rowOf(ids.at(3)), CustomerListModel::Name));

    QSignalSpy resets(model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
    const qint64 added = book.customer(QStringLiteral("Shop 001½"));
    QCOMPARE(resets.size(), 0);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model->rowOf(added), 2);
    QCOMPARE(page->currentCustomerId(), ids.at(3));
    QCOMPARE(page->countLabel()->text(), QStringLiteral("121 customers"));
}

void LiveUpdateTest::customerPageUpdatesItsRows()
{
    TestBook book;
    const qint64 id = book.customer(QStringLiteral("Baker St Deli"));
    const qint64 first = book.sale(id, QStringLiteral("100.00"), QDate(2026, 1, 5), 30);
    const qint64 second = book.sale(id, QStringLiteral("200.00"), QDate(2026, 2, 20), 30);
    const qint64 third = book.sale(id, QStringLiteral("300.00"), QDate(2026, 3, 1), 30);
    MainWindow window(book.ledger());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showCustomer(id);
    CustomerPage *page = window.customerPage();
    auto *items = qobject_cast<OpenItemsModel *>(page->openItemsView()->model());
    auto *timeline = qobject_cast<TimelineModel *>(page->timelineView()->model());
    QVERIFY(items && timeline);
    QAbstractItemModelTester itemsTester(items, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester timelineTester(timeline, QAbstractItemModelTester::FailureReportingMode::QtTest);
    page->selectOpenItem(items->rowOf(second));
    QCOMPARE(timeline->debtId(), second);

    QSignalSpy itemResets(items, &QAbstractItemModel::modelReset);
    QSignalSpy timelineResets(timeline, &QAbstractItemModel::modelReset);
    QSignalSpy timelineInserts(timeline, &QAbstractItemModel::rowsInserted);
    // 150.00 pays the first sale off (its row goes) and 50.00 of the second.
    book.pay(id, QStringLiteral("150.00"), QDate(2026, 3, 10));
    QCOMPARE(items->rowCount(), 2);
    QCOMPARE(items->rowOf(first), -1);
    QCOMPARE(items->index(items->rowOf(second), OpenItemsModel::Open).data(OpenItemsModel::RawValueRole).toLongLong(),
        15000);
    QCOMPARE(items->rowOf(third), 1);
    QCOMPARE(page->openItemsView()->currentIndex().data(OpenItemsModel::DebtIdRole).toLongLong(), second);
    QCOMPARE(timeline->debtId(), second);
    QCOMPARE(timeline->rowCount(), 2); // the sale and the payment on it
    QCOMPARE(itemResets.size(), 0);
    QCOMPARE(timelineResets.size(), 0);
    QCOMPARE(timelineInserts.size(), 1);
    QCOMPARE(page->balanceLabel()->text(), QStringLiteral("450.00"));
}

void LiveUpdateTest::agingTableUpdatesItsRows()
{
    TestBook book;
    const QList<qint64> ids = fill(book);
    AgingPage page(book.ledger());
    page.resize(1200, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_VERIFY(!page.isBusy());
    AgingTableModel *model = page.tableModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTableView *table = page.table();
    table->sortByColumn(model->balanceColumn(), Qt::DescendingOrder);
    const auto rowOf = [&](qint64 customerId) {
        for (int row = 0; row < table->model()->rowCount(); ++row)
            if (table->model()->index(row, 0).data(AgingTableModel::CustomerIdRole).toLongLong() == customerId)
                return row;
        return -1;
    };
    table->setCurrentIndex(table->model()->index(rowOf(ids.at(60)), 1));
    QCOMPARE(rowOf(ids.at(60)), 59);

    QSignalSpy resets(model, &QAbstractItemModel::modelReset);
    QSignalSpy refreshed(&page, &AgingPage::refreshed);
    book.pay(ids.at(110), QStringLiteral("119.00"), QDate(2026, 3, 10)); // 1.00 left: last in the sort
    QTRY_COMPARE(refreshed.size(), 1);
    QCOMPARE(resets.size(), 0);
    QCOMPARE(rowOf(ids.at(110)), 119);
    QCOMPARE(table->model()
                 ->index(rowOf(ids.at(110)), model->balanceColumn())
                 .data(AgingTableModel::RawValueRole)
                 .toLongLong(),
        100);
    QCOMPARE(table->currentIndex().data(AgingTableModel::CustomerIdRole).toLongLong(), ids.at(60));
    QCOMPARE(rowOf(ids.at(60)), 58);
    // The totals row stays last.
    QVERIFY(table->model()->index(table->model()->rowCount() - 1, 0).data(AgingTableModel::IsTotalRole).toBool());
}

void LiveUpdateTest::largeChangeResets()
{
    TestBook book;
    const QList<qint64> ids = fill(book);
    QSignalSpy noticed(&book.ledger(), &Ledger::changed);
    MainWindow window(book.ledger());
    CustomerListModel *model = window.customersPage()->model();
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);
    // A notice naming more customers than is worth patching (an import) resets.
    ChangeSet many;
    for (int i = 0; i <= KeyedTableModel::LargeChange; ++i)
        many.customers.insert(i + 1);
    book.ledger().announce(many);
    QCOMPARE(resets.size(), 1);
    ChangeSet import;
    import.everything = true;
    book.ledger().announce(import);
    QCOMPARE(resets.size(), 2);
    QCOMPARE(model->rowCount(), int(ids.size()));
}

QTEST_MAIN(LiveUpdateTest)
#include "live_update_test.moc"
