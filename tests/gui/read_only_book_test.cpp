// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "main_window.h"
#include "pages/customers_page.h"
#include "support/book_damage.h"
#include "support/file_digest.h"
#include "support/test_book.h"

#include <QFile>
#include <QLabel>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

using namespace recoup;

namespace { } // namespace

/// The window on a book it must not write: it opens, says so across the top,
/// and every change is refused in the same words.
class ReadOnlyBookTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void aSoundBookHasNoBanner();
    void aDamagedBookOpensReadOnlyWithABanner();
    void aWriteBeforeTheCheckAnswersChecksFirst();
    void aReadOnlyFileOpensWithABanner();
    void aBookAnotherProgramIsWritingOpensAtOnce();
};

void ReadOnlyBookTest::aSoundBookHasNoBanner()
{
    test::TestBook book;
    book.customer(QStringLiteral("Ada"));
    MainWindow window(book.ledger());
    window.show();
    QVERIFY(!window.readOnlyBanner());
    QVERIFY(!window.windowTitle().contains(QLatin1String("read-only")));
}

void ReadOnlyBookTest::aDamagedBookOpensReadOnlyWithABanner()
{
    test::TestBook book;
    for (int i = 0; i < 400; ++i)
        book.customer(QStringLiteral("Customer %1").arg(i));
    const QString path = book.path();
    book.close();
    QVERIFY(test::damageTablePage(path, QStringLiteral("audit_log")) > 0);
    const QByteArray before = test::fileDigest(path);
    {
        auto db = MainWindow::openBook(path);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        // The window shows at once; the check answers from its own thread.
        QVERIFY(db.value()->integrityPending());
        Ledger ledger(*db.value(), book.clock());
        MainWindow window(ledger);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(window.readOnlyBanner(), 20000);
        QVERIFY(db.value()->isDamaged());
        QVERIFY(!db.value()->isWritable());
        QVERIFY(window.readOnlyBanner()->isVisible());
        const QString banner = window.readOnlyBanner()->text();
        QVERIFY2(banner.startsWith(QLatin1String("Read-only: ")), qPrintable(banner));
        QVERIFY2(banner.contains(QLatin1String("is damaged")), qPrintable(banner));
        QVERIFY2(banner.contains(QLatin1String("Restore it from a backup")), qPrintable(banner));
        QVERIFY(window.windowTitle().contains(QLatin1String("(read-only)")));

        CustomerInput input;
        input.name = QStringLiteral("Written anyway");
        const auto added = ledger.addCustomer(input);
        QVERIFY(!added.ok());
        QVERIFY2(added.error().contains(QLatin1String("is damaged")), qPrintable(added.error()));
    }
    QCOMPARE(test::fileDigest(path), before);
}

void ReadOnlyBookTest::aWriteBeforeTheCheckAnswersChecksFirst()
{
    test::TestBook book;
    for (int i = 0; i < 300; ++i)
        book.customer(QStringLiteral("Customer %1").arg(i));
    const QString path = book.path();
    book.close();
    QVERIFY(test::damageTablePage(path, QStringLiteral("audit_log")) > 0);
    const QByteArray before = test::fileDigest(path);
    {
        auto db = MainWindow::openBook(path);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        QVERIFY(db.value()->integrityPending());
        Ledger ledger(*db.value(), book.clock());
        CustomerInput input;
        input.name = QStringLiteral("Written before the check");
        const auto added = ledger.addCustomer(input);
        QVERIFY(!added.ok());
        QVERIFY2(added.error().contains(QLatin1String("is damaged")), qPrintable(added.error()));
        QVERIFY(!db.value()->integrityPending());
    }
    QCOMPARE(test::fileDigest(path), before);
}

void ReadOnlyBookTest::aReadOnlyFileOpensWithABanner()
{
    test::TestBook book;
    book.customer(QStringLiteral("Ada"));
    const QString path = book.path();
    book.close();
    QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
    const QByteArray before = test::fileDigest(path);
    {
        auto db = MainWindow::openBook(path);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        Ledger ledger(*db.value(), book.clock());
        MainWindow window(ledger);
        window.show();
        QVERIFY(window.readOnlyBanner());
        QVERIFY(window.readOnlyBanner()->isVisible());
        QVERIFY2(window.readOnlyBanner()->text().contains(QLatin1String("is read-only")),
            qPrintable(window.readOnlyBanner()->text()));
        QVERIFY(window.windowTitle().contains(QLatin1String("(read-only)")));
        QCOMPARE(window.customersPage()->table()->model()->rowCount(), 1);
        CustomerInput input;
        input.name = QStringLiteral("Written anyway");
        const auto added = ledger.addCustomer(input);
        QVERIFY(!added.ok());
        QVERIFY2(added.error().contains(QLatin1String("is read-only")), qPrintable(added.error()));
    }
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    QCOMPARE(test::fileDigest(path), before);
}

void ReadOnlyBookTest::aBookAnotherProgramIsWritingOpensAtOnce()
{
    test::TestBook book;
    book.customer(QStringLiteral("Ada"));
    const QString path = book.path();
    book.close();
    // Another program is in the middle of a write (an import, say).
    QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("writer"));
    other.setDatabaseName(path);
    QVERIFY(other.open());
    QSqlQuery write(other);
    QVERIFY(write.exec(QStringLiteral("BEGIN IMMEDIATE")));
    QVERIFY(write.exec(QStringLiteral("UPDATE customers SET name = 'Not yet committed'")));
    {
        // The window opens without waiting and shows the book as last committed.
        auto db = MainWindow::openBook(path);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        QVERIFY(db.value()->isWritable());
        Ledger ledger(*db.value(), book.clock());
        MainWindow window(ledger);
        window.show();
        QVERIFY(!window.readOnlyBanner());
        const QAbstractItemModel *customers = window.customersPage()->table()->model();
        QCOMPARE(customers->rowCount(), 1);
        bool seen = false;
        for (int column = 0; column < customers->columnCount(); ++column)
            seen = seen || customers->index(0, column).data().toString() == QLatin1String("Ada");
        QVERIFY(seen);
    }
    write.exec(QStringLiteral("ROLLBACK"));
    write.finish();
    other.close();
    other = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("writer"));
}

QTEST_MAIN(ReadOnlyBookTest)
#include "read_only_book_test.moc"
