// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/reverse_entry_dialog.h"
#include "models/timeline_model.h"
#include "pages/customer_page.h"
#include "support/test_book.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace recoup;
using recoup::test::TestBook;

class CustomerPageTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void paidSalesCanBeShownAndCorrected()
    {
        // A cheque that paid a sale in full bounces: the owner must reach that
        // paid sale to reverse the payment.
        TestBook book;
        const qint64 c = book.customer(QStringLiteral("Baker St Deli"));
        book.sale(c, QStringLiteral("50.00"), QDate(2026, 1, 5), 30, QStringLiteral("S-1"));
        book.sale(c, QStringLiteral("20.00"), QDate(2026, 2, 5), 30, QStringLiteral("S-2"));
        book.pay(c, QStringLiteral("50.00"), QDate(2026, 2, 1));

        CustomerPage page(book.ledger());
        page.resize(1200, 700);
        page.setCustomer(c);
        page.show();
        QApplication::setActiveWindow(&page);
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QTableView *items = page.openItemsView();
        QCOMPARE(items->model()->rowCount(), 1); // only S-2 is open

        auto *showPaid = page.findChild<QCheckBox *>(QStringLiteral("showPaid"));
        QVERIFY(showPaid);
        QTest::mouseClick(showPaid, Qt::LeftButton);
        QVERIFY(showPaid->isChecked());
        QCOMPARE(items->model()->rowCount(), 2);
        QCOMPARE(items->model()->index(0, 0).data().toString(), QStringLiteral("S-1"));

        page.selectOpenItem(0);
        QTableView *timeline = page.timelineView();
        QCOMPARE(timeline->model()->rowCount(), 2); // the sale and its payment
        timeline->setCurrentIndex(timeline->model()->index(1, 0));
        auto *reverse = page.findChildren<QPushButton *>().value(0);
        for (QPushButton *b : page.findChildren<QPushButton *>())
            if (b->text().startsWith(QStringLiteral("Reverse")))
                reverse = b;
        QVERIFY(reverse->isEnabled());

        // Unticked again, only what is open is listed.
        showPaid->click();
        QCOMPARE(items->model()->rowCount(), 1);
    }
};

QTEST_MAIN(CustomerPageTest)
#include "customer_page_test.moc"
