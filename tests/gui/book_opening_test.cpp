// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/database.h"
#include "main_window.h"

#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace recoup;

/// Which book `recoup [BOOK]` opens, and what happens when it cannot.
class BookOpeningTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void theArgumentWins();
    void thenTheLastBookUsed();
    void thenTheDefaultBook();
    void theDefaultBookIsCreatedOnFirstRun();
    void aFileThatIsNotABookIsRefusedUntouched();
    void aMissingBookThatIsNotTheDefaultIsNotCreated();

private:
    QTemporaryDir m_dir;
};

void BookOpeningTest::initTestCase()
{
    // Keeps the default book and the settings away from the real ones.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("RecoupTest"));
    QCoreApplication::setApplicationName(QStringLiteral("book_opening_test"));
    QVERIFY(m_dir.isValid());
}

void BookOpeningTest::init()
{
    QSettings().clear();
    QFile::remove(MainWindow::defaultBookPath());
}

void BookOpeningTest::theArgumentWins()
{
    MainWindow::rememberBook(m_dir.filePath(QStringLiteral("last.recoup")));
    const QString given = m_dir.filePath(QStringLiteral("given.recoup"));
    QCOMPARE(MainWindow::bookToOpen({ QStringLiteral("recoup"), given }), given);
}

void BookOpeningTest::thenTheLastBookUsed()
{
    const QString last = m_dir.filePath(QStringLiteral("last.recoup"));
    QVERIFY(Database::create(last, Currency::fromCode(QStringLiteral("EUR")).value()).ok());
    MainWindow::rememberBook(last);
    QCOMPARE(MainWindow::bookToOpen({ QStringLiteral("recoup") }), last);
}

void BookOpeningTest::thenTheDefaultBook()
{
    // A remembered book that has since gone does not stop the program.
    MainWindow::rememberBook(m_dir.filePath(QStringLiteral("gone.recoup")));
    QCOMPARE(MainWindow::bookToOpen({ QStringLiteral("recoup") }), MainWindow::defaultBookPath());
    QVERIFY(MainWindow::defaultBookPath().endsWith(QStringLiteral("/Recoup/default.recoup")));
}

void BookOpeningTest::theDefaultBookIsCreatedOnFirstRun()
{
    const QString path = MainWindow::defaultBookPath();
    QVERIFY(!QFileInfo::exists(path));
    auto db = MainWindow::openBook(path);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    QVERIFY(QFileInfo::exists(path));
    db.value().reset();
    // The second run opens the same book.
    QVERIFY(MainWindow::openBook(path).ok());
}

void BookOpeningTest::aFileThatIsNotABookIsRefusedUntouched()
{
    const QString path = m_dir.filePath(QStringLiteral("notes.recoup"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("shopping list: nails, glue\n");
    file.close();
    auto db = MainWindow::openBook(path);
    QVERIFY(!db.ok());
    QVERIFY(!db.error().isEmpty());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("shopping list: nails, glue\n"));
}

void BookOpeningTest::aMissingBookThatIsNotTheDefaultIsNotCreated()
{
    const QString path = m_dir.filePath(QStringLiteral("typo.recoup"));
    QVERIFY(!MainWindow::openBook(path).ok());
    QVERIFY(!QFileInfo::exists(path));
}

QTEST_MAIN(BookOpeningTest)
#include "book_opening_test.moc"
