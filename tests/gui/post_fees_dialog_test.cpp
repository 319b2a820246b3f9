// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "collections/collections.h"
#include "dialogs/post_fees_dialog.h"
#include "models/fee_plan_model.h"
#include "models/timeline_model.h"
#include "models/worklist_model.h"
#include "pages/today_page.h"
#include "support/test_book.h"
#include "support/widget_helpers.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace recoup;

namespace {

qint64 feeCharges(Database &db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM fee_charges")) || !q.next())
        qFatal("cannot count fee charges");
    return q.value(0).toLongLong();
}

/// Fees on (10.00 + 1.5 % after 5 days): Ana's S1 (200.00) is at the late fee
/// step on 2026-03-14, Bo's S2 (99.99, due 03-01) is charged too.
void fill(test::TestBook &book)
{
    Collections c(book.ledger());
    CollectionPolicy policy = CollectionPolicy::defaultPolicy();
    policy.fees.enabled = true;
    policy.fees.graceDays = 5;
    policy.fees.flatAmount = 1000;
    policy.fees.percentBp = 150;
    if (!c.savePolicy(policy))
        qFatal("cannot save the policy");
    const qint64 a = book.customer(QStringLiteral("Ana Ruiz"), QStringLiteral("C1"));
    const qint64 b = book.customer(QStringLiteral("Bo's Bakery"), QStringLiteral("C2"));
    book.sale(a, QStringLiteral("200.00"), QDate(2026, 1, 1), 30, QStringLiteral("S1"));
    book.sale(b, QStringLiteral("99.99"), QDate(2026, 2, 1), 28, QStringLiteral("S2"));
}

/// Acts on the next modal PostFeesDialog once it is up.
void onNextDialog(const std::function<void(PostFeesDialog &)> &act)
{
    auto *timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, [timer, act] {
        auto *dialog = qobject_cast<PostFeesDialog *>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return;
        timer->stop();
        timer->deleteLater();
        act(*dialog);
    });
    timer->start();
}

} // namespace

class PostFeesDialogTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    // The preview shows every charge due today; Enter posts exactly those;
    // the next preview has nothing new and nothing to post.
    void previewThenPostWithEnter()
    {
        test::TestBook book;
        fill(book);
        Collections collections(book.ledger());
        PostFeesDialog dialog(book.ledger(), collections);
        QVERIFY(test::showAndFocus(dialog));
        const FeePlanModel *model = dialog.model();
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->index(0, FeePlanModel::CustomerColumn).data().toString(), QStringLiteral("Ana Ruiz"));
        QCOMPARE(model->index(0, FeePlanModel::ChargeColumn).data().toString(), QStringLiteral("Late fee"));
        QCOMPARE(model->index(0, FeePlanModel::AmountColumn).data().toString(), QStringLiteral("13.00"));
        QCOMPARE(model->index(0, FeePlanModel::ItemColumn).data().toString(), QStringLiteral("S1-F1"));
        QCOMPARE(model->index(1, FeePlanModel::AmountColumn).data().toString(), QStringLiteral("11.50"));
        QCOMPARE(test::child<QLabel>(dialog, "totalLabel")->text(), QStringLiteral("2 charges, 24.50 in all."));
        QCOMPARE(feeCharges(book.db()), 0);

        QTest::keyClick(test::child<QTableView>(dialog, "chargesView"), Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.posted().lines, model->plan().lines);
        QCOMPARE(feeCharges(book.db()), 2);
        QCOMPARE(book.ledger().debtByRef(QStringLiteral("S1-F1"))->amount, 1300);

        PostFeesDialog again(book.ledger(), collections);
        QVERIFY(test::showAndFocus(again));
        QCOMPARE(again.model()->rowCount(), 0);
        QCOMPARE(test::child<QLabel>(again, "totalLabel")->text(), QStringLiteral("Nothing new is due today."));
        QVERIFY(!test::child<QPushButton>(again, "postButton")->isEnabled());
        QTest::keyClick(&again, Qt::Key_Return);
        QCOMPARE(feeCharges(book.db()), 2);
    }

    // Posted elsewhere meanwhile: the dialog posts nothing and shows the new preview.
    void bookChangedSincePreview()
    {
        test::TestBook book;
        fill(book);
        Collections collections(book.ledger());
        PostFeesDialog dialog(book.ledger(), collections);
        QVERIFY(test::showAndFocus(dialog));
        QCOMPARE(dialog.model()->rowCount(), 2);
        Collections other(book.ledger());
        QVERIFY(other.postFees(QDate(2026, 3, 14), nullptr, book.ledger().customerByRef(QStringLiteral("C2"))->id));
        QTest::keyClick(test::child<QTableView>(dialog, "chargesView"), Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QVERIFY2(test::child<QLabel>(dialog, "messageLabel")->text().contains(QStringLiteral("changed")),
            qPrintable(test::child<QLabel>(dialog, "messageLabel")->text()));
        QCOMPARE(dialog.model()->rowCount(), 1);
        QCOMPARE(feeCharges(book.db()), 1);
        QTest::keyClick(test::child<QTableView>(dialog, "chargesView"), Qt::Key_Return);
        QCOMPARE(feeCharges(book.db()), 2);
    }

    // From Today: F on the late fee task opens the dialog for that customer;
    // unticking "Only" shows the whole book; Enter posts.
    void fromTheLateFeeTaskOnToday()
    {
        test::TestBook book;
        fill(book);
        TodayPage page(book.ledger());
        page.show();
        QApplication::setActiveWindow(&page);
        QVERIFY(QTest::qWaitForWindowActive(&page));
        if (page.taskCount() < 0) {
            QSignalSpy spy(&page, &TodayPage::refreshed);
            QVERIFY(spy.wait(10000));
        }
        int row = -1;
        for (int r = 0; r < page.model()->rowCount(); ++r)
            if (page.model()->task(r)->action == LadderAction::LateFee)
                row = r;
        QVERIFY(row >= 0);
        page.table()->selectRow(row);
        page.table()->setFocus();

        int shown = -1;
        int whole = -1;
        bool only = false;
        onNextDialog([&](PostFeesDialog &dialog) {
            shown = dialog.model()->rowCount();
            auto *check = test::child<QCheckBox>(dialog, "onlyCustomerCheck");
            only = check->isChecked() && check->text().contains(QStringLiteral("Ana Ruiz"));
            check->setChecked(false);
            whole = dialog.model()->rowCount();
            check->setChecked(true);
            QTest::keyClick(test::child<QTableView>(dialog, "chargesView"), Qt::Key_Return);
        });
        QTest::keyClick(page.table(), Qt::Key_F);
        QTRY_COMPARE_WITH_TIMEOUT(feeCharges(book.db()), 1, 10000);
        QCOMPARE(shown, 1);
        QVERIFY(only);
        QCOMPARE(whole, 2);
        QVERIFY(book.ledger().debtByRef(QStringLiteral("S1-F1")).ok());
        QVERIFY(!book.ledger().debtByRef(QStringLiteral("S2-F1")).ok());
    }

    // The sale's timeline shows the fee charged on it, and its waiver with the reason.
    void timelineShowsChargeAndWaiver()
    {
        test::TestBook book;
        fill(book);
        Collections collections(book.ledger());
        QVERIFY(collections.postFees(QDate(2026, 3, 14)).ok());
        const qint64 item = book.ledger().debtByRef(QStringLiteral("S1-F1"))->id;
        QVERIFY(collections.waiveFee(item, QStringLiteral("First time late")).ok());
        TimelineModel timeline(book.ledger());
        timeline.setDebt(book.ledger().debtByRef(QStringLiteral("S1"))->id);
        QStringList what;
        for (int r = 0; r < timeline.rowCount(); ++r)
            what << timeline.index(r, TimelineModel::What).data().toString();
        QVERIFY2(what.contains(QStringLiteral("Late fee 13.00 charged as S1-F1")), qPrintable(what.join(u'|')));
        QVERIFY2(what.contains(QStringLiteral("Waived S1-F1 (13.00): First time late")), qPrintable(what.join(u'|')));
        // The item's own timeline: the fee, and the reversal that waived it.
        timeline.setDebt(item);
        QCOMPARE(timeline.rowCount(), 2);
        QCOMPARE(timeline.index(0, TimelineModel::What).data().toString(),
            QStringLiteral("Late fee on S1 — reversed: Waived: First time late"));
    }
};

QTEST_MAIN(PostFeesDialogTest)
#include "post_fees_dialog_test.moc"
