// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/money.h"
#include "dialogs/debt_dialog.h"
#include "dialogs/dialog_support.h"
#include "models/display_text.h"
#include "support/test_book.h"
#include "support/widget_helpers.h"

#include <QApplication>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTest>

using namespace recoup;
using recoup::test::child;
using recoup::test::showAndFocus;
using recoup::test::TestBook;

class DebtDialogTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void newSaleWithDefaultTermsByKeyboard()
    {
        TestBook book;
        const qint64 c = book.customer(QStringLiteral("Baker St Deli"));
        DebtDialog dialog(book.ledger(), c);
        QVERIFY(showAndFocus(dialog));
        QCOMPARE(dialog.windowTitle(), QStringLiteral("New sale — Baker St Deli"));
        const QString suggested = book.ledger().nextDebtRef();
        QCOMPARE(child<QLineEdit>(dialog, "refEdit")->placeholderText(), suggested);
        QCOMPARE(child<QDateEdit>(dialog, "issueDateEdit")->date(), QDate(2026, 3, 14));
        QVERIFY(child<QDateEdit>(dialog, "issueDateEdit")->calendarPopup());
        QVERIFY(child<QRadioButton>(dialog, "termsRadio")->isChecked());
        QCOMPARE(child<QSpinBox>(dialog, "termsSpin")->value(), 30);
        QCOMPARE(child<QLabel>(dialog, "dueSummary")->text(),
            QStringLiteral("Due %1").arg(DisplayText::date(QDate(2026, 4, 13))));
        auto *save = child<QPushButton>(dialog, "saveButton");
        QVERIFY(!save->isEnabled());

        QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(dialog, "amountEdit"));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("262.30"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Paint, 4 tins"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);

        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const auto debt = book.ledger().debt(dialog.debtId());
        QVERIFY(debt);
        QCOMPARE(debt->ref, suggested);
        QCOMPARE(debt->description, QStringLiteral("Paint, 4 tins"));
        QCOMPARE(debt->amount, book.minor(QStringLiteral("262.30")));
        QCOMPARE(debt->issueDate, QDate(2026, 3, 14));
        QCOMPARE(debt->dueDate, QDate(2026, 4, 13));
        QCOMPARE(debt->termsDays, std::optional<int>(30));
        QCOMPARE(book.ledger().customer(c)->balance, book.minor(QStringLiteral("262.30")));
    }

    void dueOnADate()
    {
        TestBook book;
        const qint64 c = book.customer(QStringLiteral("Ana"));
        DebtDialog dialog(book.ledger(), c);
        QVERIFY(showAndFocus(dialog));
        QTest::keyClicks(child<QLineEdit>(dialog, "amountEdit"), QStringLiteral("40"));
        QTest::keyClicks(child<QLineEdit>(dialog, "refEdit"), QStringLiteral("INV-7"));
        child<QDateEdit>(dialog, "issueDateEdit")->setDate(QDate(2026, 3, 1));
        child<QRadioButton>(dialog, "dueDateRadio")->click();
        QVERIFY(child<QDateEdit>(dialog, "dueDateEdit")->isEnabled());
        QVERIFY(!child<QSpinBox>(dialog, "termsSpin")->isEnabled());
        child<QDateEdit>(dialog, "dueDateEdit")->setDate(QDate(2026, 2, 1));
        QCOMPARE(child<QLabel>(dialog, "dueSummary")->text(), QStringLiteral("The due date is before the issue date."));
        QVERIFY(!child<QPushButton>(dialog, "saveButton")->isEnabled());
        child<QDateEdit>(dialog, "dueDateEdit")->setDate(QDate(2026, 3, 20));
        QTest::keyClick(child<QLineEdit>(dialog, "refEdit"), Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const auto debt = book.ledger().debtByRef(QStringLiteral("INV-7"));
        QVERIFY(debt);
        QCOMPARE(debt->dueDate, QDate(2026, 3, 20));
        QCOMPARE(debt->termsDays, std::nullopt);
    }

    void refusesBadAmounts_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("zero") << QStringLiteral("0");
        QTest::newRow("negative") << QStringLiteral("-5");
        QTest::newRow("letters") << QStringLiteral("abc");
        QTest::newRow("too many decimals") << QStringLiteral("1.234");
        QTest::newRow("absurdly large") << QStringLiteral("99999999999999999");
    }

    void refusesBadAmounts()
    {
        QFETCH(QString, typed);
        TestBook book;
        const qint64 c = book.customer(QStringLiteral("Ana"));
        DebtDialog dialog(book.ledger(), c);
        QVERIFY(showAndFocus(dialog));
        auto *amount = child<QLineEdit>(dialog, "amountEdit");
        QTest::keyClicks(amount, typed);
        QCOMPARE(child<QLabel>(dialog, "amountMessage")->text(),
            Money::parseUserAmount(typed, book.ledger().currency()).error());
        QVERIFY(!child<QPushButton>(dialog, "saveButton")->isEnabled());
        QTest::keyClick(amount, Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QVERIFY(book.ledger().openDebts(c).value().isEmpty());
        QCOMPARE(book.ledger().customer(c)->balance, 0);
    }

    void duplicateReferenceIsRefusedAndTheDialogStays()
    {
        TestBook book;
        const qint64 c = book.customer(QStringLiteral("Ana"));
        book.sale(c, QStringLiteral("10.00"), QDate(2026, 3, 1), 30, QStringLiteral("S-1"));
        DebtDialog dialog(book.ledger(), c);
        QVERIFY(showAndFocus(dialog));
        QTest::keyClicks(child<QLineEdit>(dialog, "amountEdit"), QStringLiteral("5"));
        QTest::keyClicks(child<QLineEdit>(dialog, "refEdit"), QStringLiteral("S-1"));
        QTest::keyClick(child<QLineEdit>(dialog, "refEdit"), Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QCOMPARE(child<QLabel>(dialog, "messageLabel")->text(),
            QStringLiteral("A sale with the reference “S-1” already exists."));
        QCOMPARE(book.ledger().openDebts(c).value().size(), 1);
    }

    // Issue 10: 9999-12-31 with terms of one day falls due after the last date a
    // book holds; the rules say so in the dialog, never SQLite's CHECK.
    void dueAfterTheLastDateIsRefusedInWords()
    {
        TestBook book;
        const qint64 c = book.customer(QStringLiteral("Ana"));
        DebtDialog dialog(book.ledger(), c);
        QVERIFY(showAndFocus(dialog));
        QTest::keyClicks(child<QLineEdit>(dialog, "amountEdit"), QStringLiteral("40"));
        child<QDateEdit>(dialog, "issueDateEdit")->setDate(QDate(9999, 12, 31));
        QCOMPARE(child<QDateEdit>(dialog, "issueDateEdit")->date(), QDate(9999, 12, 31));
        child<QSpinBox>(dialog, "termsSpin")->setValue(1);
        const QString summary = child<QLabel>(dialog, "dueSummary")->text();
        QVERIFY2(summary.contains(QStringLiteral("the last date a book can hold")), qPrintable(summary));
        QVERIFY(!child<QPushButton>(dialog, "saveButton")->isEnabled());
        child<QSpinBox>(dialog, "termsSpin")->setValue(0);
        QVERIFY(child<QPushButton>(dialog, "saveButton")->isEnabled());
    }

    // A sale the book total cannot take is refused with the rule's message; the dialog stays.
    void saleThatPassesTheBookTotalIsRefused()
    {
        TestBook book;
        const qint64 c = book.customer(QStringLiteral("Ana"));
        for (int i = 0; i < 10; ++i)
            book.sale(c, QStringLiteral("92233720368547.00"), QDate(2026, 3, 1));
        DebtDialog dialog(book.ledger(), c);
        QVERIFY(showAndFocus(dialog));
        QTest::keyClicks(child<QLineEdit>(dialog, "amountEdit"), QStringLiteral("92233720368547"));
        QTest::keyClick(child<QLineEdit>(dialog, "amountEdit"), Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        const QString message = child<QLabel>(dialog, "messageLabel")->text();
        QVERIFY2(message.contains(QStringLiteral("the most one book can hold")), qPrintable(message));
        QCOMPARE(book.ledger().debts(c).value().size(), 10);
    }

    void germanLocale()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        TestBook book(QStringLiteral("EUR"));
        const qint64 c = book.customer(QStringLiteral("Müller"));
        DebtDialog dialog(book.ledger(), c);
        QVERIFY(showAndFocus(dialog));
        QCOMPARE(child<QDateEdit>(dialog, "issueDateEdit")->text(), QStringLiteral("14.03.2026"));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("1.234,50"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(book.ledger().debt(dialog.debtId())->amount, book.minor(QStringLiteral("1234.50")));
    }
};

QTEST_MAIN(DebtDialogTest)
#include "debt_dialog_test.moc"
