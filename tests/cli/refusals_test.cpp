// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/cli_runner.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace recoup::test;

namespace {

/// Words of SQLite's that must never reach the user.
const QStringList SqliteWords{ QStringLiteral("constraint failed"), QStringLiteral("unable to open database"),
    QStringLiteral("no such table"), QStringLiteral("SQLITE"), QStringLiteral("malformed") };

bool hasSqliteWords(const QString &text)
{
    for (const QString &words : SqliteWords)
        if (text.contains(words, Qt::CaseInsensitive))
            return true;
    return false;
}

/// Whether a process sleeps in SQLite's busy handler (waiting for the write lock).
bool waitsForTheLock(qint64 pid)
{
    QFile wchan(QStringLiteral("/proc/%1/wchan").arg(pid));
    return wchan.open(QIODevice::ReadOnly) && wchan.readAll().contains("nanosleep");
}

} // namespace

/// Every refusal in the user's words: what only the database can catch is
/// translated, and anything unexpected is a plain sentence with what to do.
class RefusalsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void initInAFolderThatDoesNotExist();
    void demoOnADayTooEarly();
    void theSameDatasetImportedTwiceAtOnce();
    void anUnexpectedProblemIsAPlainSentence();
    void aDayThatDoesNotExist_data();
    void aDayThatDoesNotExist();
    void aCurrencyThatIsNotIso4217();
    void aKilledDemoLeavesNoBookBehind();
};

void RefusalsTest::initTestCase()
{
    QVERIFY2(QFile::exists(qEnvironmentVariable("RECOUP_CLI")), "RECOUP_CLI is not set");
}

void RefusalsTest::initInAFolderThatDoesNotExist()
{
    QTemporaryDir dir;
    const CliRun run = cli({ QStringLiteral("init"), dir.filePath(QStringLiteral("typo/shop.recoup")) });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("there is no folder")), qPrintable(run.err));
    QVERIFY2(!hasSqliteWords(run.err), qPrintable(run.err));
}

void RefusalsTest::demoOnADayTooEarly()
{
    QTemporaryDir dir;
    const QString book = dir.filePath(QStringLiteral("demo.recoup"));
    const CliRun run = cli({ QStringLiteral("demo"), book, QStringLiteral("--today"), QStringLiteral("0001-01-01") });
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QLatin1String("--today must be from 1901-07-03 to 9999-10-02")), qPrintable(run.err));
    QVERIFY2(!hasSqliteWords(run.err), qPrintable(run.err));
    QVERIFY(!QFile::exists(book));
}

void RefusalsTest::theSameDatasetImportedTwiceAtOnce()
{
    if (!QFile::exists(QStringLiteral("/proc/self/wchan")))
        QSKIP("needs /proc/PID/wchan to see both imports wait for the book");
    QTemporaryDir dir;
    const QString book = dir.filePath(QStringLiteral("shop.recoup"));
    QCOMPARE(cli({ QStringLiteral("init"), book, QStringLiteral("--currency"), QStringLiteral("USD") }).exitCode, 0);
    // Another program holds the write lock while both imports check their
    // files against the book: both find nothing there yet, then wait their turn.
    QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
    other.setDatabaseName(book);
    QVERIFY(other.open());
    QSqlQuery lock(other);
    QVERIFY2(lock.exec(QStringLiteral("BEGIN IMMEDIATE")), qPrintable(lock.lastError().text()));
    const QString data = QStringLiteral(RECOUP_TEST_DATA "/interchange/seed");
    QProcess first;
    QProcess second;
    first.start(qEnvironmentVariable("RECOUP_CLI"), { QStringLiteral("import"), book, data });
    second.start(qEnvironmentVariable("RECOUP_CLI"), { QStringLiteral("import"), book, data });
    QVERIFY(first.waitForStarted() && second.waitForStarted());
    // Both have checked their files once both sleep in the wait for the lock
    // (well within its five seconds: checking three small files is quick).
    QDeadlineTimer patience(4000);
    while (!(waitsForTheLock(first.processId()) && waitsForTheLock(second.processId())) && !patience.hasExpired())
        QThread::msleep(5);
    lock.exec(QStringLiteral("ROLLBACK"));
    lock.finish();
    other.close();
    QVERIFY(first.waitForFinished(60000) && second.waitForFinished(60000));
    QProcess &loser = first.exitCode() == 0 ? second : first;
    QProcess &winner = first.exitCode() == 0 ? first : second;
    QCOMPARE(winner.exitCode(), 0);
    QCOMPARE(loser.exitCode(), 1);
    const QString err = QString::fromUtf8(loser.readAllStandardError());
    QVERIFY2(!hasSqliteWords(err), qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("reference “BOOK-C1”")), qPrintable(err));
    QVERIFY2(err.contains(QLatin1String("another import or program recorded it first")), qPrintable(err));
    QVERIFY2(err.contains(QLatin1String("Nothing was imported")), qPrintable(err));
    other = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
}

void RefusalsTest::anUnexpectedProblemIsAPlainSentence()
{
    QTemporaryDir dir;
    const QString book = dir.filePath(QStringLiteral("shop.recoup"));
    QCOMPARE(cli({ QStringLiteral("init"), book, QStringLiteral("--currency"), QStringLiteral("USD") }).exitCode, 0);
    {
        // Another program changed the book's tables into something Recoup does not know.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(book);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY2(query.exec(QStringLiteral("ALTER TABLE customers RENAME TO clients")),
            qPrintable(query.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    const CliRun run = cli({ QStringLiteral("balance"), book });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(!hasSqliteWords(run.err), qPrintable(run.err));
    QVERIFY2(run.err.contains(QLatin1String("recoup-cli verify")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QLatin1String("restore a backup")), qPrintable(run.err));
    // The database's own words are there for whoever asks.
    const CliRun verbose = cli({ QStringLiteral("balance"), book, QStringLiteral("--verbose") });
    QCOMPARE(verbose.exitCode, 1);
    QVERIFY2(verbose.err.contains(QLatin1String("no such table: customers")), qPrintable(verbose.err));
}

void RefusalsTest::aDayThatDoesNotExist_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("said");
    QTest::newRow("30 February") << QStringLiteral("aging") << QStringLiteral("2025-02-30")
                                 << QStringLiteral(
                                        "--as-of: there is no such day as “2025-02-30”: February 2025 has 28 "
                                        "days.");
    QTest::newRow("29 February, not a leap year")
        << QStringLiteral("balance") << QStringLiteral("2025-02-29")
        << QStringLiteral("--as-of: there is no such day as “2025-02-29”: February 2025 has 28 days.");
    QTest::newRow("31 April") << QStringLiteral("aging") << QStringLiteral("2026-04-31")
                              << QStringLiteral("April 2026 has 30 days.");
    QTest::newRow("month 13") << QStringLiteral("aging") << QStringLiteral("2025-13-01")
                              << QStringLiteral("“2025-13-01” has no month 13");
    QTest::newRow("not written so") << QStringLiteral("aging") << QStringLiteral("2025-2-3")
                                    << QStringLiteral("is not a date written YYYY-MM-DD");
}

void RefusalsTest::aDayThatDoesNotExist()
{
    QFETCH(QString, command);
    QFETCH(QString, date);
    QFETCH(QString, said);
    QTemporaryDir dir;
    const QString book = dir.filePath(QStringLiteral("shop.recoup"));
    QCOMPARE(cli({ QStringLiteral("init"), book, QStringLiteral("--currency"), QStringLiteral("USD") }).exitCode, 0);
    const CliRun run = cli({ command, book, QStringLiteral("--as-of"), date });
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(said), qPrintable(run.err));
}

void RefusalsTest::aCurrencyThatIsNotIso4217()
{
    QTemporaryDir dir;
    const QString book = dir.filePath(QStringLiteral("shop.recoup"));
    const CliRun abc = cli({ QStringLiteral("init"), book, QStringLiteral("--currency"), QStringLiteral("ABC") });
    QCOMPARE(abc.exitCode, 2);
    QVERIFY2(abc.err.contains(QStringLiteral("“ABC” is not an ISO 4217 currency code")), qPrintable(abc.err));
    QVERIFY(!QFile::exists(book));
    const CliRun demo = cli({ QStringLiteral("demo"), book, QStringLiteral("--currency"), QStringLiteral("XXX") });
    QCOMPARE(demo.exitCode, 2);
    QVERIFY(!QFile::exists(book));
    // Real ones, with their decimals.
    QCOMPARE(cli({ QStringLiteral("init"), book, QStringLiteral("--currency"), QStringLiteral("kwd") }).exitCode, 0);
}

void RefusalsTest::aKilledDemoLeavesNoBookBehind()
{
    QTemporaryDir dir;
    const QString book = dir.filePath(QStringLiteral("demo.recoup"));
    QProcess demo;
    demo.start(qEnvironmentVariable("RECOUP_CLI"),
        { QStringLiteral("demo"), book, QStringLiteral("--customers"), QStringLiteral("200000") });
    QVERIFY(demo.waitForStarted());
    // Killed once it has written a good part: its WAL has grown past 4 MB.
    const auto writing = [&dir] {
        for (const QFileInfo &file : QDir(dir.path()).entryInfoList(QDir::Files | QDir::Hidden))
            if (file.fileName().endsWith(QLatin1String("-wal")) && file.size() > 4 * 1024 * 1024)
                return true;
        return false;
    };
    while (!demo.waitForFinished(20) && !writing()) { }
    QVERIFY2(demo.state() == QProcess::Running, demo.readAllStandardError().constData());
    demo.kill(); // SIGKILL
    QVERIFY(demo.waitForFinished());
    QVERIFY(!QFile::exists(book));

    // A rerun is not refused, and clears what the killed one left.
    const CliRun again = cli({ QStringLiteral("demo"), book, QStringLiteral("--customers"), QStringLiteral("5") });
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{ QStringLiteral("demo.recoup") });
    QCOMPARE(cli({ QStringLiteral("verify"), book }).exitCode, 0);
}

QTEST_GUILESS_MAIN(RefusalsTest)
#include "refusals_test.moc"
