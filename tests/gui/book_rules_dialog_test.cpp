// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The dialogs' door: each rule of the books a dialog can meet is refused with
// that rule's own words (the message BookRules gives for it), the dialog stays
// open and nothing is written. The other doors are in tests/unit/book_rules_test.
#include "core/money.h"
#include "dialogs/customer_dialog.h"
#include "dialogs/debt_dialog.h"
#include "dialogs/payment_dialog.h"
#include "ledger/book_rules.h"
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

namespace {

const QString Largest = QStringLiteral("92233720368547.00");

} // namespace

class BookRulesDialogTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void customerDialog_data()
    {
        QTest::addColumn<int>("rule");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("focused");
        QTest::newRow("no name") << int(BookRule::Name) << QString() << QString() << QStringLiteral("nameEdit");
        QTest::newRow("e-mail") << int(BookRule::Email) << QStringLiteral("Ana") << QStringLiteral("ana.example.com")
                                << QStringLiteral("emailEdit");
        QTest::newRow("text too long") << int(BookRule::TextLength)
                                       << QString(BookRules::MaxTextLength + 1, QLatin1Char('x')) << QString()
                                       << QString();
    }

    void customerDialog()
    {
        QFETCH(int, rule);
        QFETCH(QString, name);
        QFETCH(QString, email);
        QFETCH(QString, focused);
        TestBook book;
        CustomerDialog dialog(book.ledger(), 0);
        QVERIFY(showAndFocus(dialog));
        child<QLineEdit>(dialog, "nameEdit")->setText(name);
        child<QLineEdit>(dialog, "emailEdit")->setText(email);
        child<QPushButton>(dialog, "saveButton")->click();
        QVERIFY(dialog.isVisible());
        CustomerInput in;
        in.name = name;
        in.email = email;
        const Error expected = BookRules::checkCustomer(in).failure();
        QCOMPARE(int(expected.rule), rule);
        QCOMPARE(child<QLabel>(dialog, "messageLabel")->text(), expected.message);
        if (!focused.isEmpty())
            QCOMPARE(QApplication::focusWidget()->objectName(), focused);
        QCOMPARE(book.ledger().customerCount(), 0);
    }

    void debtDialog_data()
    {
        QTest::addColumn<int>("rule");
        QTest::newRow("amount") << int(BookRule::Amount);
        QTest::newRow("due after the last date") << int(BookRule::DateRange);
        QTest::newRow("due before issue") << int(BookRule::DueDate);
        QTest::newRow("closed period") << int(BookRule::ClosedPeriod);
        QTest::newRow("book total") << int(BookRule::BookTotal);
    }

    void debtDialog()
    {
        QFETCH(int, rule);
        TestBook book;
        const qint64 c = book.customer(QStringLiteral("Ana"));
        if (BookRule(rule) == BookRule::BookTotal)
            for (int i = 0; i < 10; ++i)
                book.sale(c, Largest, QDate(2026, 3, 1));
        const qsizetype before = book.ledger().debts(c).value().size();
        DebtDialog dialog(book.ledger(), c);
        QVERIFY(showAndFocus(dialog));
        auto *amount = child<QLineEdit>(dialog, "amountEdit");
        auto *issue = child<QDateEdit>(dialog, "issueDateEdit");
        const Currency &cur = book.ledger().currency();
        QString shown;
        Error expected;
        switch (BookRule(rule)) {
        case BookRule::Amount:
            QTest::keyClicks(amount, QStringLiteral("92233720368547.01"));
            shown = child<QLabel>(dialog, "amountMessage")->text();
            expected = Money::parseUserAmount(QStringLiteral("92233720368547.01"), cur).failure();
            break;
        case BookRule::DateRange:
            QTest::keyClicks(amount, QStringLiteral("10"));
            issue->setDate(BookRules::lastDate());
            child<QSpinBox>(dialog, "termsSpin")->setValue(1);
            shown = child<QLabel>(dialog, "dueSummary")->text();
            expected = BookRules::dueDate(BookRules::lastDate(), 1, QDate()).failure();
            break;
        case BookRule::DueDate:
            QTest::keyClicks(amount, QStringLiteral("10"));
            child<QRadioButton>(dialog, "dueDateRadio")->click();
            child<QDateEdit>(dialog, "dueDateEdit")->setDate(issue->date().addDays(-1));
            shown = child<QLabel>(dialog, "dueSummary")->text();
            // The dialog words this rule for its own fields.
            expected = Error{ QStringLiteral("The due date is before the issue date."), BookRule::DueDate };
            break;
        case BookRule::ClosedPeriod:
            QVERIFY(book.db().setMeta(QStringLiteral("closed_through"), QStringLiteral("2026-03-31")));
            QTest::keyClicks(amount, QStringLiteral("10"));
            QTest::keyClick(amount, Qt::Key_Return);
            shown = child<QLabel>(dialog, "messageLabel")->text();
            expected = BookRules::checkOpen(issue->date(), QDate(2026, 3, 31)).failure();
            break;
        case BookRule::BookTotal:
            QTest::keyClicks(amount, QStringLiteral("92233720368547"));
            QTest::keyClick(amount, Qt::Key_Return);
            shown = child<QLabel>(dialog, "messageLabel")->text();
            expected = BookRules::checkBookTotal(BookRules::MaxBookTotal, 1, cur).failure();
            break;
        default:
            QFAIL("no such case");
        }
        QCOMPARE(int(expected.rule), rule);
        QCOMPARE(shown, expected.message);
        QTest::keyClick(amount, Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QCOMPARE(book.ledger().debts(c).value().size(), before);
    }

    void paymentDialog_data()
    {
        QTest::addColumn<int>("rule");
        QTest::newRow("closed period") << int(BookRule::ClosedPeriod);
        QTest::newRow("book total") << int(BookRule::BookTotal);
    }

    void paymentDialog()
    {
        QFETCH(int, rule);
        TestBook book;
        const qint64 c = book.customer(QStringLiteral("Ana"));
        book.sale(c, QStringLiteral("10.00"), QDate(2026, 3, 1));
        if (BookRule(rule) == BookRule::BookTotal) {
            // Sales up to the book total exactly: no payment has room.
            const Currency &cur = book.ledger().currency();
            qint64 left = BookRules::MaxBookTotal - book.minor(QStringLiteral("10.00"));
            while (left > 0) {
                const qint64 amount = std::min(left, BookRules::maxEntryAmount(cur));
                book.sale(c, Money::toFileText(amount, cur), QDate(2026, 3, 1));
                left -= amount;
            }
            QCOMPARE(book.ledger().bookTotal().value(), BookRules::MaxBookTotal);
        }
        const qsizetype before = book.ledger().customerEntries(c).value().size();
        if (BookRule(rule) == BookRule::ClosedPeriod)
            QVERIFY(book.db().setMeta(QStringLiteral("closed_through"), QStringLiteral("2026-03-31")));
        PaymentDialog dialog(book.ledger(), c);
        QVERIFY(showAndFocus(dialog));
        auto *amount = child<QLineEdit>(dialog, "amountEdit");
        QTest::keyClicks(amount, QStringLiteral("10"));
        const Error expected = BookRule(rule) == BookRule::ClosedPeriod
            ? BookRules::checkOpen(book.clock().today(), QDate(2026, 3, 31)).failure()
            : BookRules::checkBookTotal(BookRules::MaxBookTotal, 1, book.ledger().currency()).failure();
        QCOMPARE(int(expected.rule), rule);
        QCOMPARE(child<QLabel>(dialog, "messageLabel")->text(), expected.message);
        QVERIFY(!child<QPushButton>(dialog, "saveButton")->isEnabled());
        QTest::keyClick(amount, Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QCOMPARE(book.ledger().customerEntries(c).value().size(), before);
    }
};

QTEST_MAIN(BookRulesDialogTest)
#include "book_rules_dialog_test.moc"
