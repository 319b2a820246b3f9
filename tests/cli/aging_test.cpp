// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/cli_runner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace recoup::test;

class AgingCliTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void help();
    void badOptions_data();
    void badOptions();
    void missingBook();
    void table();
    void csvWithOtherBuckets();
    void json();
    void byIssueDate();

private:
    QTemporaryDir m_dir;
    QString m_book;
};

void AgingCliTest::initTestCase()
{
    QVERIFY2(QFile::exists(qEnvironmentVariable("RECOUP_CLI")), "RECOUP_CLI is not set");
    m_book = exampleBook(m_dir);
}

void AgingCliTest::help()
{
    QVERIFY(cli({ QStringLiteral("--help") }).text().contains(QLatin1String("\n  aging ")));
    const CliRun run = cli({ QStringLiteral("aging"), QStringLiteral("--help") });
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.text().startsWith(QLatin1String("Usage: recoup-cli aging [options] BOOK")), qPrintable(run.text()));
    for (const char *option : { "--as-of", "--by", "--buckets", "--format" })
        QVERIFY2(run.text().contains(QLatin1String(option)), option);
}

void AgingCliTest::badOptions_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("message");
    QTest::newRow("no such day") << QStringList{ QStringLiteral("--as-of"), QStringLiteral("2025-02-30") }
                                 << QStringLiteral(
                                        "--as-of: there is no such day as “2025-02-30”: February 2025 has 28 "
                                        "days.");
    QTest::newRow("short date") << QStringList{ QStringLiteral("--as-of"), QStringLiteral("2025-1-5") }
                                << QStringLiteral("“2025-1-5” is not a date");
    QTest::newRow("words") << QStringList{ QStringLiteral("--as-of"), QStringLiteral("yesterday") }
                           << QStringLiteral("“yesterday” is not a date");
    QTest::newRow("by") << QStringList{ QStringLiteral("--by"), QStringLiteral("payment") }
                        << QStringLiteral("--by must be “due” or “issue”, not “payment”.");
    QTest::newRow("format") << QStringList{ QStringLiteral("--format"), QStringLiteral("xml") }
                            << QStringLiteral("--format must be “table”, “csv” or “json”, not “xml”.");
    QTest::newRow("buckets") << QStringList{ QStringLiteral("--buckets"), QStringLiteral("30,20") }
                             << QStringLiteral("Bucket edges must be whole days");
    QTest::newRow("unknown option") << QStringList{ QStringLiteral("--colour") } << QStringLiteral("colour");
}

void AgingCliTest::badOptions()
{
    QFETCH(QStringList, options);
    QFETCH(QString, message);
    const CliRun run = cli(QStringList{ QStringLiteral("aging"), m_book } + options);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

void AgingCliTest::missingBook()
{
    QCOMPARE(cli({ QStringLiteral("aging") }).exitCode, 2);
    const CliRun run = cli({ QStringLiteral("aging"), m_dir.filePath(QStringLiteral("nothing.recoup")) });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("There is no book at")), qPrintable(run.err));
}

void AgingCliTest::table()
{
    const CliRun run
        = cli({ QStringLiteral("aging"), m_book, QStringLiteral("--as-of"), QStringLiteral("2025-12-31") });
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + 12 + 1);
    QVERIFY(lines.first().startsWith(QLatin1String("Ref")));
    QVERIFY(lines.first().contains(QLatin1String("Current")) && lines.first().contains(QLatin1String("91+")));
    QVERIFY(lines.at(7).contains(QStringLiteral("Émile Rossi, Jr.")));
    QVERIFY(lines.last().contains(QLatin1String("TOTAL")));
    QVERIFY(lines.last().endsWith(QLatin1String("35690.99")));
    QVERIFY(lines.at(2).endsWith(QLatin1String("-236.97")));
    // Aligned: every amount column ends at the same place on every line.
    for (const QString &line : lines)
        QCOMPARE(line.size(), lines.first().size());
}

void AgingCliTest::csvWithOtherBuckets()
{
    const CliRun run = cli({ QStringLiteral("aging"), m_book, QStringLiteral("--as-of"), QStringLiteral("2025-12-31"),
        QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--buckets"), QStringLiteral("15,45,120") });
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith("customer_ref,customer_name,current,1-15,16-45,46-120,121+,credit,balance\n"));
    // Other buckets, the same balances.
    QVERIFY(run.out.endsWith(",735.95,35690.99\n"));
}

void AgingCliTest::json()
{
    const CliRun run = cli({ QStringLiteral("aging"), m_book, QStringLiteral("--as-of"), QStringLiteral("2026-06-30"),
        QStringLiteral("--format"), QStringLiteral("json") });
    QCOMPARE(run.exitCode, 0);
    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(run.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(object.value(QLatin1String("as_of")).toString(), QStringLiteral("2026-06-30"));
    QCOMPARE(object.value(QLatin1String("currency")).toString(), QStringLiteral("USD"));
    QCOMPARE(object.value(QLatin1String("buckets")).toArray().size(), 5);
    const QJsonArray customers = object.value(QLatin1String("customers")).toArray();
    QCOMPARE(customers.size(), 12);
    QCOMPARE(customers.at(10).toObject().value(QLatin1String("name")).toString(), QStringLiteral("Gus O'Neil"));
    QCOMPARE(customers.at(10).toObject().value(QLatin1String("credit")).toString(), QStringLiteral("439.61"));
    const QJsonObject total = object.value(QLatin1String("total")).toObject();
    QCOMPARE(total.value(QLatin1String("balance")).toString(), QStringLiteral("40335.75"));
    QCOMPARE(total.value(QLatin1String("buckets")).toObject().value(QLatin1String("91+")).toString(),
        QStringLiteral("36124.35"));
}

void AgingCliTest::byIssueDate()
{
    const QStringList common{ QStringLiteral("aging"), m_book, QStringLiteral("--as-of"), QStringLiteral("2025-12-31"),
        QStringLiteral("--format"), QStringLiteral("csv") };
    const CliRun due = cli(common + QStringList{ QStringLiteral("--by"), QStringLiteral("due") });
    const CliRun issue = cli(common + QStringList{ QStringLiteral("--by"), QStringLiteral("issue") });
    QCOMPARE(due.exitCode, 0);
    QCOMPARE(issue.exitCode, 0);
    QVERIFY(due.out != issue.out);
    QCOMPARE(due.out, cli(common).out);
    // Aged from the issue date, nothing can be "current" that was issued before the date.
    QVERIFY(issue.out.endsWith(",735.95,35690.99\n"));
}

QTEST_GUILESS_MAIN(AgingCliTest)
#include "aging_test.moc"
