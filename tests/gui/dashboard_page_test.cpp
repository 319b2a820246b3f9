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
        QTRY_VERIFY(!page.isBusy());
        QCOMPARE(page.tile(QStringLiteral("receivable"))->text(), QStringLiteral("1,000.00"));
        QCOMPARE(page.tile(QStringLiteral("overdue"))->text(), QStringLiteral("800.00"));
        QCOMPARE(page.tileNote(QStringLiteral("overdue"))->text(), QStringLiteral("80 % of the receivable"));
        QCOMPARE(page.tile(QStringLiteral("dso"))->text(), QStringLiteral("59.0 days"));
        QCOMPARE(page.tile(QStringLiteral("cei"))->text(), QStringLiteral("0.0 %"));
        QCOMPARE(page.tileNote(QStringLiteral("cei"))->text(), QStringLiteral("in March"));
        QVERIFY(page.tile(QStringLiteral("cei"))->parentWidget()->toolTip().contains(QStringLiteral("CEI =")));

        auto *debtors = page.findChild<QTableWidget *>(QStringLiteral("biggestDebtors"));
        QCOMPARE(debtors->rowCount(), 2);
        QCOMPARE(debtors->item(0, 0)->text(), QStringLiteral("Baker St Deli"));
        QSignalSpy opened(&page, &DashboardPage::customerActivated);
        Q_EMIT debtors->cellActivated(0, 0);
        QCOMPARE(opened.first().at(0).toLongLong(), a);

        // A payment recorded while the page is up shows without asking.
        book.pay(b, QStringLiteral("200.00"), QDate(2026, 3, 30));
        QTRY_COMPARE(page.tile(QStringLiteral("receivable"))->text(), QStringLiteral("800.00"));
        // One recorded while it is hidden shows the next time it is shown.
        page.hide();
        book.pay(a, QStringLiteral("100.00"), QDate(2026, 3, 30));
        QVERIFY(!page.isBusy());
        page.show();
        QTRY_COMPARE(page.tile(QStringLiteral("receivable"))->text(), QStringLiteral("700.00"));
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
        QTRY_VERIFY(!page.isBusy());
        QCOMPARE(page.tile(QStringLiteral("receivable"))->text(), QStringLiteral("300.00"));
        QCOMPARE(page.tile(QStringLiteral("overdue"))->text(), QStringLiteral("300.00"));
        QCOMPARE(page.tileNote(QStringLiteral("overdue"))->text(), QStringLiteral("100 % of the receivable"));
        QCOMPARE(page.tile(QStringLiteral("credit"))->text(), QStringLiteral("200.00"));
    }

    void emptyBookSaysSo()
    {
        TestBook book;
        DashboardPage page(book.ledger());
        page.refresh();
        QTRY_VERIFY(!page.isBusy());
        QCOMPARE(page.tile(QStringLiteral("cei"))->text(), QStringLiteral("nothing to collect"));
        QCOMPARE(page.figures().biggestDebtors.size(), 0);
    }

    void computesOffTheGuiThread()
    {
        // refresh() returns at once: the page says it is busy until the figures come.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        TestBook book(QStringLiteral("USD"), QDate(2026, 3, 31));
        const qint64 a = book.customer(QStringLiteral("Baker St Deli"));
        book.sale(a, QStringLiteral("300.00"), QDate(2026, 1, 15), 30);
        DashboardPage page(book.ledger());
        QSignalSpy refreshed(&page, &DashboardPage::refreshed);
        page.refresh();
        QVERIFY(page.isBusy());
        auto *busy = page.findChild<QLabel *>(QStringLiteral("busy"));
        QVERIFY(busy && busy->isVisibleTo(&page));
        QCOMPARE(refreshed.count(), 0);
        QCOMPARE(page.tile(QStringLiteral("receivable"))->text(), QString());
        QTRY_COMPARE(refreshed.count(), 1);
        QVERIFY(!page.isBusy());
        QVERIFY(!busy->isVisibleTo(&page));
        QCOMPARE(page.tile(QStringLiteral("receivable"))->text(), QStringLiteral("300.00"));
    }

    void aNewerRequestSupersedesAnOlderOne()
    {
        TestBook book(QStringLiteral("USD"), QDate(2026, 3, 31));
        const qint64 a = book.customer(QStringLiteral("Baker St Deli"));
        book.sale(a, QStringLiteral("300.00"), QDate(2026, 1, 15), 30);
        DashboardPage page(book.ledger());
        QSignalSpy refreshed(&page, &DashboardPage::refreshed);
        page.setAsOf(QDate(2025, 12, 31));
        page.setAsOf(QDate(2026, 2, 28));
        page.setAsOf(QDate(2026, 3, 31));
        QTRY_COMPARE(refreshed.count(), 1);
        // The jobs run in order, so the older ones were done with before this one:
        // only the latest was shown, and nothing older follows it.
        QCOMPARE(page.figures().aging.options().asOf, QDate(2026, 3, 31));
        QCOMPARE(page.figures().aging.total().open(), 30000);
        page.refresh();
        QTRY_COMPARE(refreshed.count(), 2);
        QCOMPARE(page.figures().aging.options().asOf, QDate(2026, 3, 31));
    }

    void closedWhileComputing()
    {
        // The page (with the window) goes while its figures are being computed,
        // then the book is closed: no result lands on a page that is gone.
        TestBook book(QStringLiteral("USD"), QDate(2026, 3, 31));
        const qint64 a = book.customer(QStringLiteral("Baker St Deli"));
        for (int i = 0; i < 50; ++i)
            book.sale(a, QStringLiteral("10.00"), QDate(2025, 4, 1).addDays(i * 7), 30);
        for (int round = 0; round < 5; ++round) {
            auto page = std::make_unique<DashboardPage>(book.ledger());
            page->refresh();
            page->setAsOf(QDate(2026, 1, 31));
            QVERIFY(page->isBusy());
            page.reset();
            QCoreApplication::processEvents();
        }
        book.close();
        QCoreApplication::processEvents();
        book.reopen();
        DashboardPage page(book.ledger());
        page.refresh();
        QTRY_VERIFY(!page.isBusy());
        QCOMPARE(page.figures().aging.total().open(), 50000);
    }
};

QTEST_MAIN(DashboardPageTest)
#include "dashboard_page_test.moc"
