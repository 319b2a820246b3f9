// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/cli_runner.h"
#include "support/test_book.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>

using namespace recoup;
using namespace recoup::test;

namespace {

/// Rows of the tables a plan writes, and of the audit log.
QList<qint64> rowsOf(const QString &path)
{
    auto db = Database::open(path, Database::Access::ReadOnly);
    if (!db)
        qFatal("cannot open %s: %s", qPrintable(path), qPrintable(db.error()));
    QList<qint64> counts;
    for (const char *table : { "payment_plans", "payment_plan_debts", "debts", "entries", "audit_log" }) {
        QSqlQuery q(db.value()->connection());
        if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) || !q.next())
            qFatal("cannot count %s", table);
        counts << q.value(0).toLongLong();
    }
    return counts;
}

} // namespace

class PlanCliTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY2(QFile::exists(qEnvironmentVariable("RECOUP_CLI")), "RECOUP_CLI is not set");
        // Ana owes 100.00 on S1 (40.00 of it paid) and 50.00 on S2.
        m_book = std::make_unique<TestBook>();
        const qint64 a = m_book->customer(QStringLiteral("Ana"), QStringLiteral("C1"));
        const qint64 s1 = m_book->sale(a, QStringLiteral("100.00"), QDate(2026, 1, 1), 30, QStringLiteral("S1"));
        m_book->sale(a, QStringLiteral("50.00"), QDate(2026, 2, 1), 30, QStringLiteral("S2"));
        m_book->pay(a, QStringLiteral("40.00"), QDate(2026, 2, 10), s1);
        m_path = m_book->path();
        m_book->close();
    }

    // --preview prints the schedule and saves nothing; without it the same plan is saved.
    void previewThenSave()
    {
        const QStringList args{ QStringLiteral("plan"), m_path, QStringLiteral("C1"), QStringLiteral("--debt"),
            QStringLiteral("S1"), QStringLiteral("--count"), QStringLiteral("3"), QStringLiteral("--every"),
            QStringLiteral("month"), QStringLiteral("--first"), QStringLiteral("2027-01-31"), QStringLiteral("--date"),
            QStringLiteral("2026-03-14") };
        const auto before = rowsOf(m_path);
        CliRun run = cli(args + QStringList{ QStringLiteral("--preview") });
        QCOMPARE(run.exitCode, 0);
        const QString preview = run.text();
        QVERIFY2(preview.contains(QStringLiteral("Payment plan P-00001 for Ana (C1), made on 2026-03-14")),
            qPrintable(preview));
        QVERIFY(preview.contains(QStringLiteral("takes S1: 60.00 open")));
        QVERIFY2(preview.contains(QStringLiteral("P-00001/1    2027-01-31           20.00")), qPrintable(preview));
        QVERIFY(preview.contains(QStringLiteral("P-00001/2    2027-02-28           20.00")));
        QVERIFY(preview.contains(QStringLiteral("P-00001/3    2027-03-31           20.00")));
        QVERIFY(preview.contains(QStringLiteral("nothing was saved")));
        QCOMPARE(rowsOf(m_path), before);

        run = cli(args);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.text().contains(QStringLiteral("Saved the payment plan P-00001.")), qPrintable(run.text()));
        // The same schedule as the preview.
        QVERIFY(run.text().startsWith(preview.left(preview.indexOf(QStringLiteral("Preview")))));
        QCOMPARE(rowsOf(m_path).at(0), before.at(0) + 1);
        QCOMPARE(rowsOf(m_path).at(2), before.at(2) + 3);
        run = cli({ QStringLiteral("verify"), m_path });
        QVERIFY2(run.exitCode == 0, qPrintable(run.text() + run.err));
    }

    // A down payment and amounts set by hand; amounts that do not add up are refused.
    void amountsByHand()
    {
        const QStringList args{ QStringLiteral("plan"), m_path, QStringLiteral("C1"), QStringLiteral("--every"),
            QStringLiteral("week"), QStringLiteral("--first"), QStringLiteral("2027-01-04"), QStringLiteral("--down"),
            QStringLiteral("10.00") };
        const auto before = rowsOf(m_path);
        CliRun run = cli(args + QStringList{ QStringLiteral("--amounts"), QStringLiteral("50.00,40.00") });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("The installments add up to 100.00, but the balance on the plan is "
                                                 "110.00")),
            qPrintable(run.err));
        QCOMPARE(rowsOf(m_path), before);
        run = cli(args + QStringList{ QStringLiteral("--amounts"), QStringLiteral("60.00,40.00") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.text().contains(QStringLiteral("P-00001/0")), qPrintable(run.text()));
        QVERIFY(run.text().contains(QStringLiteral("P-00001/2    2027-01-11           40.00")));
        QCOMPARE(cli({ QStringLiteral("verify"), m_path }).exitCode, 0);
    }

    // After the plan, the aging shows the installments by their own due dates;
    // the missed one breaks the plan: a broken_plan task, done from the command line.
    void agingWorklistAndTask()
    {
        CliRun run = cli({ QStringLiteral("plan"), m_path, QStringLiteral("C1"), QStringLiteral("--debt"),
            QStringLiteral("S1"), QStringLiteral("--count"), QStringLiteral("3"), QStringLiteral("--every"),
            QStringLiteral("month"), QStringLiteral("--first"), QStringLiteral("2026-04-01"), QStringLiteral("--date"),
            QStringLiteral("2026-03-14") });
        QCOMPARE(run.exitCode, 0);
        // As of 05-15: P-00001/3 current, /2 14 days (1-30), /1 44 days (31-60); S2 73 days.
        run = cli({ QStringLiteral("aging"), m_path, QStringLiteral("--as-of"), QStringLiteral("2026-05-15"),
            QStringLiteral("--format"), QStringLiteral("csv") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.text().contains(QStringLiteral("C1,Ana,20.00,20.00,20.00,50.00,0.00,0.00,110.00")),
            qPrintable(run.text()));
        // As of the plan's eve, the sale itself, 42 days past due on 03-13.
        run = cli({ QStringLiteral("aging"), m_path, QStringLiteral("--as-of"), QStringLiteral("2026-03-13"),
            QStringLiteral("--format"), QStringLiteral("csv") });
        QVERIFY2(run.text().contains(QStringLiteral("C1,Ana,0.00,50.00,60.00,0.00,0.00,0.00,110.00")),
            qPrintable(run.text()));

        const QStringList worklist{ QStringLiteral("worklist"), m_path, QStringLiteral("--date"),
            QStringLiteral("2026-05-15"), QStringLiteral("--format"), QStringLiteral("csv") };
        run = cli(worklist);
        QCOMPARE(run.exitCode, 0);
        const QString broken = QStringLiteral("C1,P-00001/1,broken_plan,broken_plan,44,20.00,plan P-00001: installment "
                                              "P-00001/1 due 2026-04-01 not paid");
        QVERIFY2(run.text().contains(broken), qPrintable(run.text()));
        // The ladder runs on the installments again, each by its own due date.
        QVERIFY(run.text().contains(QStringLiteral("C1,P-00001/2,personal_call,call:phone,14,20.00,14 days past due")));

        run = cli(
            { QStringLiteral("task"), QStringLiteral("done"), m_path, QStringLiteral("C1"), QStringLiteral("--action"),
                QStringLiteral("broken_plan"), QStringLiteral("--date"), QStringLiteral("2026-05-15") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = cli(worklist);
        QVERIFY(!run.text().contains(QStringLiteral("broken_plan")));
        QVERIFY(run.text().contains(QStringLiteral("C1,P-00001/2,personal_call")));
        QCOMPARE(cli({ QStringLiteral("verify"), m_path }).exitCode, 0);
    }

    void usage()
    {
        CliRun run = cli({ QStringLiteral("plan"), QStringLiteral("--help") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.text().contains(QStringLiteral("recoup-cli plan")));
        QVERIFY(run.text().contains(QStringLiteral("--every")));
        QVERIFY(cli({ QStringLiteral("--help") }).text().contains(QLatin1String("plan")));
        run = cli({ QStringLiteral("plan"), m_path, QStringLiteral("C1"), QStringLiteral("--count"),
            QStringLiteral("3"), QStringLiteral("--every"), QStringLiteral("year"), QStringLiteral("--first"),
            QStringLiteral("2027-01-01") });
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("week, fortnight or month")));
        run = cli({ QStringLiteral("plan"), m_path, QStringLiteral("C9"), QStringLiteral("--count"),
            QStringLiteral("3"), QStringLiteral("--every"), QStringLiteral("month"), QStringLiteral("--first"),
            QStringLiteral("2027-01-01") });
        QCOMPARE(run.exitCode, 1);
    }

private:
    std::unique_ptr<TestBook> m_book;
    QString m_path;
};

QTEST_GUILESS_MAIN(PlanCliTest)
#include "plan_cli_test.moc"
