// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/dashboard_page.h"
#include "support/test_book.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace recoup;
using recoup::test::TestBook;

class DashboardPageTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tilesShowTheLedgersFigures()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        TestBook book(QStringLiteral("USD"), QDate(2026, 3, 31));
        const qint64 a = book.customer(QStringLiteral("Baker St Deli"));
        const qint64 b = book.customer(QStringLiteral("Chen Wu"));
        book.sale(a, QStringLiteral("1000.00"), QDate(2026, 1, 15), 30);
        book.sale(a, QStringLiteral("800.00"), QDate(2026, 2, 10), 30);
        book.sale(b, QStringLiteral("200.00"), QDate(2026, 3, 27), 30);
        book.pay(a, QStringLiteral("1000.00"), QDate(2026, 2, 20));

        DashboardPage page(book.ledger());
        page.resize(1366, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.tile(QStringLiteral("receivable"))->text(), QStringLiteral("1,000.00"));
        QCOMPARE(page.tile(QStringLiteral("overdue"))->text(), QStringLiteral("800.00 (80 %)"));
        QCOMPARE(page.tile(QStringLiteral("dso"))->text(), QStringLiteral("59.0 days"));
        QCOMPARE(page.tile(QStringLiteral("cei"))->text(), QStringLiteral("0.0 % in March"));
        QVERIFY(page.tile(QStringLiteral("cei"))->parentWidget()->toolTip().contains(QStringLiteral("CEI =")));

        auto *debtors = page.findChild<QTableWidget *>(QStringLiteral("biggestDebtors"));
        QCOMPARE(debtors->rowCount(), 2);
        QCOMPARE(debtors->item(0, 0)->text(), QStringLiteral("Baker St Deli"));
        QSignalSpy opened(&page, &DashboardPage::customerActivated);
        Q_EMIT debtors->cellActivated(0, 0);
        QCOMPARE(opened.first().at(0).toLongLong(), a);

        // A payment recorded elsewhere shows the next time the page is shown.
        book.pay(b, QStringLiteral("200.00"), QDate(2026, 3, 30));
        page.hide();
        page.show();
        QCOMPARE(page.tile(QStringLiteral("receivable"))->text(), QStringLiteral("800.00"));
    }

    void creditIsShownApartFromTheReceivable()
    {
        // 300.00 owed and overdue by one customer, 200.00 of credit for another:
        // net of credit the total would be 100.00, below what is overdue.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        TestBook book(QStringLiteral("USD"), QDate(2026, 3, 31));
        const qint64 owes = book.customer(QStringLiteral("Baker St Deli"));
        const qint64 ahead = book.customer(QStringLiteral("Chen Wu"));
        book.sale(owes, QStringLiteral("300.00"), QDate(2026, 1, 15), 30);
        book.pay(ahead, QStringLiteral("200.00"), QDate(2026, 3, 1));
        DashboardPage page(book.ledger());
        page.refresh();
        QCOMPARE(page.tile(QStringLiteral("receivable"))->text(), QStringLiteral("300.00"));
        QCOMPARE(page.tile(QStringLiteral("overdue"))->text(), QStringLiteral("300.00 (100 %)"));
        QCOMPARE(page.tile(QStringLiteral("credit"))->text(), QStringLiteral("200.00"));
    }

    void emptyBookSaysSo()
    {
        TestBook book;
        DashboardPage page(book.ledger());
        page.refresh();
        QCOMPARE(page.tile(QStringLiteral("cei"))->text(), QStringLiteral("nothing to collect"));
        QCOMPARE(page.figures().biggestDebtors.size(), 0);
    }
};

QTEST_MAIN(DashboardPageTest)
#include "dashboard_page_test.moc"
