// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/customer_dialog.h"
#include "main_window.h"
#include "models/aging_table_model.h"
#include "models/customer_list_model.h"
#include "pages/aging_page.h"
#include "pages/customer_page.h"
#include "pages/customers_page.h"
#include "support/test_book.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QTranslator>

using namespace recoup;
using recoup::test::TestBook;

/// The search at the counter answers every Enter: the first match is
/// highlighted as you type, Up and Down move through the matches without
/// leaving the field, Esc clears it, and a search that finds nobody offers to
/// add that customer. A customer the shop owes reads "Credit", never "-".
class CustomerSearchTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void enterOpensTheFirstOfSeveralMatches();
    void upAndDownMoveThroughTheMatches();
    void escapeClearsTheSearch();
    void noMatchOffersToAddTheTypedName();
    void noMatchOnAPhoneFillsThePhone();
    void creditIsShownAsCredit();
    void creditIsShownAsCreditInSpanish();

private:
    static void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget *target = QApplication::focusWidget();
        QVERIFY(target);
        QTest::keyClick(target, key, modifiers);
    }
    static void type(const QString &text)
    {
        QWidget *target = QApplication::focusWidget();
        QVERIFY(target);
        QTest::keyClicks(target, text);
    }
    static void showActive(QWidget &window)
    {
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
    }
    /// Four customers, three of them with "chen" in the name.
    static void fill(TestBook &book)
    {
        book.customer(QStringLiteral("Chen Wei"));
        book.customer(QStringLiteral("Mei Chen"));
        book.customer(QStringLiteral("Ana López"));
        book.customer(QStringLiteral("Chen Hardware"));
    }
    static QString nameAt(const CustomersPage *page, int row)
    {
        return page->model()->index(row, CustomerListModel::Name).data().toString();
    }
};

void CustomerSearchTest::enterOpensTheFirstOfSeveralMatches()
{
    TestBook book;
    fill(book);
    MainWindow window(book.ledger());
    showActive(window);
    CustomersPage *page = window.customersPage();

    press(Qt::Key_F, Qt::ControlModifier);
    type(QStringLiteral("chen"));
    QCOMPARE(page->model()->rowCount(), 3);
    // The first match is highlighted, the cursor still in the search field.
    QCOMPARE(page->table()->currentIndex().row(), 0);
    QCOMPARE(page->currentCustomerId(), page->model()->customerId(0));
    QCOMPARE(QApplication::focusWidget(), page->searchField());
    const QString first = nameAt(page, 0);
    QVERIFY(first.contains(QStringLiteral("Chen")));

    press(Qt::Key_Return);
    QCOMPARE(window.pages()->currentWidget(), window.customerPage());
    QCOMPARE(window.customerPage()->nameLabel()->text(), first);
}

void CustomerSearchTest::upAndDownMoveThroughTheMatches()
{
    TestBook book;
    fill(book);
    MainWindow window(book.ledger());
    showActive(window);
    CustomersPage *page = window.customersPage();

    press(Qt::Key_F, Qt::ControlModifier);
    type(QStringLiteral("chen"));
    press(Qt::Key_Down);
    QCOMPARE(page->table()->currentIndex().row(), 1);
    QCOMPARE(QApplication::focusWidget(), page->searchField());
    press(Qt::Key_Down);
    press(Qt::Key_Down); // past the last match: stays on it
    QCOMPARE(page->table()->currentIndex().row(), 2);
    press(Qt::Key_Up);
    QCOMPARE(page->table()->currentIndex().row(), 1);
    QCOMPARE(QApplication::focusWidget(), page->searchField());
    // The keys moved the highlight, not the text.
    QCOMPARE(page->searchField()->text(), QStringLiteral("chen"));
    const QString second = nameAt(page, 1);

    press(Qt::Key_Return);
    QCOMPARE(window.pages()->currentWidget(), window.customerPage());
    QCOMPARE(window.customerPage()->nameLabel()->text(), second);
}

void CustomerSearchTest::escapeClearsTheSearch()
{
    TestBook book;
    fill(book);
    MainWindow window(book.ledger());
    showActive(window);
    CustomersPage *page = window.customersPage();

    press(Qt::Key_F, Qt::ControlModifier);
    type(QStringLiteral("chen"));
    QCOMPARE(page->model()->rowCount(), 3);
    press(Qt::Key_Escape);
    QCOMPARE(page->searchField()->text(), QString());
    QCOMPARE(page->model()->rowCount(), 4);
    QCOMPARE(QApplication::focusWidget(), page->searchField());
    QCOMPARE(window.pages()->currentWidget(), page);
}

void CustomerSearchTest::noMatchOffersToAddTheTypedName()
{
    TestBook book;
    fill(book);
    MainWindow window(book.ledger());
    showActive(window);
    CustomersPage *page = window.customersPage();

    press(Qt::Key_F, Qt::ControlModifier);
    type(QStringLiteral("Zeynep Kaya"));
    QCOMPARE(page->model()->rowCount(), 0);
    // The view says so, and what to do.
    QVERIFY(page->emptyLabel()->isVisible());
    QVERIFY2(page->emptyLabel()->text().startsWith(QStringLiteral("No customer matches “Zeynep Kaya”.")),
        qPrintable(page->emptyLabel()->text()));
    QVERIFY2(page->emptyLabel()->text().contains(QStringLiteral("Ctrl+N")), qPrintable(page->emptyLabel()->text()));
    // Enter with nothing to open stays put.
    press(Qt::Key_Return);
    QCOMPARE(window.pages()->currentWidget(), page);

    press(Qt::Key_N, Qt::ControlModifier);
    QPointer<CustomerDialog> dialog;
    QTRY_VERIFY((dialog = qobject_cast<CustomerDialog *>(QApplication::activeModalWidget())));
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    QVERIFY(name);
    QCOMPARE(name->text(), QStringLiteral("Zeynep Kaya"));
    QTRY_COMPARE(QApplication::focusWidget(), name);
    press(Qt::Key_Return);
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    // The new customer is opened, and is found by the search from then on.
    QCOMPARE(window.pages()->currentWidget(), window.customerPage());
    QCOMPARE(window.customerPage()->nameLabel()->text(), QStringLiteral("Zeynep Kaya"));
    QCOMPARE(page->model()->rowCount(), 1);
}

void CustomerSearchTest::noMatchOnAPhoneFillsThePhone()
{
    TestBook book;
    fill(book);
    MainWindow window(book.ledger());
    showActive(window);

    press(Qt::Key_F, Qt::ControlModifier);
    type(QStringLiteral("chen"));
    // Ctrl+N after a search that found someone starts empty: "chen" is not a new name.
    press(Qt::Key_N, Qt::ControlModifier);
    QPointer<CustomerDialog> dialog;
    QTRY_VERIFY((dialog = qobject_cast<CustomerDialog *>(QApplication::activeModalWidget())));
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->text(), QString());
    dialog->reject();
    QTRY_VERIFY(!dialog || !dialog->isVisible());

    window.customersPage()->searchField()->setFocus();
    window.customersPage()->searchField()->clear();
    type(QStringLiteral("+44 20 7946 0999"));
    QCOMPARE(window.customersPage()->model()->rowCount(), 0);
    press(Qt::Key_N, Qt::ControlModifier);
    QTRY_VERIFY((dialog = qobject_cast<CustomerDialog *>(QApplication::activeModalWidget())));
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("phoneEdit"))->text(), QStringLiteral("+44 20 7946 0999"));
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->text(), QString());
    dialog->reject();
}

void CustomerSearchTest::creditIsShownAsCredit()
{
    TestBook book;
    const qint64 owes = book.customer(QStringLiteral("Baker St Deli"));
    const qint64 credit = book.customer(QStringLiteral("Chen Wei"));
    book.customer(QStringLiteral("Ana López"));
    book.sale(owes, QStringLiteral("412.30"), QDate(2026, 3, 1), 30);
    book.sale(credit, QStringLiteral("100.00"), QDate(2026, 2, 1), 30);
    book.pay(credit, QStringLiteral("396.94"), QDate(2026, 2, 20));
    QCOMPARE(book.ledger().customer(credit)->balance, -29694);

    MainWindow window(book.ledger());
    showActive(window);
    CustomersPage *page = window.customersPage();
    window.showPage(MainWindow::Customers);
    CustomerListModel *model = page->model();
    const int row = model->rowOf(credit);
    QVERIFY(row >= 0);
    const QModelIndex balance = model->index(row, CustomerListModel::Balance);
    QCOMPARE(balance.data().toString(), QStringLiteral("Credit 296.94"));
    QCOMPARE(model->index(model->rowOf(owes), CustomerListModel::Balance).data().toString(), QStringLiteral("412.30"));
    // Sorted by balance, numerically: the credit below zero, the zero balance, the debt.
    QCOMPARE(balance.data(CustomerListModel::RawValueRole).toLongLong(), -29694);
    page->table()->sortByColumn(CustomerListModel::Balance, Qt::AscendingOrder);
    QCOMPARE(model->customerId(0), credit);
    QCOMPARE(model->customerId(2), owes);
    page->table()->sortByColumn(CustomerListModel::Balance, Qt::DescendingOrder);
    QCOMPARE(model->customerId(0), owes);
    QCOMPARE(model->customerId(2), credit);

    // Found and opened by keyboard: the page's largest text says credit.
    press(Qt::Key_F, Qt::ControlModifier);
    type(QStringLiteral("chen"));
    press(Qt::Key_Return);
    QCOMPARE(window.pages()->currentWidget(), window.customerPage());
    QCOMPARE(window.customerPage()->balanceLabel()->text(), QStringLiteral("Credit 296.94"));
    QVERIFY(!window.customerPage()->balanceLabel()->text().contains(QLatin1Char('-')));

    // The aging table: the credit held apart, the balance in words.
    AgingPage aging(book.ledger());
    aging.setAsOf(QDate(2026, 3, 14));
    QTRY_VERIFY(!aging.isBusy());
    AgingTableModel *table = aging.tableModel();
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->index(r, 0).data(AgingTableModel::CustomerIdRole).toLongLong() != credit)
            continue;
        QCOMPARE(table->index(r, table->balanceColumn()).data().toString(), QStringLiteral("Credit 296.94"));
        QCOMPARE(table->index(r, table->creditColumn()).data().toString(), QStringLiteral("296.94"));
    }
}

void CustomerSearchTest::creditIsShownAsCreditInSpanish()
{
    QTranslator spanish;
    QVERIFY(spanish.load(QStringLiteral(":/i18n/recoup_es.qm")));
    QCoreApplication::installTranslator(&spanish);
    QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Spain));
    {
        TestBook book(QStringLiteral("EUR"));
        const qint64 credit = book.customer(QStringLiteral("Chen Wei"));
        book.pay(credit, QStringLiteral("296.94"), QDate(2026, 2, 20));
        MainWindow window(book.ledger());
        CustomerListModel *model = window.customersPage()->model();
        QCOMPARE(model->index(model->rowOf(credit), CustomerListModel::Balance).data().toString(),
            QStringLiteral("A favor 296,94"));
        window.showCustomer(credit);
        QCOMPARE(window.customerPage()->balanceLabel()->text(), QStringLiteral("A favor 296,94"));
    }
    QCoreApplication::removeTranslator(&spanish);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

QTEST_MAIN(CustomerSearchTest)
#include "customer_search_test.moc"
