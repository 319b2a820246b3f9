// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "collections/contact_limits.h"
#include "dialogs/contact_dialog.h"
#include "dialogs/dispute_dialog.h"
#include "dialogs/ladder_dialog.h"
#include "models/timeline_model.h"
#include "pages/customer_page.h"
#include "support/test_book.h"
#include "support/widget_helpers.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

using namespace recoup;
using recoup::test::TestBook;

namespace {

qint64 count(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        qFatal("cannot count: %s", qPrintable(sql));
    return q.value(0).toLongLong();
}

/// Keys go where the focus is, as they would from a real keyboard.
void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = QApplication::focusWidget();
    QVERIFY(target);
    QTest::keyClick(target, key, modifiers);
}

void type(const QString &text)
{
    QWidget *target = QApplication::focusWidget();
    QVERIFY(target);
    QTest::keyClicks(target, text);
}

/// The dialog of that type once it is up with the keyboard focus in it.
template <typename T>
T *waitForDialog()
{
    QPointer<T> dialog;
    if (!QTest::qWaitFor([&] { return (dialog = qobject_cast<T *>(QApplication::activeModalWidget())) != nullptr; }))
        return nullptr;
    if (!QTest::qWaitFor(
            [&] { return QApplication::focusWidget() && QApplication::focusWidget()->window() == dialog; }))
        return nullptr;
    return dialog;
}

QStringList timelineTexts(QTableView *timeline)
{
    QStringList texts;
    for (int row = 0; row < timeline->model()->rowCount(); ++row)
        texts << timeline->model()->index(row, TimelineModel::What).data().toString();
    return texts;
}

} // namespace

class CustomerCollectionsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void aCallWithAPromiseInAFewKeys();
    void aPromiseForMoreThanIsOwedIsRefused();
    void aDisputeOpenedAndResolvedByKeyboard();
    void remindersPausedForACustomer();
    void aCallBeyondTheLimitsIsWarnedFirst();

private:
    struct Counter
    {
        TestBook book;
        qint64 customer = 0;
        std::unique_ptr<CustomerPage> page;
    };
    /// Ana owes two sales on 2026-03-14, one 42 days late; her page is open.
    static void open(Counter &c)
    {
        c.customer = c.book.customer(QStringLiteral("Ana Ruiz"), QStringLiteral("C1"));
        c.book.sale(c.customer, QStringLiteral("120.00"), QDate(2026, 1, 1), 30, QStringLiteral("S1"));
        c.book.sale(c.customer, QStringLiteral("30.00"), QDate(2026, 3, 1), 30, QStringLiteral("S2"));
        c.page = std::make_unique<CustomerPage>(c.book.ledger());
        c.page->resize(1200, 700);
        c.page->setCustomer(c.customer);
        c.page->show();
        QApplication::setActiveWindow(c.page.get());
        QVERIFY(QTest::qWaitForWindowActive(c.page.get()));
        c.page->openItemsView()->setFocus();
    }
};

void CustomerCollectionsTest::aCallWithAPromiseInAFewKeys()
{
    Counter c;
    open(c);
    QVERIFY(c.page->standingLabel()->text().contains(QStringLiteral("Step: ")));
    QVERIFY(c.page->standingLabel()->text().contains(QStringLiteral("No sale paid yet")));

    // Ctrl+L, "p" for promised, the amount is the balance already, Enter.
    press(Qt::Key_L, Qt::ControlModifier);
    auto *dialog = waitForDialog<ContactDialog>();
    QVERIFY(dialog);
    press(Qt::Key_P);
    auto *amount = test::child<QLineEdit>(*dialog, "promiseAmount");
    QVERIFY(amount->isEnabled());
    QCOMPARE(amount->text(), QStringLiteral("150.00"));
    press(Qt::Key_Return);
    QTRY_COMPARE(count(c.book.db(), QStringLiteral("SELECT count(*) FROM contacts")), 1);
    QCOMPARE(count(c.book.db(),
                 QStringLiteral("SELECT count(*) FROM promises p JOIN contacts c ON c.id = p.contact_id "
                                "WHERE p.amount = 15000 AND c.outcome = 'promised' AND c.channel = 'phone'")),
        1);

    // The call is on the selected sale's timeline, and the ladder waits for the promise.
    QTRY_VERIFY(
        timelineTexts(c.page->timelineView()).join(QLatin1Char('\n')).contains(QStringLiteral("Promised to pay")));
    QVERIFY(c.page->standingLabel()->text().contains(QStringLiteral("waits")));
}

void CustomerCollectionsTest::aPromiseForMoreThanIsOwedIsRefused()
{
    Counter c;
    open(c);
    press(Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    auto *dialog = waitForDialog<ContactDialog>();
    QVERIFY(dialog);
    auto *amount = test::child<QLineEdit>(*dialog, "promiseAmount");
    QCOMPARE(QApplication::focusWidget(), amount);
    amount->selectAll();
    type(QStringLiteral("900.00"));
    press(Qt::Key_Return);
    auto *message = test::child<QLabel>(*dialog, "message");
    QTRY_VERIFY(!message->text().isEmpty());
    QVERIFY(dialog->isVisible());
    // Neither the contact nor the promise was kept.
    QCOMPARE(count(c.book.db(), QStringLiteral("SELECT count(*) FROM contacts")), 0);
    QCOMPARE(count(c.book.db(), QStringLiteral("SELECT count(*) FROM promises")), 0);
    dialog->reject();
}

void CustomerCollectionsTest::aDisputeOpenedAndResolvedByKeyboard()
{
    Counter c;
    open(c);
    c.page->selectOpenItem(0); // S1, the late one
    c.page->openItemsView()->setFocus();
    press(Qt::Key_D, Qt::ControlModifier);
    auto *dialog = waitForDialog<DisputeDialog>();
    QVERIFY(dialog);
    QVERIFY(!dialog->resolves());
    type(QStringLiteral("Two crates arrived broken"));
    press(Qt::Key_Return);
    QTRY_COMPARE(count(c.book.db(), QStringLiteral("SELECT count(*) FROM disputes WHERE amount = 12000")), 1);
    QTRY_VERIFY(c.page->standingLabel()->text().contains(QStringLiteral("S1 waits")));

    // The same keys on the same sale now resolve it: for the shop by default.
    QApplication::setActiveWindow(c.page.get());
    QVERIFY(QTest::qWaitForWindowActive(c.page.get()));
    c.page->openItemsView()->setFocus();
    press(Qt::Key_D, Qt::ControlModifier);
    dialog = waitForDialog<DisputeDialog>();
    QVERIFY(dialog);
    QVERIFY(dialog->resolves());
    press(Qt::Key_Return);
    QTRY_COMPARE(
        count(c.book.db(), QStringLiteral("SELECT count(*) FROM dispute_resolutions WHERE outcome = 'for_shop'")), 1);
    QCOMPARE(c.book.ledger().customer(c.customer)->balance, c.book.minor(QStringLiteral("150.00")));
    QVERIFY(timelineTexts(c.page->timelineView()).size() >= 3);
}

void CustomerCollectionsTest::remindersPausedForACustomer()
{
    Counter c;
    open(c);
    press(Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    auto *dialog = waitForDialog<LadderDialog>();
    QVERIFY(dialog);
    test::child<QRadioButton>(*dialog, "paused")->setChecked(true);
    test::child<QAbstractButton>(*dialog, "block_phone")->click();
    test::child<QPushButton>(*dialog, "saveButton")->click();
    QTRY_COMPARE(
        count(c.book.db(), QStringLiteral("SELECT count(*) FROM customer_ladders WHERE ladder = 'paused'")), 1);
    QCOMPARE(count(c.book.db(),
                 QStringLiteral("SELECT count(*) FROM customer_blocked_channels WHERE channel = "
                                "'phone'")),
        1);
    QTRY_VERIFY(c.page->standingLabel()->text().contains(QStringLiteral("waits")));
}

void CustomerCollectionsTest::aCallBeyondTheLimitsIsWarnedFirst()
{
    Counter c;
    open(c);
    ContactLimits limits;
    limits.maxCalls = 1;
    QVERIFY(limits.save(c.book.ledger()));
    for (int attempt = 0; attempt < 2; ++attempt) {
        QApplication::setActiveWindow(c.page.get());
        QVERIFY(QTest::qWaitForWindowActive(c.page.get()));
        c.page->openItemsView()->setFocus();
        press(Qt::Key_L, Qt::ControlModifier);
        auto *dialog = waitForDialog<ContactDialog>();
        QVERIFY(dialog);
        test::child<QLineEdit>(*dialog, "time")->setText(QStringLiteral("10:00"));
        press(Qt::Key_Return);
        if (attempt == 1) {
            // The second call about the same sale: a warning first, nothing logged; Enter again logs it.
            auto *message = test::child<QLabel>(*dialog, "message");
            QTRY_VERIFY(message->text().contains(QStringLiteral("call 2 in 7 days")));
            QCOMPARE(count(c.book.db(), QStringLiteral("SELECT count(*) FROM contacts")), 1);
            press(Qt::Key_Return);
        }
        QTRY_COMPARE(count(c.book.db(), QStringLiteral("SELECT count(*) FROM contacts")), attempt + 1);
    }
}

QTEST_MAIN(CustomerCollectionsTest)
#include "customer_collections_test.moc"
