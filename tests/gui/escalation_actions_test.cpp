// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The window's credit stop, agency, legal and write-off actions, by keyboard:
// the sale dialog's warning and exception, the customer page's keys and
// dialogs, the customer list's flags.
#include "collections/collections.h"
#include "dialogs/agency_dialog.h"
#include "dialogs/credit_hold_dialog.h"
#include "dialogs/debt_dialog.h"
#include "dialogs/legal_dialog.h"
#include "dialogs/write_off_dialog.h"
#include "ledger/customer_directory.h"
#include "models/customer_list_model.h"
#include "models/timeline_model.h"
#include "pages/customer_page.h"
#include "support/test_book.h"
#include "support/widget_helpers.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

using namespace recoup;
using recoup::test::child;
using recoup::test::showAndFocus;
using recoup::test::TestBook;

namespace {

qint64 rows(Database &db, const char *table)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) || !q.next())
        qFatal("cannot count %s", table);
    return q.value(0).toLongLong();
}

/// The dialog the page opened, once it is the active modal window.
template <typename T>
T *openedDialog()
{
    T *dialog = nullptr;
    if (!QTest::qWaitFor([&dialog] { return (dialog = qobject_cast<T *>(QApplication::activeModalWidget())); }))
        return nullptr;
    // Typing goes where the focus is: wait until the dialog has it.
    QApplication::setActiveWindow(dialog);
    if (!QTest::qWaitForWindowActive(dialog)
        || !QTest::qWaitFor([dialog] { return dialog->isAncestorOf(QApplication::focusWidget()); }))
        return nullptr;
    return dialog;
}

/// A key on the page, once the page is the active window again (a dialog just closed).
bool pageKey(QWidget &page, Qt::Key key)
{
    QApplication::setActiveWindow(&page);
    if (!QTest::qWaitForWindowActive(&page))
        return false;
    QTest::keyClick(&page, key, Qt::ControlModifier | Qt::ShiftModifier);
    return true;
}

} // namespace

class EscalationActionsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // A stopped customer: the sale dialog warns at once and saves only with a reason.
    void saleForStoppedCustomer()
    {
        TestBook book;
        const qint64 c = book.customer(QStringLiteral("Baker St Deli"));
        QVERIFY(Collections(book.ledger()).stopCredit(c, QStringLiteral("Cheques bounced"), QDate(2026, 3, 1)).ok());
        DebtDialog dialog(book.ledger(), c);
        QVERIFY(showAndFocus(dialog));
        auto *warning = child<QLabel>(dialog, "creditWarning");
        QVERIFY(warning->isVisible());
        QVERIFY2(warning->text().contains(QStringLiteral("stopped since 2026-03-01: Cheques bounced")),
            qPrintable(warning->text()));
        auto *exception = child<QLineEdit>(dialog, "overrideEdit");
        QVERIFY(exception->isVisible());
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("40.00"));
        QVERIFY(!child<QPushButton>(dialog, "saveButton")->isEnabled());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Rejected)); // nothing saved without a reason
        QCOMPARE(rows(book.db(), "debts"), 0);
        exception->setFocus();
        QTest::keyClicks(exception, QStringLiteral("Paid cash last week"));
        QVERIFY(child<QPushButton>(dialog, "saveButton")->isEnabled());
        QTest::keyClick(exception, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(rows(book.db(), "credit_overrides"), 1);
        QSqlQuery q(book.db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT reason FROM credit_overrides")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("Paid cash last week"));
    }

    // Over the limit only once the amount takes the balance past it.
    void saleOverTheLimit()
    {
        TestBook book;
        const qint64 c = book.customer(QStringLiteral("Ana"));
        auto details = book.ledger().customer(c)->details;
        details.creditLimit = book.minor(QStringLiteral("100.00"));
        QVERIFY(book.ledger().updateCustomer(c, details).ok());
        book.sale(c, QStringLiteral("60.00"), QDate(2026, 3, 1));
        DebtDialog dialog(book.ledger(), c);
        QVERIFY(showAndFocus(dialog));
        auto *warning = child<QLabel>(dialog, "creditWarning");
        QVERIFY(!warning->isVisible());
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("40"));
        QVERIFY(!warning->isVisible());
        QVERIFY(child<QPushButton>(dialog, "saveButton")->isEnabled());
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral(".01"));
        QVERIFY(warning->isVisible());
        QVERIFY2(
            warning->text().contains(QStringLiteral("over the credit limit of 100.00")), qPrintable(warning->text()));
        QVERIFY(!child<QPushButton>(dialog, "saveButton")->isEnabled());
        QTest::keyClicks(child<QLineEdit>(dialog, "overrideEdit"), QStringLiteral("Owner agreed"));
        QVERIFY(child<QPushButton>(dialog, "saveButton")->isEnabled());
    }

    // The customer page's keys open each action's dialog; what they save shows at once.
    void customerPageByKeyboard()
    {
        TestBook book;
        const qint64 c = book.customer(QStringLiteral("Baker St Deli"));
        const qint64 s1 = book.sale(c, QStringLiteral("50.00"), QDate(2025, 10, 5), 30, QStringLiteral("S-1"));
        const qint64 s2 = book.sale(c, QStringLiteral("20.00"), QDate(2025, 11, 5), 30, QStringLiteral("S-2"));
        CustomerPage page(book.ledger());
        page.setCustomer(c);
        page.show();
        QApplication::setActiveWindow(&page);
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QVERIFY(!page.creditStopLabel()->isVisible());

        // Stop credit: Ctrl+Shift+S, a reason, Enter.
        QVERIFY(pageKey(page, Qt::Key_S));
        auto *hold = openedDialog<CreditHoldDialog>();
        QVERIFY(hold);
        QVERIFY(!hold->resumes());
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Three months behind"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_VERIFY2(book.ledger().credit().currentStop(c)->has_value(),
            qPrintable(child<QLabel>(*hold, "messageLabel")->text()));
        QTRY_VERIFY(page.creditStopLabel()->isVisible());
        QVERIFY(page.creditStopLabel()->text().contains(QStringLiteral("Three months behind")));
        QVERIFY(child<QPushButton>(page, "creditButton")->text().startsWith(QStringLiteral("Resume credit")));
        QVERIFY(book.ledger().credit().currentStop(c)->has_value());

        // Write off the selected (oldest) sale: Ctrl+Shift+W, a reason, Enter.
        page.selectOpenItem(0);
        QVERIFY(pageKey(page, Qt::Key_W));
        auto *writeOff = openedDialog<WriteOffDialog>();
        QVERIFY(writeOff);
        QVERIFY(!writeOff->recovers());
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Gone away"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_COMPARE(book.ledger().debt(s1)->openAmount, 0);
        QCOMPARE(book.ledger().customer(c)->balance, book.minor(QStringLiteral("20.00")));

        // Refer the remaining sale to an agency: Ctrl+Shift+G, name, Tab, commission, Enter.
        QTRY_COMPARE(page.openItemsView()->model()->rowCount(), 1);
        page.selectOpenItem(0);
        QVERIFY(pageKey(page, Qt::Key_G));
        auto *agency = openedDialog<AgencyDialog>();
        QVERIFY(agency);
        QCOMPARE(agency->mode(), AgencyDialog::Mode::Refer);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Acme Collect"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("25"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_VERIFY(Collections(book.ledger()).escalation().activeReferral(s2)->has_value());

        // Again on the same sale: what the agency collected.
        QVERIFY(pageKey(page, Qt::Key_G));
        agency = openedDialog<AgencyDialog>();
        QVERIFY(agency);
        QCOMPARE(agency->mode(), AgencyDialog::Mode::Collect);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("8.00"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_COMPARE(book.ledger().debt(s2)->openAmount, book.minor(QStringLiteral("12.00")));
        QCOMPARE(Collections(book.ledger()).escalation().activeReferral(s2)->value().commission,
            book.minor(QStringLiteral("2.00")));

        // A legal step: Ctrl+Shift+J, Enter (a letter before action, today).
        QVERIFY(pageKey(page, Qt::Key_J));
        auto *legal = openedDialog<LegalDialog>();
        QVERIFY(legal);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_COMPARE(Collections(book.ledger()).escalation().legalSteps(s2)->size(), 1);

        // The timeline of the sale says what happened, in words.
        QStringList what;
        for (int row = 0; row < page.timelineView()->model()->rowCount(); ++row)
            what << page.timelineView()->model()->index(row, TimelineModel::What).data().toString();
        const QString all = what.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("Referred to Acme Collect (25% commission)")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("Collected by Acme Collect")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("Legal: Letter before action")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("Credit stopped: Three months behind")), qPrintable(all));
    }

    // A sale written off: the dialog records money recovered, never more than was written off.
    void recoveryDialog()
    {
        TestBook book;
        const qint64 c = book.customer(QStringLiteral("Ana"));
        const qint64 s1 = book.sale(c, QStringLiteral("50.00"), QDate(2025, 10, 5), 30, QStringLiteral("S-1"));
        QVERIFY(Collections(book.ledger()).writeOff(s1, QStringLiteral("Gone away"), QDate(2026, 3, 1)).ok());
        WriteOffDialog dialog(book.ledger(), s1);
        QVERIFY(showAndFocus(dialog));
        QVERIFY(dialog.recovers());
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("50.01"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QVERIFY2(
            child<QLabel>(dialog, "messageLabel")->text().contains(QStringLiteral("more than is still written off")),
            qPrintable(child<QLabel>(dialog, "messageLabel")->text()));
        QLineEdit *amount = child<QLineEdit>(dialog, "amountEdit");
        amount->clear();
        QTest::keyClicks(amount, QStringLiteral("30"));
        QTest::keyClick(amount, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(Collections(book.ledger()).escalation().writeOffs(s1)->net(), book.minor(QStringLiteral("20.00")));
        QCOMPARE(book.ledger().debt(s1)->openAmount, 0);
    }

    // The customer list flags a stopped customer, and follows the change.
    void listFlags()
    {
        TestBook book;
        const qint64 a = book.customer(QStringLiteral("Ana"));
        book.customer(QStringLiteral("Bo"));
        CustomerDirectory directory(book.db(), book.clock());
        CustomerListModel model(book.ledger(), directory);
        QCOMPARE(model.rowCount(), 2);
        const int row = model.rowOf(a);
        QCOMPARE(model.index(row, CustomerListModel::Flags).data().toString(), QString());
        QVERIFY(Collections(book.ledger()).stopCredit(a, QStringLiteral("Behind")).ok());
        QCOMPARE(
            model.index(model.rowOf(a), CustomerListModel::Flags).data().toString(), QStringLiteral("Credit stopped"));
        QCOMPARE(model.headerData(CustomerListModel::Flags, Qt::Horizontal).toString(), QStringLiteral("Flags"));
    }
};

QTEST_MAIN(EscalationActionsTest)
#include "escalation_actions_test.moc"
