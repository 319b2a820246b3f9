// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The window's menus, driven by keyboard: the standard keys, Ctrl+Q, Ctrl+1..6,
// the keyboard shortcuts read from the actions, About, the title.
#include "dialogs/about_dialog.h"
#include "dialogs/shortcuts_dialog.h"
#include "main_window.h"
#include "pages/customer_page.h"
#include "pages/customers_page.h"
#include "pages/receivables_page.h"
#include "pages/today_page.h"
#include "side_bar_delegate.h"
#include "support/test_book.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QShortcut>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>
#include <QWindow>

using namespace recoup;
using recoup::test::TestBook;

class WindowMenusTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void menusInTheirOrderWithTheStandardKeys();
    void ctrlQQuits();
    void ctrlDigitsGoToEachPage();
    void noKeyDoesTwoThingsOnAnyPage();
    void everyShortcutIsInAMenu();
    void shortcutsDialogListsTheMenusActions();
    void aboutSaysVersionLicenceAndBook();
    void titleIsTheBookThenTheBusiness();
    void ctrlPPrintsOnlyWhereNoPaymentIsRecorded();
    void sideBarHasIconsAndCountsOverdueCustomers();

private:
    static void showActive(QWidget &window)
    {
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
    }
    static void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget *target = QApplication::focusWidget();
        QVERIFY(target);
        QTest::keyClick(target, key, modifiers);
    }
    /// The pages a user can be on: the side bar's and a customer's.
    static QList<QWidget *> everyPage(MainWindow &window, qint64 customer)
    {
        QList<QWidget *> shown;
        for (int page = 0; page < MainWindow::PageCount; ++page) {
            window.showPage(MainWindow::Page(page));
            shown << window.pages()->currentWidget();
        }
        window.showCustomer(customer);
        shown << window.customerPage();
        return shown;
    }
    /// The keys that do something now: enabled actions and shortcuts whose context holds.
    static QMultiMap<QString, QString> liveKeys(MainWindow &window)
    {
        QMultiMap<QString, QString> keys;
        const auto live = [](Qt::ShortcutContext context, QWidget *owner) {
            return context == Qt::WindowShortcut || context == Qt::ApplicationShortcut || owner->isVisible();
        };
        for (QAction *action : window.findChildren<QAction *>()) {
            auto *owner = qobject_cast<QWidget *>(action->parent());
            if (!action->isEnabled() || !owner || action->menu() || !live(action->shortcutContext(), owner))
                continue;
            for (const QKeySequence &key : action->shortcuts())
                keys.insert(key.toString(), action->text());
        }
        for (QShortcut *shortcut : window.findChildren<QShortcut *>()) {
            auto *owner = qobject_cast<QWidget *>(shortcut->parent());
            if (shortcut->isEnabled() && owner && live(shortcut->context(), owner))
                keys.insert(shortcut->key().toString(), shortcut->objectName());
        }
        return keys;
    }
};

void WindowMenusTest::menusInTheirOrderWithTheStandardKeys()
{
    TestBook book;
    MainWindow window(book.ledger());
    QStringList titles;
    for (QMenu *menu : window.menus())
        titles << menu->title();
    QCOMPARE(titles,
        (QStringList{ QStringLiteral("&File"), QStringLiteral("&Edit"), QStringLiteral("&Customer"),
            QStringLiteral("&View"), QStringLiteral("&Help") }));
    // The platform's own keys for the standard actions.
    QHash<QKeySequence::StandardKey, bool> found;
    for (QMenu *menu : window.menus())
        for (QAction *action : menu->actions())
            for (auto key : { QKeySequence::New, QKeySequence::Open, QKeySequence::Print, QKeySequence::Find,
                     QKeySequence::HelpContents })
                if (action->shortcuts().contains(QKeySequence::keyBindings(key).value(0)))
                    found[key] = true;
    QCOMPARE(found.size(), 5);
    // Quit: the platform's key, Ctrl+Q where it has none (as here, offscreen).
    QCOMPARE(window.quitAction()->shortcuts(), MainWindow::quitKeys());
    QVERIFY(MainWindow::quitKeys().contains(QKeySequence(Qt::CTRL | Qt::Key_Q)));
    QCOMPARE(window.newAction()->shortcut(), QKeySequence(QKeySequence::New));
}

void WindowMenusTest::ctrlQQuits()
{
    TestBook book;
    MainWindow window(book.ledger());
    showActive(window);
    press(Qt::Key_Q, Qt::ControlModifier);
    QTRY_VERIFY(!window.isVisible());
    // Every window closes, so the program ends (quitOnLastWindowClosed).
    for (const QWidget *widget : QApplication::topLevelWidgets())
        QVERIFY(!widget->isVisible());
}

void WindowMenusTest::ctrlDigitsGoToEachPage()
{
    TestBook book;
    const qint64 id = book.customer(QStringLiteral("Baker St Deli"));
    MainWindow window(book.ledger());
    showActive(window);
    window.showCustomer(id);
    window.customerPage()->openItemsView()->setFocus();
    for (int page = MainWindow::PageCount - 1; page >= 0; --page) {
        press(Qt::Key(Qt::Key_1 + page), Qt::ControlModifier);
        QCOMPARE(window.pages()->currentIndex(), page);
        QCOMPARE(window.sideBar()->currentRow(), page);
    }
    // The View menu shows each with its key.
    QCOMPARE(window.pageAction(MainWindow::Aging)->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_3));
    QCOMPARE(window.pageAction(MainWindow::Aging)->text(), QStringLiteral("Aging"));
}

void WindowMenusTest::noKeyDoesTwoThingsOnAnyPage()
{
    TestBook book;
    const qint64 id = book.customer(QStringLiteral("Baker St Deli"));
    MainWindow window(book.ledger());
    showActive(window);
    for (QWidget *page : everyPage(window, id)) {
        const QMultiMap<QString, QString> keys = liveKeys(window);
        for (const QString &key : keys.uniqueKeys())
            QVERIFY2(keys.count(key) == 1,
                qPrintable(QStringLiteral("%1 on %2: %3")
                               .arg(key, QString::fromLatin1(page->metaObject()->className()),
                                   QStringList(keys.values(key)).join(QLatin1String(", ")))));
    }
}

void WindowMenusTest::everyShortcutIsInAMenu()
{
    TestBook book;
    MainWindow window(book.ledger());
    QSet<QAction *> inMenus;
    for (QMenu *menu : window.menus())
        for (QAction *action : menu->actions())
            inMenus.insert(action);
    QStringList missing;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->shortcuts().isEmpty() || inMenus.contains(action))
            continue;
        // Inside a page's own editor (the reminder steps' Insert, Delete, Ctrl+S): shown on its buttons.
        if (action->parent() && action->parent()->inherits("recoup::PolicyEditor"))
            continue;
        missing << action->text() + QLatin1Char(' ') + action->shortcut().toString();
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1String("; "))));
    // The customer page's keys and Today's are among them.
    QVERIFY(inMenus.contains(window.customerPage()->findChild<QAction *>(QStringLiteral("reverseAction"))));
    QVERIFY(inMenus.contains(window.todayPage()->findChild<QAction *>(QStringLiteral("doneAction"))));
}

void WindowMenusTest::shortcutsDialogListsTheMenusActions()
{
    TestBook book;
    MainWindow window(book.ledger());
    showActive(window);
    press(Qt::Key_F1);
    QPointer<ShortcutsDialog> dialog;
    QTRY_VERIFY((dialog = qobject_cast<ShortcutsDialog *>(QApplication::activeModalWidget())));
    QSet<QAction *> listed;
    QStringList rows;
    QTreeWidget *tree = dialog->tree();
    for (int g = 0; g < tree->topLevelItemCount(); ++g) {
        for (int r = 0; r < tree->topLevelItem(g)->childCount(); ++r) {
            QTreeWidgetItem *row = tree->topLevelItem(g)->child(r);
            rows << row->text(0) + QLatin1Char(' ') + row->text(1);
            if (auto *action = row->data(0, Qt::UserRole).value<QAction *>()) {
                listed.insert(action);
                QStringList keys;
                for (const QKeySequence &key : action->shortcuts())
                    keys << key.toString(QKeySequence::NativeText);
                QCOMPARE(row->text(0), keys.join(QLatin1String(", ")));
            }
        }
    }
    for (QMenu *menu : window.menus())
        for (QAction *action : menu->actions())
            if (!action->shortcuts().isEmpty())
                QVERIFY2(listed.contains(action), qPrintable(action->text()));
    QVERIFY(rows.contains(QStringLiteral("Ctrl+Q Quit")));
    QVERIFY(rows.contains(QStringLiteral("Alt+F Open the File menu")));
    QVERIFY(rows.contains(QStringLiteral("Ctrl+R Reverse entry…")));
    QVERIFY(rows.contains(QStringLiteral("Esc, Alt+Left Back to customers")));
    dialog->close();
    QTRY_VERIFY(!dialog);
}

void WindowMenusTest::aboutSaysVersionLicenceAndBook()
{
    TestBook book;
    // A book with an audit chain: About shows its head, as `verify --head` takes it.
    book.customer(QStringLiteral("Ana"));
    const auto head = book.ledger().audit().lastRecord();
    QVERIFY(head && head->first > 0);
    MainWindow window(book.ledger());
    showActive(window);
    window.showAbout();
    QPointer<AboutDialog> dialog;
    QTRY_VERIFY((dialog = qobject_cast<AboutDialog *>(QApplication::activeModalWidget())));
    QString text;
    for (const QLabel *label : dialog->findChildren<QLabel *>())
        text += label->text() + QLatin1Char('\n');
    QVERIFY2(text.contains(QStringLiteral("Recoup " RECOUP_VERSION)), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("GPL-3.0-or-later")));
    QVERIFY(text.contains(QStringLiteral("Book: %1").arg(book.path())));
    const int version = book.db().schemaVersion();
    QVERIFY(version > 0);
    QVERIFY2(text.contains(QStringLiteral("Book format: version %1 ").arg(version)), qPrintable(text));
    QVERIFY2(
        text.contains(QStringLiteral("head %1").arg(AuditLog::headText(head->first, head->second))), qPrintable(text));
    dialog->close();
    QTRY_VERIFY(!dialog);
    QVERIFY(AboutDialog::bookText(nullptr).startsWith(QLatin1String("No book is open.")));
}

void WindowMenusTest::titleIsTheBookThenTheBusiness()
{
    TestBook book;
    {
        MainWindow window(book.ledger());
        // The system adds " — Recoup" itself: the title does not say it again.
        QCOMPARE(window.windowTitle(), QStringLiteral("test.recoup"));
        QCOMPARE(window.windowFilePath(), book.path());
        window.show();
        QVERIFY(!window.windowHandle()->title().contains(QLatin1String("Recoup")));
    }
    QVERIFY(book.db().setMeta(QStringLiteral("business_name"), QStringLiteral("Corner Hardware")).ok());
    MainWindow window(book.ledger());
    QCOMPARE(window.windowTitle(), QStringLiteral("test.recoup — Corner Hardware"));
    // A new name shows once the book says it changed (here, as from another program).
    QVERIFY(book.db().setMeta(QStringLiteral("business_name"), QStringLiteral("Corner Hardware & Garden")).ok());
    book.ledger().announce(ChangeSet::fromOutside());
    QCOMPARE(window.windowTitle(), QStringLiteral("test.recoup — Corner Hardware & Garden"));
}

void WindowMenusTest::ctrlPPrintsOnlyWhereNoPaymentIsRecorded()
{
    TestBook book;
    const qint64 id = book.customer(QStringLiteral("Baker St Deli"));
    MainWindow window(book.ledger());
    window.showPage(MainWindow::Aging);
    QVERIFY(window.printAction()->isEnabled());
    QVERIFY(!window.paymentAction()->isEnabled());
    window.showPage(MainWindow::Customers);
    QVERIFY(!window.printAction()->isEnabled());
    QVERIFY(window.paymentAction()->isEnabled());
    window.showCustomer(id);
    QVERIFY(!window.printAction()->isEnabled());
    QVERIFY(window.paymentAction()->isEnabled());
    QCOMPARE(window.newAction()->text(), QStringLiteral("New sale…"));
    window.showPage(MainWindow::Today);
    QCOMPARE(window.newAction()->text(), QStringLiteral("New customer…"));
}

void WindowMenusTest::sideBarHasIconsAndCountsOverdueCustomers()
{
    TestBook book; // today 2026-03-14
    const qint64 late = book.customer(QStringLiteral("Baker St Deli"));
    const qint64 onTime = book.customer(QStringLiteral("Corner Shop"));
    book.sale(late, QStringLiteral("120.00"), QDate(2026, 1, 5), 30);
    book.sale(onTime, QStringLiteral("80.00"), QDate(2026, 3, 1), 30);
    MainWindow window(book.ledger());
    for (int page = 0; page < MainWindow::PageCount; ++page)
        QVERIFY(!window.sideBar()->item(page)->icon().isNull());
    QListWidgetItem *customers = window.sideBar()->item(MainWindow::Customers);
    QCOMPARE(customers->text(), QStringLiteral("Customers"));
    QCOMPARE(customers->data(SideBarDelegate::CountRole).toString(), QStringLiteral("1 overdue"));
    QCOMPARE(customers->data(Qt::AccessibleTextRole).toString(), QStringLiteral("Customers, 1 customer overdue"));
    QCOMPARE(customers->toolTip(), QStringLiteral("Customers: 1 customer overdue (Ctrl+2)"));
    // The ledger's change notice updates it: paid, nobody is overdue.
    book.pay(late, QStringLiteral("120.00"), QDate(2026, 3, 14));
    QVERIFY(customers->data(SideBarDelegate::CountRole).toString().isEmpty());
    QCOMPARE(customers->toolTip(), QStringLiteral("Customers (Ctrl+2)"));
    book.sale(onTime, QStringLiteral("10.00"), QDate(2025, 12, 1), 30);
    book.sale(late, QStringLiteral("10.00"), QDate(2025, 12, 1), 30);
    QCOMPARE(customers->data(SideBarDelegate::CountRole).toString(), QStringLiteral("2 overdue"));
}

QTEST_MAIN(WindowMenusTest)
#include "window_menus_test.moc"
