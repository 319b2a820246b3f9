// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Every page of the window, in English and in Spanish: each control a keyboard
// reaches has a name a screen reader can say (its own, its label's or its
// text), Tab reaches them all from the side bar, and no Alt+letter means two
// things on one page (a menu's and a button's, say).
#include "main_window.h"
#include "pages/customer_page.h"
#include "support/test_book.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QDialog>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QRadioButton>
#include <QStackedWidget>
#include <QTabBar>
#include <QTest>
#include <QTimer>
#include <QTranslator>

using namespace recoup;
using recoup::test::TestBook;

class WindowAccessibilityTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void everyControlHasAName_data() { languages(); }
    void everyControlHasAName();
    void tabReachesEveryControl();
    void noAltLetterMeansTwoThings_data() { languages(); }
    void noAltLetterMeansTwoThings();
    void everyDialogIsNamedAndClashFree_data() { languages(); }
    void everyDialogIsNamedAndClashFree();
    /// Each function's row in Spanish speaks it only until the function ends, even on a failure.
    void cleanup() { QCoreApplication::removeTranslator(&m_spanish); }

private:
    static void languages()
    {
        QTest::addColumn<bool>("spanish");
        QTest::newRow("English") << false;
        QTest::newRow("Spanish") << true;
    }
    /// The row's language: Spanish when its "spanish" column says so.
    void speakTheRowsLanguage()
    {
        QFETCH(bool, spanish);
        if (!spanish)
            return;
        QVERIFY(m_spanish.load(QStringLiteral(":/i18n/recoup_es.qm")));
        QCoreApplication::installTranslator(&m_spanish);
    }
    /// The pages a user can be on: the side bar's, and a customer's.
    static QList<QWidget *> everyPage(MainWindow &window, qint64 customer)
    {
        QList<QWidget *> pages;
        for (int page = 0; page < MainWindow::PageCount; ++page)
            pages << window.pages()->widget(page);
        pages << window.customerPage();
        Q_UNUSED(customer);
        return pages;
    }
    static void show(MainWindow &window, QWidget *page, qint64 customer)
    {
        if (page == window.customerPage())
            window.showCustomer(customer);
        else
            window.showPage(MainWindow::Page(window.pages()->indexOf(page)));
        QApplication::processEvents();
    }
    /// The controls the keyboard reaches now: shown, enabled, taking focus by Tab.
    static QList<QWidget *> reachable(QWidget &window)
    {
        QList<QWidget *> found;
        for (QWidget *w : window.findChildren<QWidget *>()) {
            // In a group of radio buttons Tab reaches the chosen one; the arrows move between them.
            const auto *radio = qobject_cast<QRadioButton *>(w);
            if (radio && radio->autoExclusive() && !radio->isChecked())
                continue;
            if (w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) && !w->focusProxy()
                && !qobject_cast<QMenuBar *>(w) && !w->inherits("QTabBar"))
                found << w;
        }
        return found;
    }
    static QString describe(const QWidget *w)
    {
        const auto *button = qobject_cast<const QAbstractButton *>(w);
        return QStringLiteral("%1 \"%2\" in %3")
            .arg(QString::fromLatin1(w->metaObject()->className()), button ? button->text() : w->objectName(),
                w->parentWidget() ? QString::fromLatin1(w->parentWidget()->metaObject()->className()) : QString());
    }
    /// The controls the keyboard reaches in root that have no name to say.
    static QStringList nameless(QWidget &root)
    {
        QSet<QWidget *> labelled;
        for (QLabel *label : root.findChildren<QLabel *>())
            if (label->buddy())
                labelled.insert(label->buddy());
        QStringList found;
        for (QWidget *w : reachable(root)) {
            const auto *button = qobject_cast<QAbstractButton *>(w);
            const bool named = !w->accessibleName().trimmed().isEmpty() || labelled.contains(w)
                || (button && !button->text().trimmed().isEmpty());
            if (!named)
                found << describe(w);
        }
        return found;
    }
    /// Each Alt+letter of root's visible buttons, buddied labels, group boxes and
    /// tabs, with the texts that carry it.
    static QMultiMap<QString, QString> altLetters(QWidget &root)
    {
        QMultiMap<QString, QString> keys;
        const auto add = [&keys](const QString &text) {
            const QKeySequence key = QKeySequence::mnemonic(text);
            if (!key.isEmpty())
                keys.insert(key.toString(), text);
        };
        for (QWidget *w : root.findChildren<QWidget *>()) {
            if (!w->isVisible())
                continue;
            if (auto *button = qobject_cast<QAbstractButton *>(w))
                add(button->text());
            else if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy())
                add(label->text());
            else if (auto *box = qobject_cast<QGroupBox *>(w))
                add(box->title());
            else if (auto *tabs = qobject_cast<QTabBar *>(w))
                for (int i = 0; i < tabs->count(); ++i)
                    add(tabs->tabText(i));
        }
        return keys;
    }
    static QStringList clashesIn(const QMultiMap<QString, QString> &keys, const QString &where)
    {
        QStringList clashes;
        for (const QString &key : keys.uniqueKeys())
            if (keys.count(key) > 1)
                clashes << QStringLiteral("%1 on %2: %3")
                               .arg(key, where, QStringList(keys.values(key)).join(QLatin1String(" / ")));
        return clashes;
    }
    /// The controls of a dialog that Tab, pressed round and round from where
    /// the dialog puts the focus, never reaches.
    static QList<QWidget *> missedByTab(QDialog &dialog)
    {
        QApplication::setActiveWindow(&dialog);
        if (!QTest::qWaitForWindowActive(&dialog) || !QApplication::focusWidget())
            return reachable(dialog);
        QSet<QWidget *> visited{ QApplication::focusWidget() };
        for (int i = 0; i < 120; ++i) {
            auto *view = qobject_cast<QAbstractItemView *>(QApplication::focusWidget());
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab,
                view && view->tabKeyNavigation() ? Qt::ControlModifier : Qt::NoModifier);
            visited.insert(QApplication::focusWidget());
        }
        QList<QWidget *> missed;
        for (QWidget *w : reachable(dialog))
            if (!visited.contains(w))
                missed << w;
        return missed;
    }
    QTranslator m_spanish;
};

void WindowAccessibilityTest::everyControlHasAName()
{
    speakTheRowsLanguage();
    if (QTest::currentTestFailed())
        return;
    TestBook book;
    const qint64 id = book.customer(QStringLiteral("Baker St Deli"));
    book.sale(id, QStringLiteral("100.00"), QDate(2026, 1, 2), 30);
    MainWindow window(book.ledger());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QStringList unnamed;
    for (QWidget *page : everyPage(window, id)) {
        show(window, page, id);
        unnamed << nameless(window);
    }
    unnamed.removeDuplicates();
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1String("\n"))));
}

void WindowAccessibilityTest::tabReachesEveryControl()
{
    TestBook book;
    const qint64 id = book.customer(QStringLiteral("Baker St Deli"));
    book.sale(id, QStringLiteral("100.00"), QDate(2026, 1, 2), 30);
    MainWindow window(book.ledger());
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    for (QWidget *page : everyPage(window, id)) {
        show(window, page, id);
        window.sideBar()->setFocus();
        const QList<QWidget *> controls = reachable(window);
        QSet<QWidget *> visited;
        // Round the whole chain: Tab from the side bar back to it.
        for (int i = 0; i < 200; ++i) {
            // Ctrl+Tab leaves a table edited in place, whose Tab goes from cell to cell.
            auto *view = qobject_cast<QAbstractItemView *>(QApplication::focusWidget());
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab,
                view && view->tabKeyNavigation() ? Qt::ControlModifier : Qt::NoModifier);
            QWidget *focus = QApplication::focusWidget();
            if (focus == window.sideBar())
                break;
            visited.insert(focus);
        }
        QCOMPARE(QApplication::focusWidget(), window.sideBar());
        QStringList missed;
        for (QWidget *w : controls)
            if (w != window.sideBar() && !visited.contains(w))
                missed << describe(w);
        QVERIFY2(missed.isEmpty(),
            qPrintable(QString::fromLatin1(page->metaObject()->className()) + QLatin1String(": ")
                + missed.join(QLatin1String("; "))));
    }
}

void WindowAccessibilityTest::noAltLetterMeansTwoThings()
{
    speakTheRowsLanguage();
    if (QTest::currentTestFailed())
        return;
    TestBook book;
    const qint64 id = book.customer(QStringLiteral("Baker St Deli"));
    MainWindow window(book.ledger());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QStringList clashes;
    for (QWidget *page : everyPage(window, id)) {
        show(window, page, id);
        QMultiMap<QString, QString> keys = altLetters(window);
        for (QMenu *menu : window.menus())
            if (const QKeySequence key = QKeySequence::mnemonic(menu->title()); !key.isEmpty())
                keys.insert(key.toString(), menu->title());
        clashes << clashesIn(keys, QString::fromLatin1(page->metaObject()->className()));
    }
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1String("\n"))));
}

void WindowAccessibilityTest::everyDialogIsNamedAndClashFree()
{
    speakTheRowsLanguage();
    if (QTest::currentTestFailed())
        return;
    TestBook book;
    const qint64 id = book.customer(QStringLiteral("Baker St Deli"));
    book.sale(id, QStringLiteral("300.00"), QDate(2025, 11, 2), 30);
    book.sale(id, QStringLiteral("120.00"), QDate(2026, 2, 20), 30);
    book.pay(id, QStringLiteral("50.00"), QDate(2026, 3, 1));
    MainWindow window(book.ledger());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showCustomer(id);
    CustomerPage *page = window.customerPage();
    page->selectOpenItem(0);
    // Every dialog the customer page opens, as its buttons and keys open them.
    const QList<std::pair<const char *, void (CustomerPage::*)()>> openers{ { "payment", &CustomerPage::recordPayment },
        { "sale", &CustomerPage::newSale }, { "customer", &CustomerPage::editCustomer },
        { "contact", &CustomerPage::logContact }, { "promise", &CustomerPage::recordPromise },
        { "dispute", &CustomerPage::disputeSelected }, { "reminders", &CustomerPage::editLadder },
        { "message", &CustomerPage::sendMessage }, { "plan", &CustomerPage::makePaymentPlan },
        { "credit", &CustomerPage::stopOrResumeCredit }, { "agency", &CustomerPage::agencySelected },
        { "legal", &CustomerPage::legalStepSelected }, { "write-off", &CustomerPage::writeOffSelected } };
    QStringList problems;
    QStringList opened;
    for (const auto &[what, open] : openers) {
        bool seen = false;
        // Inspected from the event loop, so a dialog shown by exec() is inspected too.
        QTimer::singleShot(0, this, [&, what = what] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (dialog) {
                const QString name = QString::fromLatin1(dialog->metaObject()->className());
                opened << name;
                for (const QString &unnamed : nameless(*dialog))
                    problems << QStringLiteral("%1: %2").arg(name, unnamed);
                problems << clashesIn(altLetters(*dialog), name);
                for (QWidget *missed : missedByTab(*dialog))
                    problems << QStringLiteral("%1: Tab never reaches %2").arg(name, describe(missed));
                dialog->reject();
            } else {
                problems << QStringLiteral("%1: no dialog opened").arg(QLatin1String(what));
            }
            seen = true;
        });
        (page->*open)();
        QTRY_VERIFY(seen);
        QApplication::processEvents();
    }
    QCOMPARE(opened.size(), openers.size());
    problems.removeDuplicates();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1String("\n"))));
}

QTEST_MAIN(WindowAccessibilityTest)
#include "window_accessibility_test.moc"
