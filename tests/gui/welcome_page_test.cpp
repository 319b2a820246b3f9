// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/customer_dialog.h"
#include "main_window.h"
#include "models/customer_list_model.h"
#include "pages/customer_page.h"
#include "pages/customers_page.h"
#include "pages/today_page.h"
#include "pages/welcome_page.h"
#include "support/test_book.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace recoup;
using recoup::test::TestBook;

/// A book with no customers opens on a welcome page, not an empty grid: import
/// from a spreadsheet, add a customer, or open the demo book. The page goes as
/// soon as the book has a customer.
class WelcomePageTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        // The demo book goes beside the user's data: a test folder, not the real one.
        QStandardPaths::setTestModeEnabled(true);
    }
    void anEmptyBookOpensOnTheWelcomePage();
    void addACustomerByKeyboard();
    void importFromASpreadsheet();
    void openTheDemoBook();
    void aBookWithCustomersHasNoWelcome();

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

void WelcomePageTest::anEmptyBookOpensOnTheWelcomePage()
{
    TestBook book;
    MainWindow window(book.ledger());
    showActive(window);
    CustomersPage *page = window.customersPage();
    QCOMPARE(window.pages()->currentWidget(), page);
    QVERIFY(page->welcomePage()->isVisible());
    QVERIFY(!page->table()->isVisible());
    QVERIFY(!page->searchField()->isVisible());
    // The three ways to start, each a button with its key.
    QVERIFY(page->welcomePage()->importButton()->isVisible());
    QVERIFY(page->welcomePage()->addButton()->isVisible());
    QVERIFY(page->welcomePage()->demoButton()->isVisible());
    QVERIFY(page->welcomePage()->addButton()->text().contains(QStringLiteral("Ctrl+N")));
}

void WelcomePageTest::addACustomerByKeyboard()
{
    TestBook book;
    MainWindow window(book.ledger());
    showActive(window);
    CustomersPage *page = window.customersPage();
    QVERIFY(page->welcomePage()->isVisible());

    // The button's mnemonic, as a keyboard user reaches it.
    press(Qt::Key_A, Qt::AltModifier);
    QPointer<CustomerDialog> dialog;
    QTRY_VERIFY((dialog = qobject_cast<CustomerDialog *>(QApplication::activeModalWidget())));
    QTRY_COMPARE(QApplication::focusWidget(), dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit")));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Baker St Deli"));
    press(Qt::Key_Return);
    QTRY_VERIFY(!dialog || !dialog->isVisible());

    // The first customer is opened, and the list replaces the welcome.
    QCOMPARE(window.pages()->currentWidget(), window.customerPage());
    QCOMPARE(window.customerPage()->nameLabel()->text(), QStringLiteral("Baker St Deli"));
    window.showPage(MainWindow::Customers);
    QVERIFY(!page->welcomePage()->isVisible());
    QVERIFY(page->table()->isVisible());
    QVERIFY(page->searchField()->isVisible());
    QCOMPARE(page->model()->rowCount(), 1);
}

void WelcomePageTest::importFromASpreadsheet()
{
    TestBook book;
    MainWindow window(book.ledger());
    showActive(window);
    CustomersPage *page = window.customersPage();

    // Alt+I asks for the folder of CSV files.
    press(Qt::Key_I, Qt::AltModifier);
    QPointer<QFileDialog> chooser;
    QTRY_VERIFY((chooser = qobject_cast<QFileDialog *>(QApplication::activeModalWidget())));
    QCOMPARE(chooser->fileMode(), QFileDialog::Directory);
    chooser->reject();
    QTRY_VERIFY(!chooser);

    // The folder chosen is imported; the book has customers, so the list shows.
    page->welcomePage()->importFolder(QStringLiteral(RECOUP_TEST_DATA "/interchange/seed"));
    QVERIFY(book.ledger().customerCount() > 0);
    QTRY_VERIFY(!page->welcomePage()->isVisible());
    QVERIFY(page->table()->isVisible());
    QCOMPARE(page->model()->rowCount(), int(book.ledger().customerCount()));
    if (QWidget *box = QApplication::activeModalWidget())
        box->close();
}

void WelcomePageTest::openTheDemoBook()
{
    TestBook book;
    MainWindow window(book.ledger());
    showActive(window);
    const QString demo = MainWindow::demoBookPath();
    QVERIFY(demo.startsWith(QFileInfo(MainWindow::defaultBookPath()).absolutePath()));
    QFile::remove(demo);

    QSignalSpy asked(&window, &MainWindow::bookRequested);
    press(Qt::Key_D, Qt::AltModifier);
    // Made through the demo generator, then asked to be opened.
    QTRY_COMPARE_WITH_TIMEOUT(asked.size(), 1, 120000);
    QCOMPARE(asked.first().first().toString(), demo);
    QVERIFY(QFileInfo(demo).size() > 0);
    auto db = MainWindow::openBook(demo);
    QVERIFY2(db, qPrintable(db ? QString() : db.error()));
    FixedClock clock(QDate(2026, 3, 14));
    Ledger demoLedger(*db.value(), clock);
    QCOMPARE(demoLedger.customerCount(), 200);
    QCOMPARE(demoLedger.currency().code(), QStringLiteral("USD"));
    // This book is left as it was.
    QCOMPARE(book.ledger().customerCount(), 0);

    // Asked again, the demo book already made is opened as it is.
    press(Qt::Key_D, Qt::AltModifier);
    QTRY_COMPARE(asked.size(), 2);
    QCOMPARE(asked.last().first().toString(), demo);
    db.value().reset();
    QFile::remove(demo);
}

void WelcomePageTest::aBookWithCustomersHasNoWelcome()
{
    TestBook book;
    book.customer(QStringLiteral("Ana López"));
    MainWindow window(book.ledger());
    showActive(window);
    CustomersPage *page = window.customersPage();
    QCOMPARE(window.pages()->currentWidget(), window.todayPage());
    window.showPage(MainWindow::Customers);
    QVERIFY(!page->welcomePage()->isVisible());
    QVERIFY(page->table()->isVisible());
    // A search that finds nobody is not an empty book: the list says so, no welcome.
    page->searchField()->setFocus();
    QTest::keyClicks(page->searchField(), QStringLiteral("zzz"));
    QVERIFY(!page->welcomePage()->isVisible());
    QVERIFY(page->emptyLabel()->isVisible());
}

QTEST_MAIN(WelcomePageTest)
#include "welcome_page_test.moc"
