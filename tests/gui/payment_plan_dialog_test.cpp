// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "collections/collections.h"
#include "dialogs/payment_plan_dialog.h"
#include "ledger/ledger_verifier.h"
#include "main_window.h"
#include "models/timeline_model.h"
#include "pages/customer_page.h"
#include "support/test_book.h"
#include "support/widget_helpers.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace recoup;
using recoup::test::child;
using recoup::test::showAndFocus;
using recoup::test::TestBook;

namespace {

QStringList schedule(PaymentPlanDialog &dialog)
{
    auto *table = child<QTableWidget>(dialog, "scheduleTable");
    QStringList rows;
    for (int row = 0; row < table->rowCount(); ++row)
        rows << QStringLiteral("%1 | %2 | %3")
                    .arg(table->item(row, 0)->text(), table->item(row, 1)->text(), table->item(row, 2)->text());
    return rows;
}

void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = QApplication::focusWidget();
    QVERIFY(target);
    QTest::keyClick(target, key, modifiers);
}

} // namespace

class PaymentPlanDialogTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    // From the customer page by its shortcut, typed by keyboard, saved with Enter:
    // the schedule shown is the plan saved.
    void planByKeyboardFromTheCustomerPage()
    {
        TestBook book;
        const qint64 ana = book.customer(QStringLiteral("Ana Ruiz"));
        const qint64 s1 = book.sale(ana, QStringLiteral("100.00"), QDate(2026, 1, 1), 30, QStringLiteral("S-1"));
        book.sale(ana, QStringLiteral("50.00"), QDate(2026, 2, 1), 30, QStringLiteral("S-2"));
        book.pay(ana, QStringLiteral("40.00"), QDate(2026, 2, 10), s1);

        MainWindow window(book.ledger());
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.showCustomer(ana);
        press(Qt::Key_I, Qt::ControlModifier);
        QPointer<PaymentPlanDialog> dialog;
        QTRY_VERIFY((dialog = qobject_cast<PaymentPlanDialog *>(QApplication::activeModalWidget())));
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Payment plan — Ana Ruiz"));
        QCOMPARE(child<QLabel>(*dialog, "owesLabel")->text(), QStringLiteral("Owes 110.00"));
        QCOMPARE(child<QListWidget>(*dialog, "salesList")->count(), 2);
        auto *count = child<QSpinBox>(*dialog, "countSpin");
        QTRY_COMPARE(QApplication::focusWidget(), count);
        // Three monthly from a month ahead, at first.
        QCOMPARE(schedule(*dialog),
            (QStringList{ QStringLiteral("1 of 3 (P-00001/1) | 4/14/2026 | 36.67"),
                QStringLiteral("2 of 3 (P-00001/2) | 5/14/2026 | 36.67"),
                QStringLiteral("3 of 3 (P-00001/3) | 6/14/2026 | 36.66") }));

        QTest::keyClicks(count, QStringLiteral("4"));
        QCOMPARE(count->value(), 4);
        press(Qt::Key_Tab); // to "Every"
        QCOMPARE(QApplication::focusWidget(), child<QComboBox>(*dialog, "everyCombo"));
        press(Qt::Key_Down); // Monthly -> Every two weeks
        QCOMPARE(child<QComboBox>(*dialog, "everyCombo")->currentText(), QStringLiteral("Every two weeks"));
        child<QLineEdit>(*dialog, "downEdit")->setFocus();
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("10.00"));
        QCOMPARE(schedule(*dialog),
            (QStringList{ QStringLiteral("Down payment (P-00001/0) | 3/14/2026 | 10.00"),
                QStringLiteral("1 of 4 (P-00001/1) | 4/14/2026 | 25.00"),
                QStringLiteral("2 of 4 (P-00001/2) | 4/28/2026 | 25.00"),
                QStringLiteral("3 of 4 (P-00001/3) | 5/12/2026 | 25.00"),
                QStringLiteral("4 of 4 (P-00001/4) | 5/26/2026 | 25.00") }));
        QCOMPARE(child<QLabel>(*dialog, "totalLabel")->text(),
            QStringLiteral("5 installments, every two weeks: 110.00, the balance on the plan"));
        auto *save = child<QPushButton>(*dialog, "saveButton");
        QVERIFY(save->isEnabled());
        QVERIFY(save->isDefault());
        const PlanDraft shown = *dialog->draft();

        press(Qt::Key_Return);
        QTRY_VERIFY(!dialog);
        Collections c(book.ledger());
        auto plans = c.plans(QDate(2026, 3, 14), ana);
        QVERIFY(plans);
        QCOMPARE(plans->size(), 1);
        const PlanDraft &saved = plans->first().draft;
        QCOMPARE(saved.installments.size(), shown.installments.size());
        for (qsizetype i = 0; i < shown.installments.size(); ++i) {
            QCOMPARE(saved.installments.at(i).ref, shown.installments.at(i).ref);
            QCOMPARE(saved.installments.at(i).dueDate, shown.installments.at(i).dueDate);
            QCOMPARE(saved.installments.at(i).amount, shown.installments.at(i).amount);
        }
        QCOMPARE(book.ledger().customer(ana)->balance, book.minor(QStringLiteral("110.00")));
        QVERIFY(LedgerVerifier(book.db()).run().ok());
        // The page shows the installments among the open items, and an
        // installment's timeline the plan made and each of its installments.
        CustomerPage *page = window.customerPage();
        QTRY_COMPARE(page->openItemsView()->model()->rowCount(), 5);
        page->selectOpenItem(0);
        QStringList timeline;
        QAbstractItemModel *model = page->timelineView()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            timeline << model->index(row, TimelineModel::What).data().toString();
        QVERIFY2(timeline.contains(QStringLiteral(
                     "Payment plan P-00001 made: 110.00 in 4 installments, every two weeks from 4/14/2026")),
            qPrintable(timeline.join(QLatin1Char('\n'))));
        QVERIFY(timeline.contains(QStringLiteral("Installment P-00001/4 of plan P-00001 due: 25.00")));
        QVERIFY(timeline.contains(QStringLiteral("Down payment P-00001/0 of plan P-00001 due: 10.00")));
    }

    // One sale unticked: the plan takes only the other; a down payment as large
    // as the balance is explained and Save stays off; Esc saves nothing.
    void refusalsAreExplained()
    {
        TestBook book;
        const qint64 ana = book.customer(QStringLiteral("Ana Ruiz"));
        book.sale(ana, QStringLiteral("60.00"), QDate(2026, 1, 1), 30, QStringLiteral("S-1"));
        book.sale(ana, QStringLiteral("50.00"), QDate(2026, 2, 1), 30, QStringLiteral("S-2"));
        Collections collections(book.ledger());
        PaymentPlanDialog dialog(collections, ana);
        QVERIFY(showAndFocus(dialog));
        auto *sales = child<QListWidget>(dialog, "salesList");
        sales->item(1)->setCheckState(Qt::Unchecked);
        QCOMPARE(dialog.draft()->balance, book.minor(QStringLiteral("60.00")));
        QCOMPARE(schedule(dialog).size(), 3);
        sales->item(0)->setCheckState(Qt::Unchecked);
        QVERIFY(!dialog.draft());
        QCOMPARE(child<QLabel>(dialog, "totalLabel")->text(), QStringLiteral("Tick the sales the plan is for."));
        QVERIFY(!child<QPushButton>(dialog, "saveButton")->isEnabled());
        sales->item(0)->setCheckState(Qt::Checked);

        child<QLineEdit>(dialog, "downEdit")->setFocus();
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("60"));
        QVERIFY(!dialog.draft());
        QVERIFY2(child<QLabel>(dialog, "messageLabel")->text().startsWith(QStringLiteral("The down payment (60.00)")),
            qPrintable(child<QLabel>(dialog, "messageLabel")->text()));
        QVERIFY(!child<QPushButton>(dialog, "saveButton")->isEnabled());
        press(Qt::Key_Return); // nothing to save: the dialog stays
        QVERIFY(dialog.isVisible());
        press(Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
        Collections c(book.ledger());
        QVERIFY(c.plans(QDate(2026, 3, 14), ana)->isEmpty());
    }

    // The schedule saves as a PDF a customer can be given.
    void scheduleAsPdf()
    {
        TestBook book;
        const qint64 ana = book.customer(QStringLiteral("Ana Ruiz"));
        book.sale(ana, QStringLiteral("60.00"), QDate(2026, 1, 1), 30, QStringLiteral("S-1"));
        Collections collections(book.ledger());
        PaymentPlanDialog dialog(collections, ana);
        QVERIFY(showAndFocus(dialog));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plan.pdf"));
        QVERIFY(dialog.writePdf(path));
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        QVERIFY(pdf.size() > 1000);
    }
};

QTEST_MAIN(PaymentPlanDialogTest)
#include "payment_plan_dialog_test.moc"
