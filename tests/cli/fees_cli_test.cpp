// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "collections/collections.h"
#include "support/cli_runner.h"
#include "support/test_book.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace recoup;
using namespace recoup::test;

namespace {

/// Rows of the tables a fee run or a waiver writes, and of the audit log.
QList<qint64> rowsOf(const QString &path)
{
    auto db = Database::open(path, Database::Access::ReadOnly);
    if (!db)
        qFatal("cannot open %s: %s", qPrintable(path), qPrintable(db.error()));
    QList<qint64> counts;
    for (const char *table : { "debts", "entries", "fee_charges", "fee_waivers", "customer_fee_terms", "audit_log" }) {
        QSqlQuery q(db.value()->connection());
        if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) || !q.next())
            qFatal("cannot count %s", table);
        counts << q.value(0).toLongLong();
    }
    return counts;
}

QStringList lines(const CliRun &run)
{
    return run.text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &data)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

} // namespace

class FeesCliTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void previewThenPostOnce();
    void twoProgramsAtOnce();
    void csvAndJson();
    void waive();
    void customerTerms();
    void refusals();
    void policyCarriesTheTerms();
    void help();

private:
    std::unique_ptr<TestBook> m_book;
    QString m_path;
};

void FeesCliTest::init()
{
    QVERIFY2(QFile::exists(qEnvironmentVariable("RECOUP_CLI")), "RECOUP_CLI is not set");
    // A book made in-process on 2026-03-14 with fees on (10.00 + 1.5 %, 5 days'
    // grace, once): Ana's S1 (200.00, due 01-31) and Bo's S2 (99.99, due 03-01)
    // are overdue past the grace days; Cy's S3 is paid.
    m_book = std::make_unique<TestBook>();
    Collections c(m_book->ledger());
    CollectionPolicy policy = CollectionPolicy::defaultPolicy();
    policy.fees.enabled = true;
    policy.fees.graceDays = 5;
    policy.fees.flatAmount = 1000;
    policy.fees.percentBp = 150;
    QVERIFY(c.savePolicy(policy).ok());
    const qint64 a = m_book->customer(QStringLiteral("Ana"), QStringLiteral("C1"));
    const qint64 b = m_book->customer(QStringLiteral("Bo, Jr."), QStringLiteral("C2"));
    const qint64 cy = m_book->customer(QStringLiteral("Cy"), QStringLiteral("C3"));
    m_book->sale(a, QStringLiteral("200.00"), QDate(2026, 1, 1), 30, QStringLiteral("S1"));
    m_book->sale(b, QStringLiteral("99.99"), QDate(2026, 2, 1), 28, QStringLiteral("S2"));
    m_book->sale(cy, QStringLiteral("50.00"), QDate(2026, 1, 1), 30, QStringLiteral("S3"));
    m_book->pay(cy, QStringLiteral("50.00"), QDate(2026, 3, 1));
    m_path = m_book->path();
    m_book->close();
}

// The preview writes nothing; --post posts; the same run again posts nothing and says so.
void FeesCliTest::previewThenPostOnce()
{
    const QList<qint64> before = rowsOf(m_path);
    const QStringList date{ QStringLiteral("--date"), QStringLiteral("2026-03-14") };
    const CliRun preview = cli(QStringList{ QStringLiteral("fees"), m_path } + date);
    QCOMPARE(preview.err, QString());
    QCOMPARE(preview.exitCode, 0);
    QVERIFY2(preview.text().contains(QStringLiteral("S1-F1")), qPrintable(preview.text()));
    QVERIFY2(preview.text().contains(QStringLiteral("2 charges, 24.50 in all, due as of 2026-03-14; nothing was "
                                                    "posted (add --post to post them).")),
        qPrintable(preview.text()));
    QCOMPARE(rowsOf(m_path), before);

    const CliRun posted = cli(QStringList{ QStringLiteral("fees"), m_path, QStringLiteral("--post") } + date);
    QCOMPARE(posted.err, QString());
    QCOMPARE(posted.exitCode, 0);
    QVERIFY2(posted.text().contains(QStringLiteral("Posted 2 charges, 24.50 in all, as of 2026-03-14.")),
        qPrintable(posted.text()));
    const QList<qint64> after = rowsOf(m_path);
    QCOMPARE(after.at(2), before.at(2) + 2);

    const CliRun again = cli(QStringList{ QStringLiteral("fees"), m_path, QStringLiteral("--post") } + date);
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.text(), QStringLiteral("Nothing new was due as of 2026-03-14; nothing was posted.\n"));
    QCOMPARE(rowsOf(m_path), after);
    QCOMPARE(cli(QStringList{ QStringLiteral("fees"), m_path } + date).text(),
        QStringLiteral("Nothing new is due as of 2026-03-14.\n"));
    // The items are in the balances and verify finds the books sound.
    const CliRun balance
        = cli({ QStringLiteral("balance"), m_path, QStringLiteral("--customer"), QStringLiteral("C1") });
    QVERIFY2(balance.text().contains(QStringLiteral("213.00")), qPrintable(balance.text()));
    QCOMPARE(cli({ QStringLiteral("verify"), m_path }).exitCode, 0);
}

// Two programs posting the same run at the same moment: one posts, the other
// finds nothing new; every period is charged once.
void FeesCliTest::twoProgramsAtOnce()
{
    const QStringList args{ QStringLiteral("fees"), m_path, QStringLiteral("--post"), QStringLiteral("--date"),
        QStringLiteral("2026-03-14") };
    QProcess first;
    QProcess second;
    first.start(qEnvironmentVariable("RECOUP_CLI"), args);
    second.start(qEnvironmentVariable("RECOUP_CLI"), args);
    QVERIFY(first.waitForFinished(60000));
    QVERIFY(second.waitForFinished(60000));
    QCOMPARE(first.exitCode(), 0);
    QCOMPARE(second.exitCode(), 0);
    const QString both = QString::fromUtf8(first.readAllStandardOutput() + second.readAllStandardOutput());
    QCOMPARE(both.count(QStringLiteral("Posted 2 charges")), 1);
    QCOMPARE(both.count(QStringLiteral("Nothing new was due as of 2026-03-14")), 1);
    auto db = Database::open(m_path, Database::Access::ReadOnly);
    QVERIFY(db.ok());
    QSqlQuery q(db.value()->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*), count(DISTINCT source_debt_id) FROM fee_charges")) && q.next());
    QCOMPARE(q.value(0).toInt(), 2);
    QCOMPARE(q.value(1).toInt(), 2);
}

// One CSV line per charge, header first; JSON with the run's figures.
void FeesCliTest::csvAndJson()
{
    const CliRun run = cli({ QStringLiteral("fees"), m_path, QStringLiteral("--date"), QStringLiteral("2026-03-14"),
        QStringLiteral("--format"), QStringLiteral("csv") });
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(lines(run),
        (QStringList{ QStringLiteral("customer_ref,debt_ref,kind,period,period_from,period_to,days_past_due,basis,"
                                     "amount,item_ref,due_date"),
            QStringLiteral("C1,S1,fee,1,2026-02-06,2026-02-06,42,200.00,13.00,S1-F1,2026-03-14"),
            QStringLiteral("C2,S2,fee,1,2026-03-07,2026-03-07,13,99.99,11.50,S2-F1,2026-03-14") }));
    const CliRun json = cli({ QStringLiteral("fees"), m_path, QStringLiteral("--date"), QStringLiteral("2026-03-14"),
        QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--customer"), QStringLiteral("C2") });
    QCOMPARE(json.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(o.value(QStringLiteral("posted")).toBool(true), false);
    QCOMPARE(o.value(QStringLiteral("total")).toString(), QStringLiteral("11.50"));
    const QJsonArray charges = o.value(QStringLiteral("charges")).toArray();
    QCOMPARE(charges.size(), 1);
    QCOMPARE(charges.first().toObject().value(QStringLiteral("item_ref")).toString(), QStringLiteral("S2-F1"));
}

// A waiver needs a reason, reverses the charge and is kept; twice is refused.
void FeesCliTest::waive()
{
    QCOMPARE(cli({ QStringLiteral("fees"), m_path, QStringLiteral("--post"), QStringLiteral("--date"),
                     QStringLiteral("2026-03-14") })
                 .exitCode,
        0);
    const QList<qint64> before = rowsOf(m_path);
    CliRun run = cli(
        { QStringLiteral("fees"), QStringLiteral("waive"), m_path, QStringLiteral("--fee"), QStringLiteral("S1-F1") });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("Give a reason")), qPrintable(run.err));
    QCOMPARE(rowsOf(m_path), before);
    run = cli({ QStringLiteral("fees"), QStringLiteral("waive"), m_path, QStringLiteral("--fee"), QStringLiteral("S1"),
        QStringLiteral("--reason"), QStringLiteral("goodwill") });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("S1 is not a late fee or interest charge.")), qPrintable(run.err));
    run = cli({ QStringLiteral("fees"), QStringLiteral("waive"), m_path, QStringLiteral("--fee"),
        QStringLiteral("S1-F1"), QStringLiteral("--reason"), QStringLiteral("First time late") });
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.text().startsWith(QStringLiteral("Waived S1-F1 (13.00): entry ")), qPrintable(run.text()));
    QCOMPARE(rowsOf(m_path).at(3), before.at(3) + 1);
    run = cli({ QStringLiteral("fees"), QStringLiteral("waive"), m_path, QStringLiteral("--fee"),
        QStringLiteral("S1-F1"), QStringLiteral("--reason"), QStringLiteral("again") });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("already waived")), qPrintable(run.err));
    const CliRun balance
        = cli({ QStringLiteral("balance"), m_path, QStringLiteral("--customer"), QStringLiteral("C1") });
    QVERIFY2(balance.text().contains(QStringLiteral("200.00")), qPrintable(balance.text()));
    QCOMPARE(cli({ QStringLiteral("verify"), m_path }).exitCode, 0);
}

// A customer's own terms: none, a file of terms, or back to the book's.
void FeesCliTest::customerTerms()
{
    CliRun run = cli(
        { QStringLiteral("fees"), QStringLiteral("terms"), m_path, QStringLiteral("C1"), QStringLiteral("none") });
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(
        QJsonDocument::fromJson(run.out).object().value(QStringLiteral("mode")).toString(), QStringLiteral("none"));
    run = cli({ QStringLiteral("fees"), m_path, QStringLiteral("--date"), QStringLiteral("2026-03-14"),
        QStringLiteral("--format"), QStringLiteral("csv") });
    QCOMPARE(lines(run).size(), 2); // Bo's only

    QTemporaryDir dir;
    const QString own
        = writeFile(dir, QStringLiteral("own.json"), R"({"enabled": true, "currency": "USD", "flat_amount": "2.50"})");
    run = cli({ QStringLiteral("fees"), QStringLiteral("terms"), m_path, QStringLiteral("C1"), own });
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
    run = cli({ QStringLiteral("fees"), m_path, QStringLiteral("--date"), QStringLiteral("2026-03-14"),
        QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--customer"), QStringLiteral("C1") });
    QVERIFY2(run.text().contains(QStringLiteral(",2.50,S1-F1,")), qPrintable(run.text()));

    const QList<qint64> before = rowsOf(m_path);
    const QString wrong = writeFile(
        dir, QStringLiteral("wrong.json"), R"({"enabled": true, "currency": "USD", "flat_amount": "2.505"})");
    run = cli({ QStringLiteral("fees"), QStringLiteral("terms"), m_path, QStringLiteral("C1"), wrong });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("“fees.flat_amount”")), qPrintable(run.err));
    QCOMPARE(rowsOf(m_path), before);

    run = cli(
        { QStringLiteral("fees"), QStringLiteral("terms"), m_path, QStringLiteral("C1"), QStringLiteral("book") });
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(
        QJsonDocument::fromJson(run.out).object().value(QStringLiteral("mode")).toString(), QStringLiteral("book"));
    QCOMPARE(cli({ QStringLiteral("fees"), QStringLiteral("terms"), m_path, QStringLiteral("C9") }).exitCode, 1);
}

// Usage mistakes are refused with status 2, a date still to come or in a closed period with 1, and nothing is written.
void FeesCliTest::refusals()
{
    const QList<qint64> before = rowsOf(m_path);
    QCOMPARE(cli({ QStringLiteral("fees") }).exitCode, 2);
    QCOMPARE(cli({ QStringLiteral("fees"), m_path, QStringLiteral("--format"), QStringLiteral("xml") }).exitCode, 2);
    QCOMPARE(
        cli({ QStringLiteral("fees"), m_path, QStringLiteral("--date"), QStringLiteral("2026-02-30") }).exitCode, 2);
    QCOMPARE(cli({ QStringLiteral("fees"), m_path, QStringLiteral("--reason"), QStringLiteral("x") }).exitCode, 2);
    QCOMPARE(cli({ QStringLiteral("fees"), QStringLiteral("waive"), m_path }).exitCode, 2);
    const CliRun future = cli({ QStringLiteral("fees"), m_path, QStringLiteral("--post"), QStringLiteral("--date"),
        QStringLiteral("2999-01-01") });
    QCOMPARE(future.exitCode, 1);
    QVERIFY2(future.err.contains(QStringLiteral("in the future")), qPrintable(future.err));
    {
        auto db = Database::open(m_path);
        QVERIFY(db.ok());
        QVERIFY(db.value()->setMeta(QStringLiteral("closed_through"), QStringLiteral("2026-03-31")).ok());
    }
    const QList<qint64> closed = rowsOf(m_path);
    const CliRun inClosed = cli({ QStringLiteral("fees"), m_path, QStringLiteral("--post"), QStringLiteral("--date"),
        QStringLiteral("2026-03-14") });
    QCOMPARE(inClosed.exitCode, 1);
    QVERIFY2(inClosed.err.contains(QStringLiteral("closed")), qPrintable(inClosed.err));
    QCOMPARE(rowsOf(m_path), closed);
    QCOMPARE(closed, before);
}

// `policy export` writes the fee terms; an import with a wrong member names it.
void FeesCliTest::policyCarriesTheTerms()
{
    const CliRun exported = cli({ QStringLiteral("policy"), QStringLiteral("export"), m_path });
    QCOMPARE(exported.exitCode, 0);
    const QJsonObject fees = QJsonDocument::fromJson(exported.out).object().value(QStringLiteral("fees")).toObject();
    QCOMPARE(fees.value(QStringLiteral("enabled")).toBool(), true);
    QCOMPARE(fees.value(QStringLiteral("flat_amount")).toString(), QStringLiteral("10.00"));
    QCOMPARE(fees.value(QStringLiteral("percent")).toString(), QStringLiteral("1.5"));

    QTemporaryDir dir;
    const QList<qint64> before = rowsOf(m_path);
    const QString bad = writeFile(
        dir, QStringLiteral("bad.json"), QByteArray(exported.out).replace("\"percent\": \"1.5\"", "\"percent\": 1.5"));
    CliRun run = cli({ QStringLiteral("policy"), QStringLiteral("import"), m_path, bad });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("“fees.percent” must be a percentage")), qPrintable(run.err));
    QCOMPARE(rowsOf(m_path), before);

    // A version 1 file (no fees) turns them off.
    QJsonObject v1 = QJsonDocument::fromJson(exported.out).object();
    v1.remove(QStringLiteral("fees"));
    v1.insert(QStringLiteral("version"), 1);
    const QString old = writeFile(dir, QStringLiteral("v1.json"), QJsonDocument(v1).toJson());
    run = cli({ QStringLiteral("policy"), QStringLiteral("import"), m_path, old });
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(cli({ QStringLiteral("fees"), m_path, QStringLiteral("--date"), QStringLiteral("2026-03-14") }).text(),
        QStringLiteral("Nothing new is due as of 2026-03-14.\n"));
}

void FeesCliTest::help()
{
    const CliRun run = cli({ QStringLiteral("fees"), QStringLiteral("--help") });
    QCOMPARE(run.exitCode, 0);
    for (const char *word : { "recoup-cli fees", "--post", "--date", "--format", "--fee", "--reason", "waive" })
        QVERIFY2(run.text().contains(QLatin1String(word)), qPrintable(run.text()));
    QVERIFY(cli({ QStringLiteral("--help") }).text().contains(QLatin1String("fees")));
}

QTEST_GUILESS_MAIN(FeesCliTest)
#include "fees_cli_test.moc"
