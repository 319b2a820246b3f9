// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/payment_dialog.h"
#include "main_window.h"
#include "models/customer_list_model.h"
#include "pages/customer_page.h"
#include "pages/customers_page.h"
#include "support/test_book.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QStackedWidget>
#include <QTest>

using namespace recoup;

/// A person at the counter, keyboard only: find the customer, open them,
/// record a payment, see the balance change.
class CounterFlowTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void recordsAPaymentByKeyboardOnly();
    void escapeGoesBackToTheList();

private:
    /// Keys go where the focus is, as they would from a real keyboard.
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
};

void CounterFlowTest::recordsAPaymentByKeyboardOnly()
{
    test::TestBook book;
    const qint64 deli = book.customer(QStringLiteral("Baker St Deli"));
    book.customer(QStringLiteral("Amélie Roux"));
    book.customer(QStringLiteral("Corner Hardware"));
    book.sale(deli, QStringLiteral("262.30"), QDate(2026, 1, 5), 30);
    book.sale(deli, QStringLiteral("150.00"), QDate(2026, 2, 20), 30);
    MainWindow window(book.ledger());
    showActive(window);

    press(Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), window.customersPage()->searchField());
    type(QStringLiteral("bak"));
    QCOMPARE(window.customersPage()->model()->rowCount(), 1);
    press(Qt::Key_Down);
    press(Qt::Key_Return);
    QCOMPARE(window.pages()->currentWidget(), window.customerPage());
    QCOMPARE(window.customerPage()->nameLabel()->text(), QStringLiteral("Baker St Deli"));
    QCOMPARE(window.customerPage()->balanceLabel()->text(), QStringLiteral("412.30"));

    press(Qt::Key_P, Qt::ControlModifier);
    QPointer<PaymentDialog> dialog;
    QTRY_VERIFY((dialog = qobject_cast<PaymentDialog *>(QApplication::activeModalWidget())));
    QTRY_VERIFY(QApplication::focusWidget() && QApplication::focusWidget()->window() == dialog);
    type(QStringLiteral("250.00"));
    press(Qt::Key_Return);
    QTRY_VERIFY(!dialog || !dialog->isVisible());

    QCOMPARE(book.ledger().customer(deli)->balance, book.minor(QStringLiteral("162.30")));
    QCOMPARE(window.customerPage()->balanceLabel()->text(), QStringLiteral("162.30"));
    QVERIFY(window.totalsLabel()->text().contains(QStringLiteral("162.30")));
}

void CounterFlowTest::escapeGoesBackToTheList()
{
    test::TestBook book;
    const qint64 deli = book.customer(QStringLiteral("Baker St Deli"));
    MainWindow window(book.ledger());
    showActive(window);
    press(Qt::Key_F, Qt::ControlModifier);
    type(QStringLiteral("deli"));
    press(Qt::Key_Return); // the only match opens straight from the search field
    QCOMPARE(window.pages()->currentWidget(), window.customerPage());
    press(Qt::Key_Escape);
    QCOMPARE(window.pages()->currentWidget(), window.customersPage());
    // The list still has the filter and the customer highlighted.
    QCOMPARE(window.customersPage()->searchField()->text(), QStringLiteral("deli"));
    QCOMPARE(window.customersPage()->currentCustomerId(), deli);
}

QTEST_MAIN(CounterFlowTest)
#include "counter_flow_test.moc"
