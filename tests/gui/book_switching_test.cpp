// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Books opened, made and closed from the window, by keyboard: a recent book
// reopened, a book that cannot be opened refused with the book open kept open.
#include "book_menu.h"
#include "book_switcher.h"
#include "core/clock.h"
#include "db/database.h"
#include "dialogs/new_book_dialog.h"
#include "main_window.h"
#include "recent_books.h"
#include "start_window.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace recoup;

class BookSwitchingTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void aRecentBookIsReopenedByKeyboard();
    void aMissingRecentBookIsDroppedWithANote();
    void aBookThatCannotBeOpenedKeepsTheOpenOne_data();
    void aBookThatCannotBeOpenedKeepsTheOpenOne();
    void aReadOnlyBookOpensReadOnly();
    void aNewBookIsMadeFromTheWindow();
    void aNewBookNeverOverwritesAFile();
    void closingTheBookShowsTheStartWindow();
    void ctrlQQuitsFromTheBook();

private:
    QString makeBook(const QString &name);
    static void activate(QWidget *window)
    {
        QApplication::setActiveWindow(window);
        QVERIFY(QTest::qWaitForWindowActive(window));
    }
    /// The modal widget that opens, of that type, within a few seconds (null if none does).
    template <typename T>
    static T *modal()
    {
        static_cast<void>(
            QTest::qWaitFor([] { return qobject_cast<T *>(QApplication::activeModalWidget()) != nullptr; }, 5000));
        return qobject_cast<T *>(QApplication::activeModalWidget());
    }

    QTemporaryDir m_dir;
    FixedClock m_clock{ QDate(2026, 3, 14) };
};

void BookSwitchingTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("RecoupTest"));
    QCoreApplication::setApplicationName(QStringLiteral("book_switching_test"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
}

void BookSwitchingTest::init()
{
    QSettings().clear();
}

void BookSwitchingTest::cleanup()
{
    // Windows and message boxes of one test do not stay for the next.
    for (QWidget *widget : QApplication::topLevelWidgets())
        if (qobject_cast<QMessageBox *>(widget) || qobject_cast<QDialog *>(widget))
            widget->close();
    QApplication::processEvents();
}

QString BookSwitchingTest::makeBook(const QString &name)
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    auto db = Database::create(path, Currency::fromCode(QStringLiteral("EUR")).value());
    if (!db)
        qFatal("cannot make %s: %s", qPrintable(path), qPrintable(db.error()));
    return path;
}

void BookSwitchingTest::aRecentBookIsReopenedByKeyboard()
{
    const QString a = makeBook(QStringLiteral("a.recoup"));
    const QString b = makeBook(QStringLiteral("b.recoup"));
    BookSwitcher books(m_clock);
    QVERIFY(books.open(a));
    QVERIFY(books.open(b));
    QCOMPARE(RecentBooks::all(), (QStringList{ b, a }));
    QPointer<MainWindow> window = books.window();
    QCOMPARE(window->windowTitle(), QStringLiteral("b.recoup"));
    activate(window);

    // Alt+F, R (Open recent), 2: the book before.
    QTest::keyClick(window, Qt::Key_F, Qt::AltModifier);
    QTRY_VERIFY(qobject_cast<QMenu *>(QApplication::activePopupWidget()));
    QTest::keyClick(QApplication::activePopupWidget(), Qt::Key_R);
    QTRY_COMPARE(QApplication::activePopupWidget(), window->bookMenu()->recentMenu());
    QCOMPARE(window->bookMenu()->recentMenu()->actions().at(1)->text(), QStringLiteral("&2 a.recoup"));
    QTest::keyClick(QApplication::activePopupWidget(), Qt::Key_2);
    QTRY_VERIFY(books.window() && books.window() != window);
    QCOMPARE(books.window()->windowTitle(), QStringLiteral("a.recoup"));
    QCOMPARE(books.database()->path(), a);
    QVERIFY(books.window()->isVisible());
    // The window before goes, with its book.
    QTRY_VERIFY(!window);
    QCOMPARE(RecentBooks::all(), (QStringList{ a, b }));
}

void BookSwitchingTest::aMissingRecentBookIsDroppedWithANote()
{
    const QString gone = makeBook(QStringLiteral("gone.recoup"));
    const QString kept = makeBook(QStringLiteral("kept.recoup"));
    RecentBooks::add(gone);
    BookSwitcher books(m_clock);
    QVERIFY(books.open(kept));
    QVERIFY(QFile::remove(gone));
    BookMenu *menu = books.window()->bookMenu();
    menu->fillRecent();
    QStringList texts;
    for (QAction *action : menu->recentMenu()->actions())
        texts << action->text();
    QCOMPARE(texts.first(), QStringLiteral("&1 kept.recoup"));
    auto *note = menu->recentMenu()->findChild<QAction *>(QStringLiteral("droppedNote"));
    QVERIFY(note);
    QVERIFY(note->text().contains(QStringLiteral("gone.recoup")));
    QVERIFY(!note->isEnabled());
    QCOMPARE(RecentBooks::all(), QStringList{ kept });
    // Still noted the next time the menu opens, though the list kept has forgotten it.
    menu->fillRecent();
    QVERIFY(menu->recentMenu()->findChild<QAction *>(QStringLiteral("droppedNote")));
}

void BookSwitchingTest::aBookThatCannotBeOpenedKeepsTheOpenOne_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("not a book") << QStringLiteral("text");
    QTest::newRow("newer") << QStringLiteral("newer");
    QTest::newRow("missing") << QStringLiteral("missing");
}

void BookSwitchingTest::aBookThatCannotBeOpenedKeepsTheOpenOne()
{
    QFETCH(QString, kind);
    const QString open = makeBook(QStringLiteral("open.recoup"));
    QString bad = m_dir.filePath(QStringLiteral("bad.recoup"));
    QFile::remove(bad);
    if (kind == QLatin1String("text")) {
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("shopping list: nails, glue\n");
    } else if (kind == QLatin1String("newer")) {
        makeBook(QStringLiteral("bad.recoup"));
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(bad);
            QVERIFY(raw.open());
            QSqlQuery query(raw);
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 999")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    }
    QByteArray before;
    if (QFile file(bad); file.open(QIODevice::ReadOnly))
        before = file.readAll();

    BookSwitcher books(m_clock);
    QVERIFY(books.open(open));
    MainWindow *window = books.window();
    activate(window);
    QVERIFY(!books.open(bad));
    auto *box = modal<QMessageBox>();
    QVERIFY(box);
    QVERIFY2(box->text().contains(QStringLiteral("The book “open.recoup” stays open.")), qPrintable(box->text()));
    QCOMPARE(box->parentWidget(), window);
    QTest::keyClick(box, Qt::Key_Return);
    // The book open is as it was, its window too, and the other file untouched.
    QCOMPARE(books.window(), window);
    QVERIFY(window->isVisible());
    QCOMPARE(books.database()->path(), open);
    QCOMPARE(window->windowTitle(), QStringLiteral("open.recoup"));
    if (QFile file(bad); file.open(QIODevice::ReadOnly))
        QCOMPARE(file.readAll(), before);
    else
        QCOMPARE(kind, QStringLiteral("missing"));
    QVERIFY(!RecentBooks::all().contains(bad));
}

void BookSwitchingTest::aReadOnlyBookOpensReadOnly()
{
    const QString path = makeBook(QStringLiteral("readonly.recoup"));
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
    BookSwitcher books(m_clock);
    QVERIFY(books.open(path));
    QCOMPARE(books.window()->windowTitle(), QStringLiteral("readonly.recoup (read-only)"));
    QVERIFY(books.window()->readOnlyBanner());
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void BookSwitchingTest::aNewBookIsMadeFromTheWindow()
{
    const QString open = makeBook(QStringLiteral("first.recoup"));
    BookSwitcher books(m_clock);
    QVERIFY(books.open(open));
    QPointer<MainWindow> window = books.window();
    activate(window);
    QTest::keyClick(window, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    auto *dialog = modal<NewBookDialog>();
    QVERIFY(dialog);
    // Named after the business, in the folder of the book open, until the user names it.
    QTest::keyClicks(dialog->businessEdit(), QStringLiteral("Corner Hardware"));
    QCOMPARE(dialog->fileEdit()->text(), m_dir.filePath(QStringLiteral("Corner Hardware.recoup")));
    dialog->currencyBox()->setCurrentText(QStringLiteral("MXN"));
    QTest::keyClick(dialog->businessEdit(), Qt::Key_Return);
    QTRY_VERIFY(books.window() && books.window() != window);
    const QString made = m_dir.filePath(QStringLiteral("Corner Hardware.recoup"));
    QCOMPARE(books.database()->path(), made);
    QCOMPARE(books.database()->currency().code(), QStringLiteral("MXN"));
    QCOMPARE(books.database()->meta(QStringLiteral("business_name")), QStringLiteral("Corner Hardware"));
    {
        // Named with an audit record, as any change of the business details.
        QSqlQuery q(books.database()->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT action, object_type FROM audit_log ORDER BY id DESC LIMIT 1")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("set_business_details"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("book"));
    }
    QCOMPARE(books.window()->windowTitle(), QStringLiteral("Corner Hardware.recoup — Corner Hardware"));
    QCOMPARE(RecentBooks::all().first(), made);
    QTRY_VERIFY(!window);
}

void BookSwitchingTest::aNewBookNeverOverwritesAFile()
{
    const QString open = makeBook(QStringLiteral("keep.recoup"));
    const QString taken = m_dir.filePath(QStringLiteral("taken.recoup"));
    {
        QFile file(taken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not to be lost");
    }
    BookSwitcher books(m_clock);
    QVERIFY(books.open(open));
    MainWindow *window = books.window();
    activate(window);
    window->bookMenu()->newBookAction()->trigger();
    auto *dialog = modal<NewBookDialog>();
    QVERIFY(dialog);
    dialog->fileEdit()->setText(taken);
    QTest::keyClick(dialog->fileEdit(), Qt::Key_Return);
    // Said under the fields; the dialog stays with what was typed, the book open too.
    QVERIFY2(dialog->messageLabel()->text().contains(QStringLiteral("already exists")),
        qPrintable(dialog->messageLabel()->text()));
    QVERIFY(dialog->isVisible());
    QCOMPARE(books.window(), window);
    QFile file(taken);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("not to be lost"));
    dialog->reject();
}

void BookSwitchingTest::closingTheBookShowsTheStartWindow()
{
    const QString path = makeBook(QStringLiteral("close.recoup"));
    BookSwitcher books(m_clock);
    QVERIFY(books.open(path));
    QPointer<MainWindow> window = books.window();
    activate(window);
    QTest::keyClick(window, Qt::Key_W, Qt::ControlModifier);
    QTRY_VERIFY(books.startWindow() && books.startWindow()->isVisible());
    QVERIFY(!books.window());
    QTRY_VERIFY(!window);
    // Enter on the recent list opens the book again.
    StartWindow *start = books.startWindow();
    activate(start);
    QCOMPARE(start->recentList()->currentItem()->data(Qt::UserRole).toString(), path);
    QTest::keyClick(start->recentList(), Qt::Key_Return);
    QTRY_VERIFY(books.window());
    QCOMPARE(books.database()->path(), path);
}

void BookSwitchingTest::ctrlQQuitsFromTheBook()
{
    const QString path = makeBook(QStringLiteral("quit.recoup"));
    BookSwitcher books(m_clock);
    QVERIFY(books.open(path));
    activate(books.window());
    QTest::keyClick(books.window(), Qt::Key_Q, Qt::ControlModifier);
    QTRY_VERIFY(!books.window()->isVisible());
    QVERIFY(!books.startWindow());
}

QTEST_MAIN(BookSwitchingTest)
#include "book_switching_test.moc"
