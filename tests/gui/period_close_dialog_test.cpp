// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
// File > Close the books, by keyboard alone: the end of last month closed with
// Enter, a day in the future refused in words, the books reopened with a reason.
#include "dialogs/period_close_dialog.h"
#include "ledger/ledger_verifier.h"
#include "ledger/period_close.h"
#include "main_window.h"
#include "models/display_text.h"
#include "support/test_book.h"
#include "support/widget_helpers.h"

#include <QAction>
#include <QApplication>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QTest>

using namespace recoup;
using recoup::test::child;
using recoup::test::showAndFocus;
using recoup::test::TestBook;

class PeriodCloseDialogTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void closesTheEndOfLastMonthWithEnter()
    {
        TestBook book; // today is 2026-03-14
        book.ledger().setUser(QStringLiteral("ana"));
        PeriodCloseDialog dialog(book.ledger());
        QVERIFY(showAndFocus(dialog));
        auto *date = child<QDateEdit>(dialog, "dateEdit");
        QCOMPARE(QApplication::focusWidget(), date);
        QCOMPARE(date->date(), QDate(2026, 2, 28));
        QVERIFY(!date->accessibleName().isEmpty());
        QVERIFY(!child<QLineEdit>(dialog, "reasonEdit")->accessibleName().isEmpty());
        QVERIFY(child<QLabel>(dialog, "currentLabel")->text().startsWith(QLatin1String("The books are not closed.")));
        QVERIFY(!child<QRadioButton>(dialog, "reopenRadio")->isEnabled());
        QVERIFY(!child<QLineEdit>(dialog, "reasonEdit")->isEnabled());
        QVERIFY(child<QPushButton>(dialog, "saveButton")->text().contains(QLatin1String("Enter")));
        QTest::keyClick(date, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(book.ledger().closedThrough(), QDate(2026, 2, 28));
    }

    void dayInTheFutureIsRefusedInWords()
    {
        TestBook book;
        PeriodCloseDialog dialog(book.ledger());
        QVERIFY(showAndFocus(dialog));
        auto *date = child<QDateEdit>(dialog, "dateEdit");
        // To the year, as the locale orders the date (Tab moves from part to part), and a year on.
        const QStringList parts = DisplayText::dateFormat().split(QRegularExpression(QStringLiteral("[^dMy]+")));
        QTest::keyClick(date, Qt::Key_Home);
        for (qsizetype i = 0; i < parts.size() && !parts.at(i).startsWith(QLatin1Char('y')); ++i)
            QTest::keyClick(date, Qt::Key_Tab);
        QTest::keyClick(date, Qt::Key_Up);
        QCOMPARE(date->date(), QDate(2027, 2, 28));
        QCOMPARE(QApplication::focusWidget(), date);
        QVERIFY(child<QLabel>(dialog, "effectLabel")->text().contains(DisplayText::date(QDate(2027, 2, 28))));
        QTest::keyClick(date, Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QVERIFY2(child<QLabel>(dialog, "messageLabel")->text().contains(QLatin1String("in the future")),
            qPrintable(child<QLabel>(dialog, "messageLabel")->text()));
        QVERIFY(!book.ledger().closedThrough().isValid());
        QCOMPARE(book.ledger().audit().count(), 0);
    }

    void reopensWithAReasonByKeyboard()
    {
        TestBook book;
        book.ledger().setUser(QStringLiteral("ana"));
        QVERIFY(PeriodClose(book.ledger()).close(QDate(2026, 2, 28)));
        book.ledger().setUser(QStringLiteral("bo"));
        PeriodCloseDialog dialog(book.ledger());
        QVERIFY(showAndFocus(dialog));
        QVERIFY2(
            child<QLabel>(dialog, "currentLabel")
                ->text()
                .startsWith(QStringLiteral("The books are closed through %1 (by ana, %2).")
                                .arg(DisplayText::date(QDate(2026, 2, 28)), DisplayText::date(QDate(2026, 3, 14)))),
            qPrintable(child<QLabel>(dialog, "currentLabel")->text()));
        // Back from the day to the choice, then down to "Reopen them all".
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
        QCOMPARE(QApplication::focusWidget(), child<QRadioButton>(dialog, "closeRadio"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
        QVERIFY(child<QRadioButton>(dialog, "reopenAllRadio")->isChecked());
        QVERIFY(dialog.reopens());
        auto *save = child<QPushButton>(dialog, "saveButton");
        QVERIFY(save->text().startsWith(QLatin1String("Reopen the books")));
        // No reason, no reopening: Enter does nothing.
        QVERIFY(!save->isEnabled());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        // The day is not asked when all is reopened: Tab goes to the reason.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(dialog, "reasonEdit"));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Year-end audit"));
        QVERIFY(save->isEnabled());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!book.ledger().closedThrough().isValid());
        const auto last = PeriodClose(book.ledger()).lastChange();
        QVERIFY(last && last.value());
        QCOMPARE(last.value()->recordedBy, QStringLiteral("bo"));
        QCOMPARE(last.value()->reason, QStringLiteral("Year-end audit"));
        QVERIFY(LedgerVerifier(book.db()).run().ok());
    }

    void fileMenuOpensIt()
    {
        TestBook book;
        MainWindow window(book.ledger());
        auto *action = window.findChild<QAction *>(QStringLiteral("closeBooksAction"));
        QVERIFY(action);
        QVERIFY(window.menus().first()->actions().contains(action));
        QVERIFY(action->text().contains(QLatin1String("&b")));
        action->trigger();
        auto *dialog = window.findChild<PeriodCloseDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        dialog->reject();
    }
};

QTEST_MAIN(PeriodCloseDialogTest)
#include "period_close_dialog_test.moc"
