// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/book_damage.h"
#include "support/cli_runner.h"
#include "support/file_digest.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace recoup::test;

namespace {

/// Runs one statement on a closed book as a person with the sqlite3 shell would.
bool editByHand(const QString &path, const QString &statement)
{
    bool done = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("by-hand"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            done = query.exec(QStringLiteral("PRAGMA foreign_keys = OFF")) && query.exec(statement)
                && query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("by-hand"));
    return done;
}

} // namespace

/// A demo book with random bytes over a page in its middle, as a failing disk
/// leaves it: read with a warning at best, never written.
class DamagedBookTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void importIsRefusedAndTheBookUntouched();
    void reportsSayTheBookIsDamaged_data();
    void reportsSayTheBookIsDamaged();
    void reportsLeaveTheAuditLogToVerify_data();
    void reportsLeaveTheAuditLogToVerify();
    void verifySaysWhatToDo();
    void aBookEditedByHandIsDamaged_data();
    void aBookEditedByHandIsDamaged();

private:
    QTemporaryDir m_dir;
    QString m_book; ///< a page of the audit log damaged
    QString m_readBook; ///< a page of the entries damaged
};

void DamagedBookTest::initTestCase()
{
    QVERIFY2(QFile::exists(qEnvironmentVariable("RECOUP_CLI")), "RECOUP_CLI is not set");
    m_book = m_dir.filePath(QStringLiteral("demo.recoup"));
    const CliRun demo = cli({ QStringLiteral("demo"), m_book, QStringLiteral("--today"), QStringLiteral("2026-03-14"),
        QStringLiteral("--currency"), QStringLiteral("USD") });
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    QCOMPARE(cli({ QStringLiteral("verify"), m_book }).exitCode, 0);
    m_readBook = m_dir.filePath(QStringLiteral("entries.recoup"));
    QVERIFY(QFile::copy(m_book, m_readBook));
    // The audit log is read by no report: the damage stays unseen unless checked for.
    QVERIFY(damageTablePage(m_book, QStringLiteral("audit_log")) > 0);
    // The entries are read by every report.
    QVERIFY(damageTablePage(m_readBook, QStringLiteral("entries")) > 0);
}

void DamagedBookTest::importIsRefusedAndTheBookUntouched()
{
    const QByteArray before = fileDigest(m_book);
    const CliRun run
        = cli({ QStringLiteral("import"), m_book, QStringLiteral(RECOUP_TEST_DATA "/interchange/valid-text") });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("is damaged")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QLatin1String("Restore it from a backup")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QLatin1String("recoup-cli verify")), qPrintable(run.err));
    QVERIFY(!run.text().contains(QLatin1String("Imported")));
    QCOMPARE(fileDigest(m_book), before);
}

void DamagedBookTest::reportsSayTheBookIsDamaged_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("shown");
    QTest::newRow("aging") << QStringList{ QStringLiteral("aging"), QStringLiteral("--as-of"),
        QStringLiteral("2026-03-14") }
                           << QStringLiteral("TOTAL");
    QTest::newRow("balance") << QStringList{ QStringLiteral("balance") } << QString();
    QTest::newRow("worklist") << QStringList{ QStringLiteral("worklist"), QStringLiteral("--date"),
        QStringLiteral("2026-03-14") }
                              << QString();
}

void DamagedBookTest::reportsSayTheBookIsDamaged()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, shown);
    arguments.insert(1, m_readBook);
    const QByteArray before = fileDigest(m_readBook);
    const CliRun run = cli(arguments);
    // What can still be read is shown (it may be all that is left to rebuild
    // the book from), but the exit status and a warning say it is not sound;
    // a report that reads the damaged page itself stops there, saying so.
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("is damaged")), qPrintable(run.err));
    if (!shown.isEmpty()) {
        QVERIFY2(run.text().contains(shown), run.out.constData());
        QVERIFY2(run.err.contains(QLatin1String("may be wrong")), qPrintable(run.err));
    }
    QCOMPARE(fileDigest(m_readBook), before);
}

void DamagedBookTest::reportsLeaveTheAuditLogToVerify_data()
{
    reportsSayTheBookIsDamaged_data();
}

void DamagedBookTest::reportsLeaveTheAuditLogToVerify()
{
    // A report checks the tables it may read, not the audit log (a third to a
    // half of a book, read by no report): its figures are sound. verify,
    // import and every other write check the whole book, and refuse this one.
    QFETCH(QStringList, arguments);
    arguments.insert(1, m_book);
    const QByteArray before = fileDigest(m_book);
    const CliRun run = cli(arguments);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(!run.err.contains(QLatin1String("damaged")), qPrintable(run.err));
    QCOMPARE(fileDigest(m_book), before);
}

void DamagedBookTest::verifySaysWhatToDo()
{
    const CliRun run = cli({ QStringLiteral("verify"), m_book });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(QLatin1String("DAMAGED: ")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QLatin1String("Restore it from a backup")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QLatin1String("--verbose")), qPrintable(run.err));
    const CliRun verbose = cli({ QStringLiteral("verify"), m_book, QStringLiteral("--verbose") });
    QCOMPARE(verbose.exitCode, 1);
    QVERIFY(verbose.err.size() > run.err.size());
}

void DamagedBookTest::aBookEditedByHandIsDamaged_data()
{
    QTest::addColumn<QString>("statement");
    QTest::addColumn<QString>("missing");
    QTest::addColumn<QString>("verdict");
    // Each passes SQLite's integrity check: only the schema tells. Without a
    // table the entries cannot be checked; without a guard or an index they are.
    QTest::newRow("a table read by every report")
        << QStringLiteral("DROP TABLE debts") << QStringLiteral("The table “debts” is missing")
        << QStringLiteral("DAMAGED: ");
    QTest::newRow("the append-only guard")
        << QStringLiteral("DROP TRIGGER entries_no_delete") << QStringLiteral("The guard “entries_no_delete”")
        << QStringLiteral("FAILED: ");
    QTest::newRow("an index") << QStringLiteral("DROP INDEX debts_open")
                              << QStringLiteral("The index “debts_open” is missing") << QStringLiteral("FAILED: ");
}

void DamagedBookTest::aBookEditedByHandIsDamaged()
{
    QFETCH(QString, statement);
    QFETCH(QString, missing);
    QFETCH(QString, verdict);
    QTemporaryDir dir;
    const QString book = dir.filePath(QStringLiteral("edited.recoup"));
    QCOMPARE(cli({ QStringLiteral("init"), book, QStringLiteral("--currency"), QStringLiteral("USD") }).exitCode, 0);
    const QString data = QStringLiteral(RECOUP_TEST_DATA "/interchange/valid-text");
    QCOMPARE(cli({ QStringLiteral("import"), book, data }).exitCode, 0);
    QVERIFY(editByHand(book, statement));
    const QByteArray before = fileDigest(book);

    // Before, a missing table ended the program (exit 134) at its first query.
    const CliRun balance = cli({ QStringLiteral("balance"), book });
    QCOMPARE(balance.exitCode, 1);
    QVERIFY2(balance.err.contains(QLatin1String("is damaged")), qPrintable(balance.err));
    const CliRun import = cli({ QStringLiteral("import"), book, data });
    QCOMPARE(import.exitCode, 1);
    QVERIFY2(import.err.contains(QLatin1String("is damaged")), qPrintable(import.err));
    const CliRun verify = cli({ QStringLiteral("verify"), book });
    QCOMPARE(verify.exitCode, 1);
    QVERIFY2(verify.err.contains(verdict), qPrintable(verify.err));
    QVERIFY2(verify.err.contains(missing), qPrintable(verify.err));
    QCOMPARE(fileDigest(book), before);
}

QTEST_GUILESS_MAIN(DamagedBookTest)
#include "damaged_book_test.moc"
