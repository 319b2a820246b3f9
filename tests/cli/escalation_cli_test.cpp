// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
// recoup-cli credit, agency, legal, writeoff and recover on a real book: what
// each prints, what it refuses (changing nothing), and verify after them.
#include "support/cli_runner.h"
#include "support/test_book.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace recoup;
using namespace recoup::test;

namespace {

QList<qint64> rowsOf(const QString &path)
{
    auto db = Database::open(path, Database::Access::ReadOnly);
    if (!db)
        qFatal("cannot open %s: %s", qPrintable(path), qPrintable(db.error()));
    QList<qint64> counts;
    for (const char *table : { "entries", "audit_log", "credit_holds", "agency_referrals", "agency_recalls",
             "collection_costs", "legal_steps", "recoveries" }) {
        QSqlQuery q(db.value()->connection());
        if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) || !q.next())
            qFatal("cannot count %s", table);
        counts << q.value(0).toLongLong();
    }
    return counts;
}

} // namespace

class EscalationCliTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY2(QFile::exists(qEnvironmentVariable("RECOUP_CLI")), "RECOUP_CLI is not set");
        m_book = std::make_unique<TestBook>();
        const qint64 a = m_book->customer(QStringLiteral("Ana"), QStringLiteral("C1"));
        m_book->sale(a, QStringLiteral("200.00"), QDate(2025, 10, 1), 30, QStringLiteral("S1"));
        m_book->sale(a, QStringLiteral("50.00"), QDate(2025, 11, 1), 30, QStringLiteral("S2"));
        m_book->sale(a, QStringLiteral("80.00"), QDate(2025, 12, 1), 30, QStringLiteral("S3"));
        m_path = m_book->path();
        m_book->close();
    }

    void credit()
    {
        CliRun run = cli({ QStringLiteral("credit"), QStringLiteral("stop"), m_path, QStringLiteral("C1"),
            QStringLiteral("--reason"), QStringLiteral("Three months behind") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.text().contains(QStringLiteral("Stopped the credit of customer C1")));
        run = cli({ QStringLiteral("credit"), QStringLiteral("show"), m_path, QStringLiteral("C1") });
        QVERIFY2(run.text().contains(QStringLiteral("Credit stopped since")), qPrintable(run.text()));
        const QList<qint64> before = rowsOf(m_path);
        run = cli({ QStringLiteral("credit"), QStringLiteral("stop"), m_path, QStringLiteral("C1"),
            QStringLiteral("--reason"), QStringLiteral("again") });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("already stopped")), qPrintable(run.err));
        run = cli({ QStringLiteral("credit"), QStringLiteral("resume"), m_path, QStringLiteral("C1") });
        QCOMPARE(run.exitCode, 1); // no reason
        run = cli({ QStringLiteral("credit"), QStringLiteral("halt"), m_path, QStringLiteral("C1") });
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(rowsOf(m_path), before);
        run = cli({ QStringLiteral("credit"), QStringLiteral("resume"), m_path, QStringLiteral("C1"),
            QStringLiteral("--reason"), QStringLiteral("Paid up") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = cli({ QStringLiteral("credit"), QStringLiteral("limit"), m_path, QStringLiteral("C1"),
            QStringLiteral("500.00") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = cli({ QStringLiteral("credit"), QStringLiteral("show"), m_path, QStringLiteral("C1") });
        QVERIFY2(run.text().contains(QStringLiteral("credit limit: 500.00")), qPrintable(run.text()));
        QVERIFY(run.text().contains(QStringLiteral("Credit open.")));
        run = cli({ QStringLiteral("credit"), QStringLiteral("limit"), m_path, QStringLiteral("C1"),
            QStringLiteral("lots") });
        QCOMPARE(run.exitCode, 2);
    }

    void agencyAndLegal()
    {
        CliRun run = cli({ QStringLiteral("agency"), QStringLiteral("refer"), m_path, QStringLiteral("S1"),
            QStringLiteral("--agency"), QStringLiteral("Acme Collect"), QStringLiteral("--commission"),
            QStringLiteral("25") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QList<qint64> before = rowsOf(m_path);
        run = cli({ QStringLiteral("agency"), QStringLiteral("collect"), m_path, QStringLiteral("S1"),
            QStringLiteral("--amount"), QStringLiteral("200.01") });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(
            run.err.contains(QStringLiteral("more than is still open on the sale S1 (200.00)")), qPrintable(run.err));
        run = cli({ QStringLiteral("agency"), QStringLiteral("collect"), m_path, QStringLiteral("S2"),
            QStringLiteral("--amount"), QStringLiteral("10.00") });
        QCOMPARE(run.exitCode, 1); // S2 is not with an agency
        run = cli({ QStringLiteral("agency"), QStringLiteral("refer"), m_path, QStringLiteral("S2"),
            QStringLiteral("--agency"), QStringLiteral("Acme") });
        QCOMPARE(run.exitCode, 2); // no commission
        QCOMPARE(rowsOf(m_path), before);
        run = cli({ QStringLiteral("agency"), QStringLiteral("collect"), m_path, QStringLiteral("S1"),
            QStringLiteral("--amount"), QStringLiteral("80.00") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.text().contains(QStringLiteral("commission, 20.00")), qPrintable(run.text()));
        run = cli({ QStringLiteral("agency"), QStringLiteral("list"), m_path });
        QCOMPARE(run.text().split(QLatin1Char('\n'), Qt::SkipEmptyParts).value(1),
            QStringLiteral("S1,Acme Collect,%1,25,200.00,80.00,20.00,")
                .arg(QDate::currentDate().toString(Qt::ISODate)));
        run = cli({ QStringLiteral("worklist"), m_path, QStringLiteral("--format"), QStringLiteral("csv") });
        QVERIFY2(!run.text().contains(QStringLiteral(",S1,")), qPrintable(run.text())); // its ladder waits
        run = cli({ QStringLiteral("agency"), QStringLiteral("recall"), m_path, QStringLiteral("S1"),
            QStringLiteral("--reason"), QStringLiteral("Settling with us") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));

        run = cli({ QStringLiteral("legal"), m_path, QStringLiteral("S3"), QStringLiteral("--step"),
            QStringLiteral("claim_filed"), QStringLiteral("--reference"), QStringLiteral("CC-123"),
            QStringLiteral("--fee"), QStringLiteral("35.00") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.text().contains(QStringLiteral("Claim filed")));
        run = cli({ QStringLiteral("legal"), m_path, QStringLiteral("S3"), QStringLiteral("--step"),
            QStringLiteral("appeal") });
        QCOMPARE(run.exitCode, 2);
        run = cli({ QStringLiteral("verify"), m_path });
        QVERIFY2(run.exitCode == 0, qPrintable(run.text() + run.err));
    }

    void writeOffAndRecover()
    {
        CliRun run = cli({ QStringLiteral("writeoff"), m_path, QStringLiteral("S2") });
        QCOMPARE(run.exitCode, 1); // no reason
        run = cli({ QStringLiteral("recover"), m_path, QStringLiteral("S2"), QStringLiteral("--amount"),
            QStringLiteral("10.00") });
        QCOMPARE(run.exitCode, 1); // not written off
        QVERIFY2(run.err.contains(QStringLiteral("Nothing is written off")), qPrintable(run.err));
        run = cli({ QStringLiteral("writeoff"), m_path, QStringLiteral("S2"), QStringLiteral("--reason"),
            QStringLiteral("Gone away") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.text().contains(QStringLiteral("Wrote off 50.00 on the sale S2")));
        run = cli({ QStringLiteral("writeoff"), m_path, QStringLiteral("S2"), QStringLiteral("--reason"),
            QStringLiteral("again") });
        QCOMPARE(run.exitCode, 1);
        run = cli({ QStringLiteral("recover"), m_path, QStringLiteral("S2"), QStringLiteral("--amount"),
            QStringLiteral("50.01") });
        QCOMPARE(run.exitCode, 1);
        run = cli({ QStringLiteral("recover"), m_path, QStringLiteral("S2"), QStringLiteral("--amount"),
            QStringLiteral("20.00"), QStringLiteral("--method"), QStringLiteral("cheque") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.text().contains(QStringLiteral("30.00 stays written off")));
        run = cli({ QStringLiteral("writeoff"), m_path, QStringLiteral("--report") });
        QCOMPARE(run.text().split(QLatin1Char('\n'), Qt::SkipEmptyParts).value(2),
            QStringLiteral("TOTAL,,,50.00,20.00,30.00"));
        run = cli({ QStringLiteral("balance"), m_path });
        QVERIFY2(run.text().contains(QStringLiteral("280.00")), qPrintable(run.text()));
        run = cli({ QStringLiteral("verify"), m_path });
        QVERIFY2(run.exitCode == 0, qPrintable(run.text() + run.err));
    }

    void everyCommandHasHelp()
    {
        for (const char *command : { "credit", "agency", "legal", "writeoff", "recover" }) {
            const CliRun run = cli({ QLatin1String(command), QStringLiteral("--help") });
            QCOMPARE(run.exitCode, 0);
            QVERIFY2(run.text().contains(QStringLiteral("recoup-cli %1").arg(QLatin1String(command))),
                qPrintable(run.text()));
            QVERIFY(cli({ QStringLiteral("--help") }).text().contains(QLatin1String(command)));
        }
    }

private:
    std::unique_ptr<TestBook> m_book;
    QString m_path;
};

QTEST_GUILESS_MAIN(EscalationCliTest)
#include "escalation_cli_test.moc"
