// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Two Recoup processes on one book: the window of one shows, within a second
// or so, a payment that another program records in the same book.
#include "main_window.h"
#include "models/customer_list_model.h"
#include "models/open_items_model.h"
#include "pages/customer_page.h"
#include "pages/customers_page.h"
#include "support/test_book.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QProcess>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace recoup;
using recoup::test::TestBook;

class SecondProcessTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void listAndStatusBarShowAPaymentMadeElsewhere();
    void openCustomerPageShowsIt();

private:
    /// Records a payment in the book from another process (tests/tools/recoup_pay.cpp).
    static void payFromAnotherProcess(const TestBook &book, const QString &ref, qint64 amount)
    {
        const QString program = qEnvironmentVariable("RECOUP_PAY");
        QVERIFY2(!program.isEmpty(), "RECOUP_PAY names the recoup-pay tool");
        QProcess pay;
        pay.start(program, { book.path(), ref, QString::number(amount), QStringLiteral("2026-03-10") });
        QVERIFY2(pay.waitForFinished(60000), "recoup-pay did not finish");
        QVERIFY2(
            pay.exitStatus() == QProcess::NormalExit && pay.exitCode() == 0, pay.readAllStandardError().constData());
    }
    static qint64 balanceShown(CustomerListModel *model, qint64 customerId)
    {
        const int row = model->rowOf(customerId);
        return row < 0
            ? -1
            : model->index(row, CustomerListModel::Balance).data(CustomerListModel::RawValueRole).toLongLong();
    }
};

void SecondProcessTest::listAndStatusBarShowAPaymentMadeElsewhere()
{
    TestBook book;
    const qint64 deli = book.customer(QStringLiteral("Baker St Deli"), QStringLiteral("D-1"));
    const qint64 shop = book.customer(QStringLiteral("Corner Hardware"), QStringLiteral("H-1"));
    book.sale(deli, QStringLiteral("412.30"), QDate(2026, 1, 5), 30);
    book.sale(shop, QStringLiteral("100.00"), QDate(2026, 3, 1), 30);
    MainWindow window(book.ledger());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    CustomersPage *page = window.customersPage();
    CustomerListModel *model = page->model();
    page->table()->setCurrentIndex(model->index(model->rowOf(shop), CustomerListModel::Name));
    QCOMPARE(balanceShown(model, deli), 41230);
    QVERIFY(window.totalsLabel()->text().startsWith(QStringLiteral("Total receivable 512.30")));
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);

    payFromAnotherProcess(book, QStringLiteral("D-1"), 25000);
    QElapsedTimer noticed;
    noticed.start();
    QTRY_COMPARE_WITH_TIMEOUT(balanceShown(model, deli), 16230, 5000);
    // Reported, never asserted: the window looks twice a second.
    qInfo("shown %lld ms after the other process finished", noticed.elapsed());
    QTRY_VERIFY2_WITH_TIMEOUT(window.totalsLabel()->text().startsWith(QStringLiteral("Total receivable 262.30")),
        qPrintable(window.totalsLabel()->text()), 5000);
    // The list was updated in place: the user's row is still the user's.
    QCOMPARE(page->currentCustomerId(), shop);
    QCOMPARE(resets.size(), 0);
}

void SecondProcessTest::openCustomerPageShowsIt()
{
    TestBook book;
    const qint64 deli = book.customer(QStringLiteral("Baker St Deli"), QStringLiteral("D-1"));
    book.sale(deli, QStringLiteral("212.30"), QDate(2026, 1, 5), 30);
    book.sale(deli, QStringLiteral("200.00"), QDate(2026, 2, 20), 30);
    MainWindow window(book.ledger());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showCustomer(deli);
    CustomerPage *page = window.customerPage();
    QCOMPARE(page->balanceLabel()->text(), QStringLiteral("412.30"));
    QCOMPARE(page->openItemsView()->model()->rowCount(), 2);

    payFromAnotherProcess(book, QStringLiteral("D-1"), 25000);
    QTRY_COMPARE_WITH_TIMEOUT(page->balanceLabel()->text(), QStringLiteral("162.30"), 5000);
    QCOMPARE(page->openItemsView()->model()->rowCount(), 1);
    QCOMPARE(
        page->openItemsView()->model()->index(0, OpenItemsModel::Open).data().toString(), QStringLiteral("162.30"));
}

QTEST_MAIN(SecondProcessTest)
#include "second_process_test.moc"
