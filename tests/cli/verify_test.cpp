// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/cli_runner.h"

#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace recoup::test;

class VerifyCliTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void soundBook();
    void tamperedBook_data();
    void tamperedBook();
    void notABook();
    void headKeptOutsideTheBook();

private:
    QTemporaryDir m_dir;
};

void VerifyCliTest::initTestCase()
{
    QVERIFY2(QFile::exists(qEnvironmentVariable("RECOUP_CLI")), "RECOUP_CLI is not set");
}

void VerifyCliTest::soundBook()
{
    QTemporaryDir dir;
    const CliRun run = cli({ QStringLiteral("verify"), exampleBook(dir) });
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.text().startsWith(QLatin1String("OK: 12 customers, 54 sales, ")), qPrintable(run.text()));
}

void VerifyCliTest::tamperedBook_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<QString>("problem");
    QTest::newRow("entry amount") << QStringList{ QStringLiteral("DROP TRIGGER entries_no_update"),
        QStringLiteral("UPDATE entries SET amount = amount + 1, open_delta = open_delta + 1, "
                       "balance_delta = balance_delta + 1 WHERE id = (SELECT min(id) FROM entries WHERE kind = "
                       "'charge')") }
                                  << QStringLiteral("is not what was charged");
    QTest::newRow("balance cache") << QStringList{ QStringLiteral("UPDATE customers SET balance = 0 WHERE ref = "
                                                                  "'R0000'") }
                                   << QStringLiteral("customer R0000: the stored balance 0.00 is not the sum of its "
                                                     "entries, 3008.86");
    QTest::newRow("aging totals cache") << QStringList{
        QStringLiteral("INSERT INTO aging_totals_cache (as_of, basis, edges, bucket, through_entry, "
                       "amount) VALUES ('2020-01-31', 'due', '30,60,90', 0, "
                       "(SELECT max(id) FROM entries), 12345)")
    } << QStringLiteral("The cached aging totals as of 2020-01-31");
    QTest::newRow("open amount cache") << QStringList{ QStringLiteral("UPDATE debts SET open_amount = open_amount + 5 "
                                                                      "WHERE ref = 'R0000-D0'") }
                                       << QStringLiteral("sale R0000-D0: the stored open amount");
    QTest::newRow("audit record") << QStringList{ QStringLiteral("DROP TRIGGER audit_no_update"),
        QStringLiteral("UPDATE audit_log SET details = '{}' WHERE id = 5") }
                                  << QStringLiteral("audit record 5: its contents were changed");
    // The issue's own: an entry given to another name, the triggers dropped.
    QTest::newRow("entry recorded_by") << QStringList{ QStringLiteral("DROP TRIGGER entries_no_update"),
        QStringLiteral("UPDATE entries SET recorded_by = 'someone else' WHERE id = 3") }
                                       << QStringLiteral("entries row 3, column recorded_by: the book holds “someone "
                                                         "else”, audit record ");
}

void VerifyCliTest::tamperedBook()
{
    QFETCH(QStringList, statements);
    QFETCH(QString, problem);
    QTemporaryDir dir;
    const QString book = exampleBook(dir);
    {
        // Another program edits the file behind Recoup's back.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(book);
        QVERIFY(db.open());
        for (const QString &sql : statements) {
            QSqlQuery query(db);
            QVERIFY2(query.exec(sql), qPrintable(query.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    const CliRun run = cli({ QStringLiteral("verify"), book });
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(problem), qPrintable(run.err));
    QVERIFY2(run.err.contains(QLatin1String("FAILED: ")), qPrintable(run.err));
}

void VerifyCliTest::notABook()
{
    QCOMPARE(cli({ QStringLiteral("verify") }).exitCode, 2);
    const QString path = m_dir.filePath(QStringLiteral("notes.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a database\n");
    file.close();
    const CliRun run = cli({ QStringLiteral("verify"), path });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("is not a Recoup book")), qPrintable(run.err));
}

void VerifyCliTest::headKeptOutsideTheBook()
{
    QTemporaryDir dir;
    const QString book = exampleBook(dir);
    const CliRun sound = cli({ QStringLiteral("verify"), book });
    QCOMPARE(sound.exitCode, 0);
    const QString said = sound.text();
    QVERIFY2(said.contains(QLatin1String("bound since the book was made")), qPrintable(said));
    const QString marker = QStringLiteral("(write it down, or keep it with a backup): ");
    const qsizetype at = said.indexOf(marker);
    QVERIFY2(at > 0, qPrintable(said));
    const QString head = said.mid(at + marker.size()).section(QLatin1Char('\n'), 0, 0).trimmed();
    QVERIFY2(head.contains(QLatin1Char(':')), qPrintable(head));

    const CliRun held = cli({ QStringLiteral("verify"), book, QStringLiteral("--head"), head });
    QCOMPARE(held.exitCode, 0);
    QVERIFY2(
        held.text().contains(QStringLiteral("The chain holds the head given, %1.").arg(head)), qPrintable(held.text()));

    const CliRun malformed = cli({ QStringLiteral("verify"), book, QStringLiteral("--head"), QStringLiteral("x") });
    QCOMPARE(malformed.exitCode, 1);
    QVERIFY2(malformed.err.contains(QLatin1String("is not one Recoup writes")), qPrintable(malformed.err));

    {
        // The chain's last record cut off.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("cut"));
        db.setDatabaseName(book);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("DROP TRIGGER audit_no_delete")));
        QVERIFY(query.exec(QStringLiteral("DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)")));
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("cut"));
    const CliRun cut = cli({ QStringLiteral("verify"), book, QStringLiteral("--head"), head });
    QCOMPARE(cut.exitCode, 1);
    QVERIFY2(cut.err.contains(QLatin1String("records were removed from its end")), qPrintable(cut.err));
}

QTEST_GUILESS_MAIN(VerifyCliTest)
#include "verify_test.moc"
