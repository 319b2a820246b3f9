// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/customer_dialog.h"
#include "dialogs/debt_dialog.h"
#include "dialogs/reverse_entry_dialog.h"
#include "main_window.h"
#include "models/customer_list_model.h"
#include "pages/aging_page.h"
#include "pages/customer_page.h"
#include "pages/customers_page.h"
#include "pages/dashboard_page.h"
#include "pages/policy_editor.h"
#include "pages/receivables_page.h"
#include "pages/settings_page.h"
#include "pages/today_page.h"
#include "pages/welcome_page.h"
#include "support/test_book.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

using namespace recoup;

class MainWindowTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void sideBarInDesignOrder();
    void laterPagesSayTheyAreComing();
    void settingsIsARealPage();
    void agingOpensCustomers();
    void titleNamesTheBook();
    void ctrlFFocusesSearchFromAnywhere();
    void emptyStatesSayWhatToDo();
    void statusBarFollowsTheBook();
    void statusBarNeverShowsOverdueAboveTheTotal();
    void ctrlNDependsOnThePage();
    void customerPageShowsTheCustomer();
    void reverseEntryActsOnTheSelectedLine();
    void htmlInNamesIsShownLiterally();

private:
    static void showActive(QWidget &window)
    {
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
    }
    static void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget *target = QApplication::focusWidget();
        QVERIFY(target);
        QTest::keyClick(target, key, modifiers);
    }
};

void MainWindowTest::sideBarInDesignOrder()
{
    test::TestBook book;
    book.customer(QStringLiteral("Baker St Deli"));
    MainWindow window(book.ledger());
    QStringList items;
    for (int i = 0; i < window.sideBar()->count(); ++i)
        items.append(window.sideBar()->item(i)->text());
    QCOMPARE(items,
        (QStringList{ QStringLiteral("Today"), QStringLiteral("Customers"), QStringLiteral("Aging"),
            QStringLiteral("Reconcile"), QStringLiteral("Documents"), QStringLiteral("Settings") }));
    // The window opens on Today: what must be chased today.
    QCOMPARE(window.pages()->currentWidget(), window.todayPage());
    QCOMPARE(window.sideBar()->currentRow(), int(MainWindow::Today));
}

void MainWindowTest::laterPagesSayTheyAreComing()
{
    test::TestBook book;
    MainWindow window(book.ledger());
    for (int page : { MainWindow::Reconcile }) {
        window.sideBar()->setCurrentRow(page);
        QWidget *shown = window.pages()->currentWidget();
        QVERIFY(shown != window.customersPage());
        bool coming = false;
        for (const QLabel *label : shown->findChildren<QLabel *>())
            coming = coming || label->text().contains(QStringLiteral("coming"));
        QVERIFY2(coming, qPrintable(window.sideBar()->item(page)->text()));
        // No figures on a page that does not compute any.
        QVERIFY(shown->findChildren<QTableView *>().isEmpty());
    }
}

void MainWindowTest::settingsIsARealPage()
{
    test::TestBook book;
    MainWindow window(book.ledger());
    window.sideBar()->setCurrentRow(MainWindow::Settings);
    auto *settings = qobject_cast<SettingsPage *>(window.pages()->currentWidget());
    QVERIFY(settings);
    // The reminder steps are there to edit; what is not built yet says so.
    QCOMPARE(settings->policyEditor()->table()->model()->rowCount(), 9);
    bool coming = false;
    for (const QLabel *label : settings->findChildren<QLabel *>())
        coming = coming || label->text().contains(QStringLiteral("coming"));
    QVERIFY(coming);
}

void MainWindowTest::agingOpensCustomers()
{
    test::TestBook book;
    const qint64 id = book.customer(QStringLiteral("Baker St Deli"));
    MainWindow window(book.ledger());
    window.showPage(MainWindow::Aging);
    auto *receivables = qobject_cast<ReceivablesPage *>(window.pages()->currentWidget());
    QVERIFY(receivables);
    Q_EMIT receivables->aging()->customerActivated(id);
    QCOMPARE(window.pages()->currentWidget(), window.customerPage());
    QCOMPARE(window.customerPage()->customerId(), id);
    // The dashboard's biggest debtors open customers too.
    window.showPage(MainWindow::Aging);
    Q_EMIT receivables->dashboard()->customerActivated(id);
    QCOMPARE(window.pages()->currentWidget(), window.customerPage());
}

void MainWindowTest::titleNamesTheBook()
{
    test::TestBook book;
    MainWindow window(book.ledger());
    // The system adds " — Recoup", the program's name, after the title.
    QCOMPARE(window.windowTitle(), QStringLiteral("test.recoup"));
}

void MainWindowTest::ctrlFFocusesSearchFromAnywhere()
{
    test::TestBook book;
    const qint64 id = book.customer(QStringLiteral("Baker St Deli"));
    MainWindow window(book.ledger());
    showActive(window);
    window.showCustomer(id);
    QCOMPARE(window.pages()->currentWidget(), window.customerPage());
    press(Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(window.pages()->currentWidget(), window.customersPage());
    QCOMPARE(QApplication::focusWidget(), window.customersPage()->searchField());

    window.showPage(MainWindow::Aging);
    window.sideBar()->setFocus();
    press(Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), window.customersPage()->searchField());
    QCOMPARE(window.sideBar()->currentRow(), int(MainWindow::Customers));
}

void MainWindowTest::emptyStatesSayWhatToDo()
{
    test::TestBook book;
    MainWindow window(book.ledger());
    showActive(window);
    // A book with no customers opens on the welcome page: the ways to start.
    CustomersPage *page = window.customersPage();
    QCOMPARE(window.pages()->currentWidget(), page);
    QVERIFY(page->welcomePage()->isVisible());
    QVERIFY(!page->table()->isVisible());
    QVERIFY(page->welcomePage()->addButton()->text().contains(QStringLiteral("Ctrl+N")));

    book.customer(QStringLiteral("Baker St Deli"));
    QVERIFY(!page->welcomePage()->isVisible());
    QVERIFY(page->table()->isVisible());
    QCOMPARE(page->countLabel()->text(), QStringLiteral("1 customer"));

    page->searchField()->setText(QStringLiteral("zzz"));
    QVERIFY(page->emptyLabel()->isVisible());
    QVERIFY(page->emptyLabel()->text().contains(QStringLiteral("No customer matches “zzz”")));
    QCOMPARE(page->countLabel()->text(), QStringLiteral("0 of 1 customers"));
}

void MainWindowTest::statusBarFollowsTheBook()
{
    test::TestBook book; // today 2026-03-14
    const qint64 id = book.customer(QStringLiteral("Baker St Deli"));
    MainWindow window(book.ledger());
    QCOMPARE(window.totalsLabel()->text(),
        QStringLiteral("Total receivable 0.00 · overdue 0.00 (0 %) · customer credit 0.00"));
    book.sale(id, QStringLiteral("300.00"), QDate(2026, 1, 1), 30);
    book.sale(id, QStringLiteral("100.00"), QDate(2026, 3, 1), 30);
    QCOMPARE(window.totalsLabel()->text(),
        QStringLiteral("Total receivable 400.00 · overdue 300.00 (75 %) · customer credit 0.00"));
    book.pay(id, QStringLiteral("1000.00"), QDate(2026, 3, 14));
    QCOMPARE(window.totalsLabel()->text(),
        QStringLiteral("Total receivable 0.00 · overdue 0.00 (0 %) · customer credit 600.00"));
}

void MainWindowTest::statusBarNeverShowsOverdueAboveTheTotal()
{
    // One customer owes 300.00, all overdue; another has 200.00 of credit. Net of
    // credit the total would be 100.00, below the 300.00 overdue.
    test::TestBook book; // today 2026-03-14
    const qint64 owes = book.customer(QStringLiteral("Baker St Deli"));
    const qint64 ahead = book.customer(QStringLiteral("Corner Shop"));
    book.sale(owes, QStringLiteral("300.00"), QDate(2026, 1, 1), 30);
    book.pay(ahead, QStringLiteral("200.00"), QDate(2026, 3, 1));
    MainWindow window(book.ledger());
    QCOMPARE(window.totalsLabel()->text(),
        QStringLiteral("Total receivable 300.00 · overdue 300.00 (100 %) · customer credit 200.00"));
}

void MainWindowTest::ctrlNDependsOnThePage()
{
    test::TestBook book;
    const qint64 id = book.customer(QStringLiteral("Baker St Deli"));
    MainWindow window(book.ledger());
    showActive(window);

    window.focusSearch();
    press(Qt::Key_N, Qt::ControlModifier);
    QPointer<QWidget> dialog;
    QTRY_VERIFY((dialog = qobject_cast<CustomerDialog *>(QApplication::activeModalWidget())));
    dialog->close();
    QTRY_VERIFY(!dialog);

    window.showCustomer(id);
    // The offscreen platform has no window manager to hand activation back.
    QApplication::setActiveWindow(&window);
    QTRY_VERIFY(QApplication::focusWidget() && QApplication::focusWidget()->window() == &window);
    press(Qt::Key_N, Qt::ControlModifier);
    QTRY_VERIFY((dialog = qobject_cast<DebtDialog *>(QApplication::activeModalWidget())));
    dialog->close();
    QTRY_VERIFY(!dialog);
}

void MainWindowTest::customerPageShowsTheCustomer()
{
    test::TestBook book; // today 2026-03-14
    CustomerInput input;
    input.name = QStringLiteral("Baker St Deli");
    input.phone = QStringLiteral("555 0142");
    input.email = QStringLiteral("deli@example.com");
    input.address = QStringLiteral("4 Baker St");
    input.creditLimit = 50000;
    const qint64 id = book.ledger().addCustomer(input).value();
    book.sale(id, QStringLiteral("262.30"), QDate(2026, 1, 5), 30, QStringLiteral("S-1041"));
    book.sale(id, QStringLiteral("200.00"), QDate(2026, 2, 20), 30, QStringLiteral("S-1077"));
    book.pay(id, QStringLiteral("50.00"), QDate(2026, 2, 3));
    MainWindow window(book.ledger());
    showActive(window);
    window.showCustomer(id);
    CustomerPage *page = window.customerPage();

    QCOMPARE(page->balanceLabel()->text(), QStringLiteral("412.30"));
    QCOMPARE(page->overdueLabel()->text(), QStringLiteral("Overdue 212.30 (38 days)"));
    // The balance is the largest text on the page.
    for (const QLabel *label : page->findChildren<QLabel *>())
        if (label != page->balanceLabel())
            QVERIFY(label->font().pointSizeF() < page->balanceLabel()->font().pointSizeF());
    bool contact = false;
    for (const QLabel *label : page->findChildren<QLabel *>())
        contact = contact || label->text().startsWith(QStringLiteral("555 0142 · deli@example.com · 4 Baker St"));
    QVERIFY(contact);

    // The oldest item is selected and its timeline shown.
    QCOMPARE(page->openItemsView()->model()->rowCount(), 2);
    QCOMPARE(page->timelineView()->model()->rowCount(), 2);
    page->selectOpenItem(1);
    QCOMPARE(page->timelineView()->model()->rowCount(), 1);

    // A change elsewhere shows at once, and the selected item stays selected.
    book.pay(id, QStringLiteral("12.30"), QDate(2026, 3, 14), book.ledger().debtByRef(QStringLiteral("S-1077"))->id);
    QCOMPARE(page->balanceLabel()->text(), QStringLiteral("400.00"));
    QCOMPARE(page->openItemsView()->currentIndex().row(), 1);
    QCOMPARE(page->timelineView()->model()->rowCount(), 2);
}

void MainWindowTest::reverseEntryActsOnTheSelectedLine()
{
    test::TestBook book;
    const qint64 id = book.customer(QStringLiteral("Baker St Deli"));
    book.sale(id, QStringLiteral("100.00"), QDate(2026, 3, 1), 30);
    book.pay(id, QStringLiteral("40.00"), QDate(2026, 3, 2));
    MainWindow window(book.ledger());
    showActive(window);
    window.showCustomer(id);
    QTableView *timeline = window.customerPage()->timelineView();
    QCOMPARE(timeline->model()->rowCount(), 2);

    // Nothing selected: Ctrl+R does nothing.
    press(Qt::Key_R, Qt::ControlModifier);
    QVERIFY(!QApplication::activeModalWidget());

    timeline->setFocus();
    timeline->setCurrentIndex(timeline->model()->index(1, 0));
    press(Qt::Key_R, Qt::ControlModifier);
    QPointer<QWidget> dialog;
    QTRY_VERIFY((dialog = qobject_cast<ReverseEntryDialog *>(QApplication::activeModalWidget())));
    dialog->close();
    QTRY_VERIFY(!dialog);
}

void MainWindowTest::htmlInNamesIsShownLiterally()
{
    test::TestBook book;
    const QString name = QStringLiteral("<b>Bold</b> & Co");
    const qint64 id = book.customer(name);
    MainWindow window(book.ledger());
    showActive(window);

    QTableView *table = window.customersPage()->table();
    QCOMPARE(table->model()->index(0, CustomerListModel::Name).data().toString(), name);
    window.showCustomer(id);
    QLabel *label = window.customerPage()->nameLabel();
    QCOMPARE(label->text(), name);
    QCOMPARE(label->textFormat(), Qt::PlainText);
    // Plain text needs room for the tags; rendered as markup it would be just "Bold & Co".
    QVERIFY(label->sizeHint().width() > label->fontMetrics().horizontalAdvance(QStringLiteral("Bold & Co")) * 1.3);
    QVERIFY(window.windowTitle().indexOf(name) < 0);
}

QTEST_MAIN(MainWindowTest)
#include "main_window_test.moc"
