// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A book that cannot be read is said to be so on every page, in words, never
// shown as an empty book or with the figures of before.
#include "main_window.h"
#include "pages/customer_page.h"
#include "pages/customers_page.h"
#include "support/test_book.h"
#include "support/widget_helpers.h"

#include <QLabel>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

using namespace recoup;
using recoup::test::TestBook;

class UnreadableBookTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void pagesSaySoInWords();
};

void UnreadableBookTest::pagesSaySoInWords()
{
    TestBook book;
    const qint64 id = book.customer(QStringLiteral("Baker St Deli"));
    book.sale(id, QStringLiteral("100.00"), QDate(2026, 3, 1), 30);
    MainWindow window(book.ledger());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showCustomer(id);
    CustomerPage *page = window.customerPage();
    QCOMPARE(page->balanceLabel()->text(), QStringLiteral("100.00"));

    // The tables go from under the window, as in a broken or tampered file,
    // and the window is told the book changed.
    {
        QSqlQuery q(book.db().connection());
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE debts RENAME TO debts_elsewhere")));
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE customers RENAME TO customers_elsewhere")));
    }
    book.ledger().announce(ChangeSet::fromOutside());

    // The customer page: no name, no balance of before, and why.
    QCOMPARE(page->nameLabel()->text(), QStringLiteral("This customer cannot be shown"));
    QVERIFY(page->balanceLabel()->text().isEmpty());
    auto *noItems = test::child<QLabel>(*page, "noItems");
    QVERIFY(noItems->isVisible());
    QVERIFY2(
        noItems->text().startsWith(QLatin1String("The open items cannot be shown. ")), qPrintable(noItems->text()));
    QVERIFY(!page->openItemsView()->isVisible());

    // The customer list: not "no customers yet", but why it is empty.
    window.showPage(MainWindow::Customers);
    CustomersPage *list = window.customersPage();
    QVERIFY(list->emptyLabel()->isVisible());
    const QString why = list->emptyLabel()->text();
    QVERIFY2(why.startsWith(QLatin1String("The customers cannot be shown. ")), qPrintable(why));
    QVERIFY2(!why.contains(QLatin1String("no such table")), qPrintable(why)); // the user's words, not SQLite's
    QVERIFY(list->countLabel()->text().isEmpty());

    // The status bar.
    const QString totals = window.totalsLabel()->text();
    QVERIFY2(totals.startsWith(QLatin1String("The book's totals cannot be read. ")), qPrintable(totals));
}

QTEST_MAIN(UnreadableBookTest)
#include "unreadable_book_test.moc"
