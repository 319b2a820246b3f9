// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
// `recoup-cli close` and `recoup-cli reopen`: the closed period moves with an
// audit record by the name given, refusals leave the book as it was, `verify`
// passes after each change and reports a closed period moved by hand.
#include "support/cli_runner.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace recoup::test;

namespace {

/// One row of the book, as SQL answers it ("a|b|c"); empty when there is none.
QString ask(const QString &book, const QString &sql)
{
    QString answer;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("ask"));
        db.setDatabaseName(book);
        if (!db.open())
            qFatal("cannot open %s", qPrintable(book));
        QSqlQuery q(db);
        if (!q.exec(sql))
            qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        if (q.next()) {
            QStringList values;
            for (int i = 0; i < q.record().count(); ++i)
                values << q.value(i).toString();
            answer = values.join(QLatin1Char('|'));
        }
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("ask"));
    return answer;
}

const QString LastRecord
    = QStringLiteral("SELECT action, recorded_by, json_extract(details, '$.from'), json_extract(details, '$.to'), "
                     "json_extract(details, '$.reason') FROM audit_log ORDER BY id DESC LIMIT 1");
const QString State
    = QStringLiteral("SELECT (SELECT value FROM meta WHERE key = 'closed_through'), (SELECT count(*) FROM audit_log)");

} // namespace

class PeriodCloseCliTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY2(QFile::exists(qEnvironmentVariable("RECOUP_CLI")), "RECOUP_CLI is not set"); }

    void closeAndReopen()
    {
        QTemporaryDir dir;
        const QString book = exampleBook(dir);
        const QString c = QStringLiteral("close");
        const QString r = QStringLiteral("reopen");

        CliRun run = cli({ c, book, QStringLiteral("--through"), QStringLiteral("2025-06-30"), QStringLiteral("--by"),
            QStringLiteral("Ana") });
        QCOMPARE(run.err, QString());
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.text().contains(QLatin1String("Closed the books through 2025-06-30")), qPrintable(run.text()));
        QCOMPARE(ask(book, LastRecord), QStringLiteral("close_period|Ana||2025-06-30|"));
        QCOMPARE(cli({ QStringLiteral("verify"), book }).exitCode, 0);

        // Refused, the book unchanged.
        const QString before = ask(book, State);
        QCOMPARE(before.section(QLatin1Char('|'), 0, 0), QStringLiteral("2025-06-30"));
        const QList<std::pair<QStringList, QString>> refusals{
            { { c, book, QStringLiteral("--through"), QStringLiteral("2999-01-01") }, QStringLiteral("in the future") },
            { { c, book, QStringLiteral("--through"), QStringLiteral("2025-03-31") },
                QStringLiteral("reopen them to that day") },
            { { r, book, QStringLiteral("--to"), QStringLiteral("2025-07-31"), QStringLiteral("--reason"),
                  QStringLiteral("x") },
                QStringLiteral("closed through an earlier day") },
        };
        for (const auto &[arguments, said] : refusals) {
            run = cli(arguments);
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.contains(said), qPrintable(run.err));
            QCOMPARE(ask(book, State), before);
        }
        // Usage: a day that is not one, no reason, both --to and --all.
        for (const QStringList &arguments :
            { QStringList{ c, book, QStringLiteral("--through"), QStringLiteral("2025-02-30") }, QStringList{ c, book },
                QStringList{ r, book, QStringLiteral("--all") },
                QStringList{ r, book, QStringLiteral("--all"), QStringLiteral("--to"), QStringLiteral("2025-01-31"),
                    QStringLiteral("--reason"), QStringLiteral("x") } }) {
            run = cli(arguments);
            QCOMPARE(run.exitCode, 2);
            QCOMPARE(ask(book, State), before);
        }

        run = cli({ r, book, QStringLiteral("--to"), QStringLiteral("2025-03-31"), QStringLiteral("--reason"),
            QStringLiteral("Invoice found late"), QStringLiteral("--by"), QStringLiteral("Bo") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.text().contains(QLatin1String("from 2025-04-01 on")), qPrintable(run.text()));
        QCOMPARE(ask(book, LastRecord), QStringLiteral("reopen_period|Bo|2025-06-30|2025-03-31|Invoice found late"));
        QCOMPARE(cli({ QStringLiteral("verify"), book }).exitCode, 0);

        run = cli({ r, book, QStringLiteral("--all"), QStringLiteral("--reason"), QStringLiteral("Audit") });
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(ask(book, State).section(QLatin1Char('|'), 0, 0), QString());
        run = cli({ r, book, QStringLiteral("--all"), QStringLiteral("--reason"), QStringLiteral("Audit") });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("not closed")), qPrintable(run.err));
        QCOMPARE(cli({ QStringLiteral("verify"), book }).exitCode, 0);

        // Closed by hand, behind the chain's back: verify says so.
        QVERIFY(cli({ c, book, QStringLiteral("--through"), QStringLiteral("2025-01-31") }).exitCode == 0);
        ask(book, QStringLiteral("UPDATE meta SET value = '2025-12-31' WHERE key = 'closed_through'"));
        run = cli({ QStringLiteral("verify"), book });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("closed through “2025-12-31”")), qPrintable(run.err));
    }

    void help()
    {
        CliRun run = cli({ QStringLiteral("close"), QStringLiteral("--help") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.text().contains(QLatin1String("--through <DATE>")));
        QVERIFY(run.text().contains(QLatin1String("--by <NAME>")));
        run = cli({ QStringLiteral("reopen"), QStringLiteral("--help") });
        QCOMPARE(run.exitCode, 0);
        for (const char *option : { "--to <DATE>", "--all", "--reason <TEXT>", "--by <NAME>" })
            QVERIFY2(run.text().contains(QLatin1String(option)), option);
        run = cli({ QStringLiteral("--help") });
        QVERIFY(run.text().contains(QLatin1String("  close ")));
        QVERIFY(run.text().contains(QLatin1String("  reopen ")));
    }
};

QTEST_GUILESS_MAIN(PeriodCloseCliTest)
#include "period_close_cli_test.moc"
