// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/dialog_support.h"
#include "dialogs/reverse_entry_dialog.h"
#include "models/display_text.h"
#include "support/test_book.h"
#include "support/widget_helpers.h"

#include <QApplication>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace recoup;
using recoup::test::child;
using recoup::test::showAndFocus;
using recoup::test::TestBook;

namespace {

qint64 chargeOf(TestBook &book, qint64 debtId)
{
    const QList<Entry> entries = book.ledger().debtTimeline(debtId).value();
    for (const Entry &e : entries)
        if (e.kind == EntryKind::Charge)
            return e.id;
    return 0;
}

} // namespace

class ReverseEntryDialogTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void reversesPaymentWithReasonAndRestoresBalance()
    {
        TestBook book;
        const qint64 c = book.customer(QStringLiteral("Baker St Deli"));
        const qint64 sale = book.sale(c, QStringLiteral("100.00"), QDate(2026, 3, 1), 30, QStringLiteral("S-1"));
        const qint64 payment = book.pay(c, QStringLiteral("60.00"), QDate(2026, 3, 10)).paymentEntryId;
        QCOMPARE(book.ledger().customer(c)->balance, book.minor(QStringLiteral("40.00")));

        ReverseEntryDialog dialog(book.ledger(), payment);
        QVERIFY(showAndFocus(dialog));
        QCOMPARE(child<QLabel>(dialog, "customerValue")->text(), QStringLiteral("Baker St Deli"));
        QCOMPARE(child<QLabel>(dialog, "kindValue")->text(), entryKindLabel(EntryKind::Payment));
        QCOMPARE(child<QLabel>(dialog, "amountValue")->text(), QStringLiteral("60.00"));
        QCOMPARE(child<QLabel>(dialog, "entryDateValue")->text(), DisplayText::date(QDate(2026, 3, 10)));
        QCOMPARE(dialog.consequencesText(), QStringLiteral("60.00 goes back onto sale S-1\nBalance after: 100.00"));
        QCOMPARE(child<QDateEdit>(dialog, "dateEdit")->date(), QDate(2026, 3, 14));

        auto *reverse = child<QPushButton>(dialog, "reverseButton");
        QVERIFY(reverse->text().contains(QStringLiteral("Enter")));
        QVERIFY(!reverse->isEnabled());
        QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(dialog, "reasonEdit"));
        // A reason of spaces is no reason; Enter does nothing.
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("   "));
        QVERIFY(!reverse->isEnabled());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QVERIFY(!book.ledger().entry(payment)->reversedBy);

        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Cheque bounced"));
        QVERIFY(reverse->isEnabled());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        const auto undone = book.ledger().entry(payment);
        QVERIFY(undone->reversedBy);
        QCOMPARE(undone->reversalReason, QStringLiteral("Cheque bounced"));
        QCOMPARE(book.ledger().customer(c)->balance, book.minor(QStringLiteral("100.00")));
        QCOMPARE(book.ledger().customer(c)->credit, 0);
        QCOMPARE(book.ledger().debt(sale)->openAmount, book.minor(QStringLiteral("100.00")));
    }

    void overpaymentSaysCreditIsTakenAway()
    {
        TestBook book;
        const qint64 c = book.customer(QStringLiteral("Ana"));
        book.sale(c, QStringLiteral("100.00"), QDate(2026, 3, 1), 30, QStringLiteral("S-1"));
        const qint64 payment = book.pay(c, QStringLiteral("150.00"), QDate(2026, 3, 10)).paymentEntryId;
        ReverseEntryDialog dialog(book.ledger(), payment);
        QCOMPARE(dialog.consequencesText(),
            QStringLiteral("100.00 goes back onto sale S-1\n"
                           "50.00 of unused credit is taken away\n"
                           "Balance after: 100.00"));
    }

    void reversingSaleReturnsItsPaymentsToCredit()
    {
        TestBook book;
        const qint64 c = book.customer(QStringLiteral("Ana"));
        const qint64 sale = book.sale(c, QStringLiteral("100.00"), QDate(2026, 3, 1), 30, QStringLiteral("S-1"));
        book.pay(c, QStringLiteral("30.00"), QDate(2026, 3, 5));
        ReverseEntryDialog dialog(book.ledger(), chargeOf(book, sale));
        QVERIFY(showAndFocus(dialog));
        QCOMPARE(child<QLabel>(dialog, "kindValue")->text(), entryKindLabel(EntryKind::Charge));
        QCOMPARE(dialog.consequencesText(),
            QStringLiteral("Sale S-1 no longer counts\n30.00 paid on %1 returns to the customer's credit\n"
                           "Balance after: Credit 30.00")
                .arg(DisplayText::date(QDate(2026, 3, 5))));
        QTest::keyClicks(child<QLineEdit>(dialog, "reasonEdit"), QStringLiteral("Entered for the wrong customer"));
        QTest::mouseClick(child<QPushButton>(dialog, "reverseButton"), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(book.ledger().customer(c)->balance, -book.minor(QStringLiteral("30.00")));
        QCOMPARE(book.ledger().customer(c)->credit, book.minor(QStringLiteral("30.00")));
        QCOMPARE(book.ledger().debt(sale)->openAmount, 0);
    }

    void alreadyReversedCannotBeReversedAgain()
    {
        TestBook book;
        const qint64 c = book.customer(QStringLiteral("Ana"));
        book.sale(c, QStringLiteral("100.00"), QDate(2026, 3, 1));
        const qint64 payment = book.pay(c, QStringLiteral("10.00"), QDate(2026, 3, 10)).paymentEntryId;
        QVERIFY(book.ledger().reverse(payment, QStringLiteral("Typo")));
        const qsizetype entries = book.ledger().customerEntries(c).value().size();

        ReverseEntryDialog dialog(book.ledger(), payment);
        QVERIFY(showAndFocus(dialog));
        QCOMPARE(
            child<QLabel>(dialog, "messageLabel")->text(), QStringLiteral("This entry was reversed already: Typo"));
        QVERIFY(!child<QLineEdit>(dialog, "reasonEdit")->isEnabled());
        QVERIFY(!child<QPushButton>(dialog, "reverseButton")->isEnabled());
        QCOMPARE(book.ledger().customerEntries(c).value().size(), entries);
    }

    void refusalFromTheLedgerIsShownAndTheDialogStays()
    {
        TestBook book;
        const qint64 c = book.customer(QStringLiteral("Ana"));
        book.sale(c, QStringLiteral("100.00"), QDate(2026, 3, 1));
        const qint64 payment = book.pay(c, QStringLiteral("10.00"), QDate(2026, 3, 10)).paymentEntryId;
        QVERIFY(book.db().setMeta(QStringLiteral("closed_through"), QStringLiteral("2026-03-31")));
        ReverseEntryDialog dialog(book.ledger(), payment);
        QVERIFY(showAndFocus(dialog));
        QTest::keyClicks(child<QLineEdit>(dialog, "reasonEdit"), QStringLiteral("Wrong"));
        QTest::keyClick(child<QLineEdit>(dialog, "reasonEdit"), Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QVERIFY(child<QLabel>(dialog, "messageLabel")->text().contains(QStringLiteral("closed")));
        QVERIFY(!book.ledger().entry(payment)->reversedBy);
        child<QDateEdit>(dialog, "dateEdit")->setDate(QDate(2026, 4, 1));
        QTest::keyClick(child<QLineEdit>(dialog, "reasonEdit"), Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(book.ledger().entry(payment)->reversedBy);
    }

    void escapeCancels()
    {
        TestBook book;
        const qint64 c = book.customer(QStringLiteral("Ana"));
        book.sale(c, QStringLiteral("100.00"), QDate(2026, 3, 1));
        const qint64 payment = book.pay(c, QStringLiteral("10.00"), QDate(2026, 3, 10)).paymentEntryId;
        ReverseEntryDialog dialog(book.ledger(), payment);
        QVERIFY(showAndFocus(dialog));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Wrong"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!book.ledger().entry(payment)->reversedBy);
    }
};

QTEST_MAIN(ReverseEntryDialogTest)
#include "reverse_entry_dialog_test.moc"
