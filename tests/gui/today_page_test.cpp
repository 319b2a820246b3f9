// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "collections/collections.h"
#include "main_window.h"
#include "models/worklist_model.h"
#include "pages/today_page.h"
#include "side_bar_delegate.h"
#include "support/test_book.h"

#include <QApplication>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace recoup;

namespace {

qint64 taskRecords(Database &db, const QString &outcome)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM task_records WHERE outcome = ?"));
    q.addBindValue(outcome);
    if (!q.exec() || !q.next())
        qFatal("cannot count task records");
    return q.value(0).toLongLong();
}

/// Answers the next modal input dialog as a user would, once it is up.
void answerNextDialog(const std::function<void(QInputDialog &)> &answer)
{
    auto *timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, [timer, answer] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return;
        timer->stop();
        timer->deleteLater();
        answer(*dialog);
    });
    timer->start();
}

} // namespace

class TodayPageTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void listsTodaysTasks();
    void doneSkipSnoozeByKeyboard();
    void emptyStateSaysWhatToExpect();
    void sideBarCountsTheTasks();

private:
    /// A book on 2026-03-14: Ana with two sales at a reminder, Bo at the personal call.
    static void fill(test::TestBook &book)
    {
        const qint64 a = book.customer(QStringLiteral("Ana Ruiz"), QStringLiteral("C1"));
        const qint64 b = book.customer(QStringLiteral("Bo's Bakery"), QStringLiteral("C2"));
        book.sale(a, QStringLiteral("20.00"), QDate(2026, 2, 1), 40, QStringLiteral("S1"));
        book.sale(a, QStringLiteral("30.50"), QDate(2026, 2, 1), 34, QStringLiteral("S2"));
        book.sale(b, QStringLiteral("99.99"), QDate(2026, 1, 1), 58, QStringLiteral("S3"));
    }
    /// As when the user is back in the window after a dialog closed.
    static void backTo(TodayPage &page)
    {
        QApplication::setActiveWindow(&page);
        QVERIFY(QTest::qWaitForWindowActive(&page));
        page.table()->setFocus();
    }
    static bool waitFor(TodayPage &page)
    {
        QSignalSpy spy(&page, &TodayPage::refreshed);
        return spy.wait(10000);
    }
};

void TodayPageTest::listsTodaysTasks()
{
    test::TestBook book;
    fill(book);
    TodayPage page(book.ledger());
    QVERIFY(waitFor(page));
    QCOMPARE(page.taskCount(), 2);
    const WorklistModel *model = page.model();
    // One reminder covers both of Ana's sales.
    QCOMPARE(model->index(0, WorklistModel::CustomerColumn).data().toString(), QStringLiteral("Ana Ruiz"));
    QCOMPARE(
        model->index(0, WorklistModel::ActionColumn).data().toString(), QStringLiteral("Send a reminder by e-mail"));
    QCOMPARE(model->index(0, WorklistModel::SalesColumn).data().toString(), QStringLiteral("S2, S1"));
    QCOMPARE(model->index(0, WorklistModel::AmountColumn).data().toString(), QStringLiteral("50.50"));
    QCOMPARE(model->index(1, WorklistModel::ActionColumn).data().toString(), QStringLiteral("Call"));
    QCOMPARE(model->index(1, WorklistModel::DaysColumn).data().toString(), QStringLiteral("14 days"));
    QCOMPARE(model->index(1, WorklistModel::ReasonColumn).data().toString(), QStringLiteral("Personal call"));
    QCOMPARE(page.outlookLabel()->text(),
        QStringLiteral("Expected over the next 4 weeks: 0.00 from promises    Collected since 3/9/2026: 0.00"));
}

void TodayPageTest::doneSkipSnoozeByKeyboard()
{
    test::TestBook book;
    fill(book);
    const qint64 c = book.customer(QStringLiteral("Cy"), QStringLiteral("C3"));
    book.sale(c, QStringLiteral("5.00"), QDate(2026, 2, 1), 40, QStringLiteral("S4"));
    TodayPage page(book.ledger());
    page.show();
    QApplication::setActiveWindow(&page);
    QVERIFY(QTest::qWaitForWindowActive(&page));
    if (page.taskCount() < 0)
        QVERIFY(waitFor(page));
    QCOMPARE(page.taskCount(), 3);
    page.table()->setFocus();
    QSignalSpy refreshed(&page, &TodayPage::refreshed);

    // D: Ana's reminder is done for both sales, and leaves the list.
    page.table()->selectRow(0);
    QTest::keyClick(page.table(), Qt::Key_D);
    QTRY_COMPARE(refreshed.count(), 1);
    QCOMPARE(page.taskCount(), 2);
    QCOMPARE(taskRecords(book.db(), QStringLiteral("done")), 2);

    // S asks why; the reason is kept.
    page.table()->selectRow(0);
    answerNextDialog([](QInputDialog &d) {
        d.setTextValue(QStringLiteral("Paying by transfer on Monday"));
        d.accept();
    });
    QTest::keyClick(page.table(), Qt::Key_S);
    QTRY_COMPARE(refreshed.count(), 2);
    QCOMPARE(page.taskCount(), 1);
    QSqlQuery q(book.db().connection());
    QVERIFY(q.exec(QStringLiteral("SELECT reason FROM task_records WHERE outcome = 'skipped'")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("Paying by transfer on Monday"));
    q.finish();
    backTo(page);

    // Z snoozes to a day; cancelling changes nothing.
    page.table()->selectRow(0);
    bool cancelled = false;
    answerNextDialog([&cancelled](QInputDialog &d) {
        d.reject();
        cancelled = true;
    });
    QTest::keyClick(page.table(), Qt::Key_Z);
    QTRY_VERIFY(cancelled);
    QCOMPARE(taskRecords(book.db(), QStringLiteral("snoozed")), 0);
    answerNextDialog([](QInputDialog &d) {
        d.setTextValue(d.comboBoxItems().at(2)); // in a week
        d.accept();
    });
    backTo(page);
    QTest::keyClick(page.table(), Qt::Key_Z);
    QTRY_COMPARE(refreshed.count(), 3);
    QCOMPARE(page.taskCount(), 0);
    QVERIFY(q.exec(QStringLiteral("SELECT snoozed_until FROM task_records WHERE outcome = 'snoozed'")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("2026-03-21"));
}

void TodayPageTest::emptyStateSaysWhatToExpect()
{
    test::TestBook book;
    TodayPage page(book.ledger());
    page.show();
    QVERIFY(waitFor(page));
    QCOMPARE(page.taskCount(), 0);
    QVERIFY(!page.table()->isVisible());
    const auto *empty = page.findChild<QLabel *>(QStringLiteral("empty"));
    QVERIFY(empty && empty->isVisible());
    QVERIFY(empty->text().startsWith(QLatin1String("Nothing to chase today.")));
}

void TodayPageTest::sideBarCountsTheTasks()
{
    test::TestBook book;
    fill(book);
    MainWindow window(book.ledger());
    auto *today = qobject_cast<TodayPage *>(window.pages()->widget(MainWindow::Today));
    QVERIFY(today);
    if (today->taskCount() < 0)
        QVERIFY(waitFor(*today));
    QListWidgetItem *item = window.sideBar()->item(MainWindow::Today);
    QCOMPARE(item->text(), QStringLiteral("Today"));
    QCOMPARE(item->data(SideBarDelegate::CountRole).toString(), QStringLiteral("2"));
    QCOMPARE(item->data(Qt::AccessibleTextRole).toString(), QStringLiteral("Today, 2 tasks wait"));
    // Working through a task by keyboard on the page updates the count.
    window.showPage(MainWindow::Today);
    today->table()->selectRow(1);
    today->markDone();
    QVERIFY(waitFor(*today));
    QCOMPARE(item->data(SideBarDelegate::CountRole).toString(), QStringLiteral("1"));
    QCOMPARE(item->data(Qt::AccessibleTextRole).toString(), QStringLiteral("Today, 1 task waits"));
}

QTEST_MAIN(TodayPageTest)
#include "today_page_test.moc"
