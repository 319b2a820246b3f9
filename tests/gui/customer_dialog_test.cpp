// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/customer_dialog.h"
#include "support/test_book.h"
#include "support/widget_helpers.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using namespace recoup;
using recoup::test::child;
using recoup::test::showAndFocus;
using recoup::test::TestBook;

namespace {

// Types text as a keyboard (or an input method, for letters no key has) sends it.
void typeText(QWidget *widget, const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() < 0x80)
            QTest::keyClicks(widget, QString(c));
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

} // namespace

class CustomerDialogTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void addsCustomerByKeyboard()
    {
        TestBook book;
        CustomerDialog dialog(book.ledger(), 0);
        QVERIFY(showAndFocus(dialog));
        QCOMPARE(dialog.windowTitle(), QStringLiteral("New customer"));
        QCOMPARE(child<QLineEdit>(dialog, "refEdit")->placeholderText(), book.ledger().nextCustomerRef());
        QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(dialog, "nameEdit"));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Baker St Deli"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // reference: left automatic
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("555 0142"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("deli@example.com"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), child<QPlainTextEdit>(dialog, "addressEdit"));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("4 Baker St"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // a new line, not Save
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Springfield"));
        QVERIFY(dialog.isVisible());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("500"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);

        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.customerId() > 0);
        const auto saved = book.ledger().customer(dialog.customerId());
        QVERIFY(saved);
        QCOMPARE(saved->details.name, QStringLiteral("Baker St Deli"));
        QCOMPARE(saved->details.ref, QStringLiteral("C-00001"));
        QCOMPARE(saved->details.phone, QStringLiteral("555 0142"));
        QCOMPARE(saved->details.email, QStringLiteral("deli@example.com"));
        QCOMPARE(saved->details.address, QStringLiteral("4 Baker St\nSpringfield"));
        QCOMPARE(saved->details.creditLimit, std::optional<qint64>(50000));
    }

    void refusesEmptyName()
    {
        TestBook book;
        CustomerDialog dialog(book.ledger(), 0);
        QVERIFY(showAndFocus(dialog));
        QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("   "));
        QTest::keyClick(child<QLineEdit>(dialog, "nameEdit"), Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(child<QLabel>(dialog, "messageLabel")->text(), QStringLiteral("Enter the customer's name."));
        QCOMPARE(book.ledger().customerCount(), 0);
        QCOMPARE(dialog.customerId(), 0);
    }

    void refusesBadEmail()
    {
        TestBook book;
        CustomerDialog dialog(book.ledger(), 0);
        QVERIFY(showAndFocus(dialog));
        QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("Ana"));
        QTest::keyClicks(child<QLineEdit>(dialog, "emailEdit"), QStringLiteral("ana.example.com"));
        QTest::keyClick(child<QLineEdit>(dialog, "emailEdit"), Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QVERIFY(child<QLabel>(dialog, "messageLabel")->text().contains(QStringLiteral("is not an e-mail address")));
        QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(dialog, "emailEdit"));
        QCOMPARE(book.ledger().customerCount(), 0);

        // Corrected, it saves.
        child<QLineEdit>(dialog, "emailEdit")->selectAll();
        QTest::keyClicks(child<QLineEdit>(dialog, "emailEdit"), QStringLiteral("ana@example.com"));
        QTest::keyClick(child<QLineEdit>(dialog, "emailEdit"), Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(book.ledger().customer(dialog.customerId())->details.email, QStringLiteral("ana@example.com"));
    }

    void refusesBadCreditLimit()
    {
        TestBook book;
        CustomerDialog dialog(book.ledger(), 0);
        QVERIFY(showAndFocus(dialog));
        QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("Ana"));
        QTest::keyClicks(child<QLineEdit>(dialog, "creditLimitEdit"), QStringLiteral("12.345"));
        QCOMPARE(
            child<QLabel>(dialog, "creditLimitMessage")->text(), QStringLiteral("More decimals than USD has (2)."));
        QVERIFY(!child<QPushButton>(dialog, "saveButton")->isEnabled());
        QTest::keyClick(child<QLineEdit>(dialog, "creditLimitEdit"), Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QCOMPARE(book.ledger().customerCount(), 0);
    }

    void storesAwkwardNamesExactly_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("quotes") << QStringLiteral("O'Brien \"The Shop\"");
        QTest::newRow("commas") << QStringLiteral("Roux, Amélie, and sons");
        QTest::newRow("accents") << QStringLiteral("Çağrı Öztürk — Ñandú Ærø");
        QTest::newRow("right-to-left") << QStringLiteral("متجر الأمل");
        QTest::newRow("html") << QStringLiteral("<b>Bold</b> & <script>alert(1)</script>");
    }

    void storesAwkwardNamesExactly()
    {
        QFETCH(QString, name);
        TestBook book;
        qint64 id = 0;
        {
            CustomerDialog dialog(book.ledger(), 0);
            QVERIFY(showAndFocus(dialog));
            typeText(child<QLineEdit>(dialog, "nameEdit"), name);
            QCOMPARE(child<QLineEdit>(dialog, "nameEdit")->text(), name);
            typeText(child<QPlainTextEdit>(dialog, "notesEdit"), name);
            QTest::keyClick(child<QLineEdit>(dialog, "nameEdit"), Qt::Key_Return);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            id = dialog.customerId();
        }
        const auto saved = book.ledger().customer(id);
        QCOMPARE(saved->details.name, name);
        QCOMPARE(saved->details.notes, name);

        // Shown back exactly in the edit dialog, and kept by a save without changes.
        CustomerDialog edit(book.ledger(), id);
        QCOMPARE(edit.windowTitle(), QStringLiteral("Edit customer — %1").arg(name));
        QCOMPARE(child<QLineEdit>(edit, "nameEdit")->text(), name);
        QCOMPARE(child<QPlainTextEdit>(edit, "notesEdit")->toPlainText(), name);
        QVERIFY(showAndFocus(edit));
        QTest::keyClick(child<QLineEdit>(edit, "nameEdit"), Qt::Key_Return);
        QCOMPARE(edit.result(), int(QDialog::Accepted));
        QCOMPARE(book.ledger().customer(id)->details.name, name);
        QCOMPARE(book.ledger().customerCount(), 1);
    }

    void editsExistingCustomer()
    {
        TestBook book;
        CustomerInput in;
        in.name = QStringLiteral("Ana");
        in.ref = QStringLiteral("ANA-1");
        in.email = QStringLiteral("ana@example.com");
        in.creditLimit = 25050;
        auto id = book.ledger().addCustomer(in);
        QVERIFY(id);

        CustomerDialog dialog(book.ledger(), id.value());
        QCOMPARE(dialog.customerId(), id.value());
        QCOMPARE(child<QLineEdit>(dialog, "refEdit")->text(), QStringLiteral("ANA-1"));
        QCOMPARE(child<QLineEdit>(dialog, "creditLimitEdit")->text(), QStringLiteral("250.50"));
        QVERIFY(showAndFocus(dialog));
        auto *phone = child<QLineEdit>(dialog, "phoneEdit");
        QTest::keyClicks(phone, QStringLiteral("0612 778 901"));
        child<QLineEdit>(dialog, "creditLimitEdit")->clear(); // no limit any more
        QTest::keyClick(phone, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const auto saved = book.ledger().customer(id.value());
        QCOMPARE(saved->details.phone, QStringLiteral("0612 778 901"));
        QCOMPARE(saved->details.ref, QStringLiteral("ANA-1"));
        QCOMPARE(saved->details.creditLimit, std::nullopt);
        QCOMPARE(book.ledger().customerCount(), 1);
    }

    void refusesDuplicateReference()
    {
        TestBook book;
        book.customer(QStringLiteral("First"), QStringLiteral("X-1"));
        CustomerDialog dialog(book.ledger(), 0);
        QVERIFY(showAndFocus(dialog));
        QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("Second"));
        QTest::keyClicks(child<QLineEdit>(dialog, "refEdit"), QStringLiteral("X-1"));
        QTest::keyClick(child<QLineEdit>(dialog, "refEdit"), Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QCOMPARE(child<QLabel>(dialog, "messageLabel")->text(),
            QStringLiteral("Another customer already has the reference “X-1”."));
        QCOMPARE(book.ledger().customerCount(), 1);
    }
};

QTEST_MAIN(CustomerDialogTest)
#include "customer_dialog_test.moc"
