// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/money.h"
#include "dialogs/payment_dialog.h"
#include "support/test_book.h"
#include "support/widget_helpers.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace recoup;
using recoup::test::child;
using recoup::test::showAndFocus;
using recoup::test::TestBook;

namespace {

qsizetype entryCount(TestBook &book, qint64 customerId)
{
    return book.ledger().customerEntries(customerId).value().size();
}

} // namespace

class PaymentDialogTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void recordsPaymentByKeyboardOnly()
    {
        TestBook book;
        const qint64 deli = book.customer(QStringLiteral("Baker St Deli"));
        book.sale(deli, QStringLiteral("212.30"), QDate(2026, 1, 5), 30, QStringLiteral("S-1041"));
        book.sale(deli, QStringLiteral("200.00"), QDate(2026, 2, 20), 30, QStringLiteral("S-1077"));

        PaymentDialog dialog(book.ledger(), deli);
        QVERIFY(showAndFocus(dialog));
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Record payment — Baker St Deli"));
        QCOMPARE(child<QLabel>(dialog, "owesLabel")->text(), QStringLiteral("Owes 412.30"));
        auto *amount = child<QLineEdit>(dialog, "amountEdit");
        QCOMPARE(QApplication::focusWidget(), amount);
        QCOMPARE(child<QDateEdit>(dialog, "dateEdit")->date(), QDate(2026, 3, 14));
        auto *save = child<QPushButton>(dialog, "saveButton");
        QVERIFY(!save->isEnabled());
        QVERIFY(save->isDefault());
        QVERIFY(save->text().contains(QStringLiteral("Enter")));

        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("250.00"));
        QCOMPARE(dialog.previewText(), QStringLiteral("S-1041  212.30 → 0.00\nS-1077  200.00 → 162.30"));
        QCOMPARE(child<QLabel>(dialog, "creditLabel")->text(), QStringLiteral("Left as credit: 0.00"));
        QCOMPARE(child<QLabel>(dialog, "newBalanceLabel")->text(), QStringLiteral("New balance: 162.30"));
        QCOMPARE(child<QLabel>(dialog, "amountMessage")->text(), QString());
        QVERIFY(save->isEnabled());

        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.isVisible());
        QCOMPARE(book.ledger().customer(deli)->balance, book.minor(QStringLiteral("162.30")));
        QCOMPARE(book.ledger().debtByRef(QStringLiteral("S-1041"))->openAmount, 0);
        const auto payment = book.ledger().entry(dialog.paymentEntryId());
        QVERIFY(payment);
        QCOMPARE(payment->kind, EntryKind::Payment);
        QCOMPARE(payment->amount, book.minor(QStringLiteral("250.00")));
        QCOMPARE(payment->method, QStringLiteral("cash"));
    }

    // A payment the book total cannot take (with what it settles) is refused
    // in the preview, in words, and cannot be saved.
    void paymentThatPassesTheBookTotalIsRefused()
    {
        TestBook book;
        const qint64 c = book.customer(QStringLiteral("Ana"));
        for (int i = 0; i < 9; ++i)
            book.sale(c, QStringLiteral("92233720368547.00"), QDate(2026, 3, 1));
        PaymentDialog dialog(book.ledger(), c);
        QVERIFY(showAndFocus(dialog));
        QTest::keyClicks(child<QLineEdit>(dialog, "amountEdit"), QStringLiteral("92233720368547"));
        const QString message = child<QLabel>(dialog, "messageLabel")->text();
        QVERIFY2(message.contains(QStringLiteral("the most one book can hold")), qPrintable(message));
        QVERIFY(!child<QPushButton>(dialog, "saveButton")->isEnabled());
        QTest::keyClick(child<QLineEdit>(dialog, "amountEdit"), Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QCOMPARE(entryCount(book, c), 9);
    }

    void previewFollowsTypingAndMethodIsSaved()
    {
        TestBook book;
        const qint64 c = book.customer(QStringLiteral("Ana"));
        book.sale(c, QStringLiteral("50.00"), QDate(2026, 3, 1), 30, QStringLiteral("S-1"));
        PaymentDialog dialog(book.ledger(), c);
        QVERIFY(showAndFocus(dialog));
        QTest::keyClicks(child<QLineEdit>(dialog, "amountEdit"), QStringLiteral("8"));
        QCOMPARE(dialog.previewText(), QStringLiteral("S-1  50.00 → 42.00"));
        QTest::keyClicks(child<QLineEdit>(dialog, "amountEdit"), QStringLiteral("0"));
        QCOMPARE(dialog.previewText(), QStringLiteral("S-1  50.00 → 0.00"));
        QCOMPARE(child<QLabel>(dialog, "creditLabel")->text(), QStringLiteral("Left as credit: 30.00"));
        QCOMPARE(child<QLabel>(dialog, "newBalanceLabel")->text(), QStringLiteral("New balance: Credit 30.00"));

        auto *method = child<QComboBox>(dialog, "methodCombo");
        method->setCurrentIndex(method->findText(paymentMethodLabel(PaymentMethod::MobileMoney)));
        QTest::keyClicks(child<QLineEdit>(dialog, "referenceEdit"), QStringLiteral("MM-778"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Enter);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const auto payment = book.ledger().entry(dialog.paymentEntryId());
        QCOMPARE(payment->method, QStringLiteral("mobile_money"));
        QCOMPARE(payment->reference, QStringLiteral("MM-778"));
        QCOMPARE(book.ledger().customer(c)->credit, book.minor(QStringLiteral("30.00")));
    }

    void longPreviewIsCut()
    {
        TestBook book;
        const qint64 c = book.customer(QStringLiteral("Ana"));
        for (int i = 1; i <= 11; ++i)
            book.sale(c, QStringLiteral("10.00"), QDate(2026, 1, i), 30, QStringLiteral("S-%1").arg(i));
        PaymentDialog dialog(book.ledger(), c);
        QTest::keyClicks(child<QLineEdit>(dialog, "amountEdit"), QStringLiteral("110"));
        const QStringList lines = dialog.previewText().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 9);
        QCOMPARE(lines.first(), QStringLiteral("S-1  10.00 → 0.00"));
        QCOMPARE(lines.last(), QStringLiteral("and 3 more sale(s)"));
        QCOMPARE(child<QLabel>(dialog, "newBalanceLabel")->text(), QStringLiteral("New balance: 0.00"));
    }

    void refusesBadAmounts_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("empty") << QString();
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
        const qint64 c = book.customer(QStringLiteral("Baker St Deli"));
        book.sale(c, QStringLiteral("100.00"), QDate(2026, 3, 1));
        const qint64 balance = book.ledger().customer(c)->balance;
        const qsizetype entries = entryCount(book, c);

        PaymentDialog dialog(book.ledger(), c);
        QVERIFY(showAndFocus(dialog));
        auto *amount = child<QLineEdit>(dialog, "amountEdit");
        if (typed.isEmpty()) {
            // Typed and then taken back: the field is empty again.
            QTest::keyClicks(amount, QStringLiteral("5"));
            QTest::keyClick(amount, Qt::Key_Backspace);
        } else {
            QTest::keyClicks(amount, typed);
        }
        QCOMPARE(amount->text(), typed);

        const QString why = Money::parseUserAmount(typed, book.ledger().currency()).error();
        QVERIFY(!why.isEmpty());
        QCOMPARE(child<QLabel>(dialog, "amountMessage")->text(), why);
        if (typed == QLatin1String("1.234"))
            QCOMPARE(why, QStringLiteral("More decimals than USD has (2)."));
        QVERIFY(!child<QPushButton>(dialog, "saveButton")->isEnabled());
        QCOMPARE(dialog.previewText(), QString());

        QTest::keyClick(amount, Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(book.ledger().customer(c)->balance, balance);
        QCOMPARE(entryCount(book, c), entries);
    }

    void noMessageBeforeTyping()
    {
        TestBook book;
        const qint64 c = book.customer(QStringLiteral("Ana"));
        PaymentDialog dialog(book.ledger(), c);
        QCOMPARE(child<QLabel>(dialog, "amountMessage")->text(), QString());
        QVERIFY(!child<QPushButton>(dialog, "saveButton")->isEnabled());
    }

    void escapeCancelsWithoutSaving()
    {
        TestBook book;
        const qint64 c = book.customer(QStringLiteral("Ana"));
        book.sale(c, QStringLiteral("10.00"), QDate(2026, 3, 1));
        PaymentDialog dialog(book.ledger(), c);
        QVERIFY(showAndFocus(dialog));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("10"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!dialog.isVisible());
        QCOMPARE(book.ledger().customer(c)->balance, book.minor(QStringLiteral("10.00")));
        QCOMPARE(entryCount(book, c), 1);
    }

    void enterOnFocusedCancelDoesNotSave()
    {
        TestBook book;
        const qint64 c = book.customer(QStringLiteral("Ana"));
        book.sale(c, QStringLiteral("10.00"), QDate(2026, 3, 1));
        PaymentDialog dialog(book.ledger(), c);
        QVERIFY(showAndFocus(dialog));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("10"));
        auto *cancel = child<QPushButton>(dialog, "cancelButton");
        cancel->setFocus();
        QTest::keyClick(cancel, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!dialog.isVisible());
        QCOMPARE(entryCount(book, c), 1);
    }

    void germanLocaleAmounts()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        TestBook book(QStringLiteral("EUR"));
        const qint64 c = book.customer(QStringLiteral("Müller GmbH"));
        book.sale(c, QStringLiteral("2000.00"), QDate(2026, 3, 1), 30, QStringLiteral("R-1"));
        PaymentDialog dialog(book.ledger(), c);
        QVERIFY(showAndFocus(dialog));
        QCOMPARE(child<QLabel>(dialog, "owesLabel")->text(), QStringLiteral("Owes 2.000,00"));
        QCOMPARE(child<QDateEdit>(dialog, "dateEdit")->text(), QStringLiteral("14.03.2026"));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("1.234,50"));
        QCOMPARE(child<QLabel>(dialog, "amountMessage")->text(), QString());
        QCOMPARE(dialog.previewText(), QStringLiteral("R-1  2.000,00 → 765,50"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(book.ledger().customer(c)->balance, book.minor(QStringLiteral("765.50")));
    }

    void explicitAllocationThroughTheTable()
    {
        TestBook book;
        const qint64 c = book.customer(QStringLiteral("Baker St Deli"));
        const qint64 older = book.sale(c, QStringLiteral("100.00"), QDate(2026, 1, 5), 30, QStringLiteral("S-1"));
        const qint64 newer = book.sale(c, QStringLiteral("100.00"), QDate(2026, 2, 5), 30, QStringLiteral("S-2"));

        PaymentDialog dialog(book.ledger(), c);
        QVERIFY(showAndFocus(dialog));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("60"));
        QCOMPARE(dialog.previewText(), QStringLiteral("S-1  100.00 → 40.00"));

        auto *table = child<QTableWidget>(dialog, "allocationTable");
        QVERIFY(!table->isVisible());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_L, Qt::AltModifier); // Change a&llocation
        // A mnemonic clicks the button after a short animation.
        QTRY_VERIFY(child<QPushButton>(dialog, "changeAllocationButton")->isChecked());
        QVERIFY(table->isVisible());
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, 3)->text(), QStringLiteral("60.00")); // starts from the usual split
        QCOMPARE(table->item(1, 3)->text(), QString());

        // By keyboard: the focus is on S-1's amount; replace it with nothing,
        // then give 50 to S-2.
        QCOMPARE(QApplication::focusWidget(), table);
        QTest::keyClick(table, Qt::Key_F2);
        QWidget *editor = QApplication::focusWidget();
        QVERIFY(editor != table);
        QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(editor, Qt::Key_Backspace);
        QTest::keyClick(editor, Qt::Key_Return);
        QVERIFY(dialog.isVisible()); // Enter in a cell only ends the edit
        QTRY_COMPARE(table->item(0, 3)->text(), QString());
        table->setCurrentCell(1, 3);
        QTest::keyClick(table, Qt::Key_F2);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("50"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_COMPARE(table->item(1, 3)->text(), QStringLiteral("50"));

        QCOMPARE(dialog.previewText(), QStringLiteral("S-2  100.00 → 50.00"));
        QCOMPARE(child<QLabel>(dialog, "creditLabel")->text(), QStringLiteral("Left as credit: 10.00"));
        QCOMPARE(child<QLabel>(dialog, "newBalanceLabel")->text(), QStringLiteral("New balance: 140.00"));
        auto *save = child<QPushButton>(dialog, "saveButton");
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(book.ledger().debt(older)->openAmount, book.minor(QStringLiteral("100.00")));
        QCOMPARE(book.ledger().debt(newer)->openAmount, book.minor(QStringLiteral("50.00")));
        QCOMPARE(book.ledger().customer(c)->credit, book.minor(QStringLiteral("10.00")));
    }

    void splitThatDoesNotFitIsRefused()
    {
        TestBook book;
        const qint64 c = book.customer(QStringLiteral("Ana"));
        book.sale(c, QStringLiteral("100.00"), QDate(2026, 1, 5), 30, QStringLiteral("S-1"));
        PaymentDialog dialog(book.ledger(), c);
        QVERIFY(showAndFocus(dialog));
        QTest::keyClicks(child<QLineEdit>(dialog, "amountEdit"), QStringLiteral("30"));
        child<QPushButton>(dialog, "changeAllocationButton")->click();
        auto *table = child<QTableWidget>(dialog, "allocationTable");
        auto *save = child<QPushButton>(dialog, "saveButton");
        auto *why = child<QLabel>(dialog, "allocationMessage");

        table->item(0, 3)->setText(QStringLiteral("40"));
        QVERIFY(!save->isEnabled());
        QCOMPARE(why->text(), QStringLiteral("The split adds up to more than the payment."));
        table->item(0, 3)->setText(QStringLiteral("1.5.5"));
        QVERIFY(!save->isEnabled());
        QVERIFY(why->text().startsWith(QStringLiteral("S-1: ")));
        table->item(0, 3)->setText(QStringLiteral("0"));
        QVERIFY(save->isEnabled());
        QCOMPARE(dialog.previewText(), QStringLiteral("No sale: all of it is left as credit."));

        // Back to the usual order.
        child<QPushButton>(dialog, "changeAllocationButton")->click();
        QVERIFY(!table->isVisible());
        QCOMPARE(dialog.previewText(), QStringLiteral("S-1  100.00 → 70.00"));
        QCOMPARE(entryCount(book, c), 1);
    }

    void closedPeriodIsExplainedAndNotSaved()
    {
        TestBook book;
        const qint64 c = book.customer(QStringLiteral("Ana"));
        book.sale(c, QStringLiteral("100.00"), QDate(2026, 3, 1), 30);
        QVERIFY(book.db().setMeta(QStringLiteral("closed_through"), QStringLiteral("2026-03-31")));
        PaymentDialog dialog(book.ledger(), c);
        QVERIFY(showAndFocus(dialog));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("10"));
        QVERIFY(child<QLabel>(dialog, "messageLabel")->text().contains(QStringLiteral("closed")));
        QVERIFY(!child<QPushButton>(dialog, "saveButton")->isEnabled());
        child<QDateEdit>(dialog, "dateEdit")->setDate(QDate(2026, 4, 1));
        QCOMPARE(child<QLabel>(dialog, "messageLabel")->text(), QString());
        QTest::keyClick(child<QLineEdit>(dialog, "amountEdit"), Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(book.ledger().customer(c)->balance, book.minor(QStringLiteral("90.00")));
    }
};

QTEST_MAIN(PaymentDialogTest)
#include "payment_dialog_test.moc"
