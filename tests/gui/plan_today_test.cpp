// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "collections/collections.h"
#include "models/worklist_model.h"
#include "pages/today_page.h"
#include "support/test_book.h"

#include <QApplication>
#include <QLabel>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

using namespace recoup;

namespace {

qint64 planTaskRecords(Database &db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM plan_task_records WHERE outcome = 'done'")) || !q.next())
        qFatal("cannot count plan task records");
    return q.value(0).toLongLong();
}

void makePlan(Collections &c, qint64 customerId, const QDate &madeOn, const QDate &first)
{
    PlanRequest r;
    r.customerId = customerId;
    r.count = 2;
    r.frequency = PlanFrequency::Month;
    r.firstDate = first;
    r.madeOn = madeOn;
    auto draft = c.previewPlan(r);
    if (!draft)
        qFatal("plan: %s", qPrintable(draft.error()));
    if (auto saved = c.savePlan(draft.value()); !saved)
        qFatal("plan: %s", qPrintable(saved.error()));
}

} // namespace

/// Payment plans on Today: a broken plan is a task of its own, done by keyboard;
/// the installments of plans on track are expected money in the outlook.
class PlanTodayTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void brokenPlanIsATaskAndInstallmentsAreExpected()
    {
        // On 2026-03-14: Ana's plan missed its 03-01 installment (3 grace days:
        // broken since 03-05); Bo's plan falls due on 03-20 and 04-20.
        test::TestBook book;
        Collections c(book.ledger());
        const qint64 ana = book.customer(QStringLiteral("Ana Ruiz"), QStringLiteral("C1"));
        const qint64 bo = book.customer(QStringLiteral("Bo's Bakery"), QStringLiteral("C2"));
        book.sale(ana, QStringLiteral("80.00"), QDate(2026, 1, 1), 30, QStringLiteral("S1"));
        book.sale(bo, QStringLiteral("50.00"), QDate(2026, 2, 1), 30, QStringLiteral("S2"));
        makePlan(c, ana, QDate(2026, 2, 1), QDate(2026, 3, 1));
        makePlan(c, bo, QDate(2026, 3, 10), QDate(2026, 3, 20));

        TodayPage page(book.ledger());
        page.show();
        QApplication::setActiveWindow(&page);
        QVERIFY(QTest::qWaitForWindowActive(&page));
        if (page.taskCount() < 0) {
            QSignalSpy spy(&page, &TodayPage::refreshed);
            QVERIFY(spy.wait(10000));
        }
        const WorklistModel *model = page.model();
        // Ana: the broken plan first, then the ladder on its missed installment.
        QCOMPARE(page.taskCount(), 2);
        QCOMPARE(model->index(0, WorklistModel::CustomerColumn).data().toString(), QStringLiteral("Ana Ruiz"));
        QCOMPARE(model->index(0, WorklistModel::ActionColumn).data().toString(),
            QStringLiteral("Broken payment plan: get in touch"));
        QCOMPARE(model->index(0, WorklistModel::ReasonColumn).data().toString(),
            QStringLiteral("plan P-00001: installment P-00001/1 due 3/1/2026 not paid"));
        QCOMPARE(model->index(0, WorklistModel::SalesColumn).data().toString(), QStringLiteral("P-00001/1, P-00001/2"));
        QCOMPARE(model->index(1, WorklistModel::SalesColumn).data().toString(), QStringLiteral("P-00001/1"));
        // Bo's installment of 03-20 is expected; Ana's broken plan is not.
        QCOMPARE(page.outlookLabel()->text(),
            QStringLiteral("Expected over the next 4 weeks: 25.00 (installments 25.00, promises 0.00)    Collected "
                           "since 3/9/2026: 0.00"));

        // D: the broken plan's task is done, on the record, off the list.
        QSignalSpy refreshed(&page, &TodayPage::refreshed);
        page.table()->setFocus();
        page.table()->selectRow(0);
        QTest::keyClick(page.table(), Qt::Key_D);
        QTRY_COMPARE(refreshed.count(), 1);
        QCOMPARE(planTaskRecords(book.db()), 1);
        QCOMPARE(page.taskCount(), 1);
        QVERIFY(model->index(0, WorklistModel::ActionColumn).data().toString()
            != QStringLiteral("Broken payment plan: get in touch"));
    }
};

QTEST_MAIN(PlanTodayTest)
#include "plan_today_test.moc"
