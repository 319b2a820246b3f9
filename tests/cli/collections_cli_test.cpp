// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "collections/collections.h"
#include "support/cli_runner.h"
#include "support/test_book.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace recoup;
using namespace recoup::test;

namespace {

/// Rows of the tables the collections commands write, and of the audit log.
QList<qint64> rowsOf(const QString &path)
{
    auto db = Database::open(path, Database::Access::ReadOnly);
    if (!db)
        qFatal("cannot open %s: %s", qPrintable(path), qPrintable(db.error()));
    QList<qint64> counts;
    for (const char *table : { "contacts", "promises", "disputes", "dispute_resolutions", "task_records", "entries",
             "audit_log", "collection_steps" }) {
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

} // namespace

class CollectionsCliTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void worklistCsv();
    void worklistJsonAndTable();
    void worklistRefusals();
    void contactAndFollowUp();
    void contactRefusalsChangeNothing();
    void promise();
    void disputeOpenAndResolve();
    void policyExportImport();
    void clockSetBack();
    void taskDoneSkipSnooze();
    void contactLimits();
    void everyCommandHasHelp();

private:
    std::unique_ptr<TestBook> m_book;
    QString m_path;
};

void CollectionsCliTest::init()
{
    QVERIFY2(QFile::exists(qEnvironmentVariable("RECOUP_CLI")), "RECOUP_CLI is not set");
    // A book made in-process on 2026-03-14: Ana with three sales at reminder
    // steps, Bo with one at the personal call, Cy with one paid.
    m_book = std::make_unique<TestBook>();
    const qint64 a = m_book->customer(QStringLiteral("Ana"), QStringLiteral("C1"));
    const qint64 b = m_book->customer(QStringLiteral("Bo, Jr."), QStringLiteral("C2"));
    const qint64 c = m_book->customer(QStringLiteral("Cy"), QStringLiteral("C3"));
    m_book->sale(a, QStringLiteral("10.00"), QDate(2026, 3, 1), 16, QStringLiteral("S1")); // due in 3 days
    m_book->sale(a, QStringLiteral("20.00"), QDate(2026, 2, 1), 40, QStringLiteral("S2")); // 1 day past due
    m_book->sale(a, QStringLiteral("30.50"), QDate(2026, 2, 1), 34, QStringLiteral("S3")); // 7 days
    m_book->sale(b, QStringLiteral("99.99"), QDate(2026, 1, 1), 58, QStringLiteral("S4")); // 14 days
    m_book->sale(c, QStringLiteral("5.00"), QDate(2026, 1, 1), 30, QStringLiteral("S5"));
    m_book->pay(c, QStringLiteral("5.00"), QDate(2026, 2, 1));
    m_path = m_book->path();
    m_book->close();
}

// One line per debt, header first, amounts as the interchange format writes them.
void CollectionsCliTest::worklistCsv()
{
    const CliRun run = cli({ QStringLiteral("worklist"), m_path, QStringLiteral("--date"), QStringLiteral("2026-03-14"),
        QStringLiteral("--format"), QStringLiteral("csv") });
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(lines(run),
        (QStringList{ QStringLiteral("customer_ref,debt_ref,step,action,days_past_due,open_amount,reason"),
            QStringLiteral("C1,S3,second_reminder,reminder:email,7,30.50,7 days past due"),
            QStringLiteral("C1,S2,reminder,reminder:email,1,20.00,1 day past due"),
            QStringLiteral("C1,S1,friendly_reminder,reminder:email,-3,10.00,due in 3 days"),
            QStringLiteral("C2,S4,personal_call,call:phone,14,99.99,14 days past due") }));
}

void CollectionsCliTest::worklistJsonAndTable()
{
    const CliRun json = cli({ QStringLiteral("worklist"), m_path, QStringLiteral("--date"),
        QStringLiteral("2026-03-14"), QStringLiteral("--format"), QStringLiteral("json") });
    QCOMPARE(json.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(root.value(QStringLiteral("date")).toString(), QStringLiteral("2026-03-14"));
    const QJsonArray tasks = root.value(QStringLiteral("tasks")).toArray();
    QCOMPARE(tasks.size(), 2); // one reminder for Ana's three sales, one call for Bo
    QCOMPARE(tasks.at(0).toObject().value(QStringLiteral("debts")).toArray().size(), 3);
    QCOMPARE(tasks.at(0).toObject().value(QStringLiteral("total")).toString(), QStringLiteral("60.50"));
    QCOMPARE(tasks.at(1).toObject().value(QStringLiteral("customer_name")).toString(), QStringLiteral("Bo, Jr."));

    const CliRun table
        = cli({ QStringLiteral("worklist"), m_path, QStringLiteral("--date"), QStringLiteral("2026-03-14") });
    QCOMPARE(table.exitCode, 0);
    QVERIFY2(table.text().contains(QLatin1String("Send a reminder by e-mail")), qPrintable(table.text()));
    QVERIFY(lines(table).last().startsWith(QLatin1String("2 tasks as of 2026-03-14")));
    // Before anything is due: an empty list, still with its header.
    const CliRun early = cli({ QStringLiteral("worklist"), m_path, QStringLiteral("--date"),
        QStringLiteral("2026-01-02"), QStringLiteral("--format"), QStringLiteral("csv") });
    QCOMPARE(lines(early).size(), 1);
}

void CollectionsCliTest::worklistRefusals()
{
    CliRun run = cli({ QStringLiteral("worklist"), m_path, QStringLiteral("--date"), QStringLiteral("14/03/2026") });
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QLatin1String("is not a date written YYYY-MM-DD")), qPrintable(run.err));
    run = cli({ QStringLiteral("worklist"), m_path, QStringLiteral("--format"), QStringLiteral("xml") });
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(cli({ QStringLiteral("worklist") }).exitCode, 2);
    run = cli({ QStringLiteral("worklist"), m_path + QStringLiteral(".none") });
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
}

void CollectionsCliTest::contactAndFollowUp()
{
    const CliRun run = cli({ QStringLiteral("contact"), m_path, QStringLiteral("C2"), QStringLiteral("--channel"),
        QStringLiteral("phone"), QStringLiteral("--outcome"), QStringLiteral("no_answer"), QStringLiteral("--date"),
        QStringLiteral("2026-03-14"), QStringLiteral("--time"), QStringLiteral("10:30"), QStringLiteral("--note"),
        QStringLiteral("Try after lunch"), QStringLiteral("--follow-up"), QStringLiteral("2026-03-16"),
        QStringLiteral("--debt"), QStringLiteral("S4") });
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.text().startsWith(QLatin1String("Logged contact 1 with Bo, Jr.")));
    const CliRun list = cli({ QStringLiteral("worklist"), m_path, QStringLiteral("--date"),
        QStringLiteral("2026-03-16"), QStringLiteral("--format"), QStringLiteral("csv") });
    QVERIFY2(list.text().contains(QLatin1String(
                 "C2,S4,follow_up,follow_up:phone,16,99.99,follow-up set for 2026-03-16: Try after lunch")),
        qPrintable(list.text()));
}

void CollectionsCliTest::contactRefusalsChangeNothing()
{
    {
        auto db = Database::open(m_path);
        QVERIFY(db.value()->setMeta(QStringLiteral("closed_through"), QStringLiteral("2026-02-28")).ok());
    }
    const QList<qint64> before = rowsOf(m_path);
    const QStringList base{ QStringLiteral("contact"), m_path, QStringLiteral("C1"), QStringLiteral("--channel"),
        QStringLiteral("visit"), QStringLiteral("--outcome"), QStringLiteral("paid") };
    struct Case
    {
        QStringList extra;
        int exit;
        const char *message;
    };
    const Case cases[] = {
        { { QStringLiteral("--date"), QStringLiteral("2026-02-10") }, 1, "The books are closed through" },
        { { QStringLiteral("--date"), QStringLiteral("2026-02-30") }, 2, "there is no such day" },
        { { QStringLiteral("--time"), QStringLiteral("7pm") }, 1, "is not a time written HH:MM" },
        { { QStringLiteral("--debt"), QStringLiteral("S4") }, 1, "The sale S4 is not this customer's." },
        { { QStringLiteral("--debt"), QStringLiteral("S404") }, 1, "there is no sale with the reference “S404”." },
        { { QStringLiteral("--follow-up"), QStringLiteral("2020-01-01") }, 1, "cannot be before the contact" },
    };
    for (const Case &c : cases) {
        const CliRun run = cli(base + c.extra);
        QCOMPARE(run.exitCode, c.exit);
        QVERIFY2(run.err.contains(QString::fromUtf8(c.message)), qPrintable(run.err));
    }
    CliRun run = cli({ QStringLiteral("contact"), m_path, QStringLiteral("NOPE"), QStringLiteral("--channel"),
        QStringLiteral("visit"), QStringLiteral("--outcome"), QStringLiteral("paid") });
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err, QStringLiteral("recoup-cli contact: there is no customer with the reference “NOPE”.\n"));
    run = cli({ QStringLiteral("contact"), m_path, QStringLiteral("C1"), QStringLiteral("--channel"),
        QStringLiteral("pigeon"), QStringLiteral("--outcome"), QStringLiteral("paid") });
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(QLatin1String("--channel must be")));
    QCOMPARE(rowsOf(m_path), before);
}

void CollectionsCliTest::promise()
{
    const QList<qint64> before = rowsOf(m_path);
    CliRun run = cli({ QStringLiteral("promise"), m_path, QStringLiteral("C1"), QStringLiteral("60.51"),
        QStringLiteral("2026-03-20"), QStringLiteral("--made-on"), QStringLiteral("2026-03-14") });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("The promise (60.51) is for more than is owed on those sales (60.50).")),
        qPrintable(run.err));
    run = cli({ QStringLiteral("promise"), m_path, QStringLiteral("C1"), QStringLiteral("1.005"),
        QStringLiteral("2026-03-20") });
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.startsWith(QLatin1String("recoup-cli promise: AMOUNT: ")), qPrintable(run.err));
    // The date is an argument, named as the usage names it (not as an option, "--DATE").
    run = cli({ QStringLiteral("promise"), m_path, QStringLiteral("C1"), QStringLiteral("10.00"),
        QStringLiteral("2026-02-30") });
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.startsWith(QStringLiteral("recoup-cli promise: DATE: there is no such day as “2026-02-30”")),
        qPrintable(run.err));
    run = cli({ QStringLiteral("promise"), m_path, QStringLiteral("C1"), QStringLiteral("10.00"),
        QStringLiteral("2026-03-10"), QStringLiteral("--made-on"), QStringLiteral("2026-03-14") });
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(rowsOf(m_path), before);

    run = cli({ QStringLiteral("promise"), m_path, QStringLiteral("C1"), QStringLiteral("30.50"),
        QStringLiteral("2026-03-20"), QStringLiteral("--debt"), QStringLiteral("S3"), QStringLiteral("--made-on"),
        QStringLiteral("2026-03-14") });
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
    // S3's ladder waits for the promise; S1 and S2 still get their reminder.
    const CliRun list = cli({ QStringLiteral("worklist"), m_path, QStringLiteral("--date"),
        QStringLiteral("2026-03-14"), QStringLiteral("--format"), QStringLiteral("csv") });
    QVERIFY(!list.text().contains(QLatin1String("C1,S3")));
    QVERIFY(list.text().contains(QLatin1String("C1,S2")));
    // Not paid by the 20th plus 3 grace days: on the 24th, a broken promise.
    const CliRun later = cli({ QStringLiteral("worklist"), m_path, QStringLiteral("--date"),
        QStringLiteral("2026-03-24"), QStringLiteral("--format"), QStringLiteral("csv") });
    QVERIFY2(later.text().contains(
                 QLatin1String("C1,S3,broken_promise,broken_promise,17,30.50,\"promised 30.50 by 2026-03-20, paid "
                               "0.00\"")),
        qPrintable(later.text()));
}

void CollectionsCliTest::disputeOpenAndResolve()
{
    CliRun run = cli({ QStringLiteral("dispute"), QStringLiteral("open"), m_path, QStringLiteral("S4"),
        QStringLiteral("--amount"), QStringLiteral("40.00"), QStringLiteral("--date"), QStringLiteral("2026-03-14") });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("Give the reason")), qPrintable(run.err));
    run = cli({ QStringLiteral("dispute"), QStringLiteral("open"), m_path, QStringLiteral("S4"),
        QStringLiteral("--amount"), QStringLiteral("100.00"), QStringLiteral("--reason"), QStringLiteral("Short") });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("more than is open")), qPrintable(run.err));
    run = cli({ QStringLiteral("dispute"), QStringLiteral("open"), m_path, QStringLiteral("S4"),
        QStringLiteral("--amount"), QStringLiteral("40.00"), QStringLiteral("--reason"),
        QStringLiteral("Two chairs broken"), QStringLiteral("--date"), QStringLiteral("2026-03-14") });
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.text().startsWith(QLatin1String("Opened dispute 1 about 40.00 on the sale S4")));
    CliRun list = cli({ QStringLiteral("worklist"), m_path, QStringLiteral("--date"), QStringLiteral("2026-03-14"),
        QStringLiteral("--format"), QStringLiteral("csv") });
    QVERIFY(!list.text().contains(QLatin1String("C2,S4")));

    run = cli({ QStringLiteral("dispute"), QStringLiteral("resolve"), m_path, QStringLiteral("1"),
        QStringLiteral("--for"), QStringLiteral("customer"), QStringLiteral("--conceded"), QStringLiteral("40.01") });
    QCOMPARE(run.exitCode, 1);
    run = cli({ QStringLiteral("dispute"), QStringLiteral("resolve"), m_path, QStringLiteral("one"),
        QStringLiteral("--for"), QStringLiteral("customer") });
    QCOMPARE(run.exitCode, 2);
    run = cli({ QStringLiteral("dispute"), QStringLiteral("resolve"), m_path, QStringLiteral("1"),
        QStringLiteral("--for"), QStringLiteral("customer"), QStringLiteral("--conceded"), QStringLiteral("40.00"),
        QStringLiteral("--date"), QStringLiteral("2026-03-15") });
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
    list = cli({ QStringLiteral("worklist"), m_path, QStringLiteral("--date"), QStringLiteral("2026-12-01"),
        QStringLiteral("--format"), QStringLiteral("csv") });
    QVERIFY2(list.text().contains(QLatin1String(",59.99,")), qPrintable(list.text()));
    const CliRun balance
        = cli({ QStringLiteral("balance"), m_path, QStringLiteral("--customer"), QStringLiteral("C2") });
    QVERIFY2(lines(balance).last().endsWith(QLatin1String("59.99")), qPrintable(balance.text()));
}

void CollectionsCliTest::policyExportImport()
{
    const CliRun exported = cli({ QStringLiteral("policy"), QStringLiteral("export"), m_path });
    QCOMPARE(exported.exitCode, 0);
    auto policy = CollectionPolicy::fromJson(exported.out);
    QVERIFY2(policy.ok(), qPrintable(policy.error()));
    QCOMPARE(policy.value(), CollectionPolicy::defaultPolicy());

    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("policy.json"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(QByteArray(exported.out).replace("\"day_offset\": 14", "\"day_offset\": 10"));
    out.close();
    CliRun run = cli({ QStringLiteral("policy"), QStringLiteral("import"), m_path, file });
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
    const CliRun list = cli({ QStringLiteral("worklist"), m_path, QStringLiteral("--date"),
        QStringLiteral("2026-03-11"), QStringLiteral("--format"), QStringLiteral("csv") });
    QVERIFY2(list.text().contains(QLatin1String("C2,S4,personal_call,call:phone,11,")), qPrintable(list.text()));

    const QList<qint64> before = rowsOf(m_path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(QByteArray(exported.out).replace("\"day_offset\": 45", "\"day_offset\": 44.5"));
    out.close();
    run = cli({ QStringLiteral("policy"), QStringLiteral("import"), m_path, file });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(
        run.err.contains(QStringLiteral("Step 6: “day_offset” must be a whole number of days.")), qPrintable(run.err));
    QCOMPARE(rowsOf(m_path), before);
    QCOMPARE(cli({ QStringLiteral("policy"), QStringLiteral("import"), m_path }).exitCode, 2);
}

// A record made in the book's future: this computer's clock is behind it.
void CollectionsCliTest::clockSetBack()
{
    {
        TestBook future(QStringLiteral("USD"), QDate(2099, 1, 1));
        future.customer(QStringLiteral("Ana"), QStringLiteral("C1"));
        future.close();
        QFile::remove(m_path);
        QVERIFY(QFile::copy(future.path(), m_path));
    }
    const QList<qint64> before = rowsOf(m_path);
    const CliRun run = cli({ QStringLiteral("contact"), m_path, QStringLiteral("C1"), QStringLiteral("--channel"),
        QStringLiteral("phone"), QStringLiteral("--outcome"), QStringLiteral("no_answer") });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("Set the clock right")), qPrintable(run.err));
    QCOMPARE(rowsOf(m_path), before);
}

// Today's D, S and Z for scripts: a customer's task by its action.
void CollectionsCliTest::taskDoneSkipSnooze()
{
    const QStringList day{ QStringLiteral("--date"), QStringLiteral("2026-03-14") };
    auto csv = [this, &day] {
        return lines(
            cli(QStringList{ QStringLiteral("worklist"), m_path, QStringLiteral("--format"), QStringLiteral("csv") }
                + day));
    };
    CliRun run = cli(QStringList{ QStringLiteral("task"), QStringLiteral("done"), m_path, QStringLiteral("C1"),
                         QStringLiteral("--action"), QStringLiteral("call") }
        + day);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("its tasks: reminder:email")), qPrintable(run.err));
    run = cli(QStringList{ QStringLiteral("task"), QStringLiteral("skip"), m_path, QStringLiteral("C1") } + day);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("Say why the task is skipped")), qPrintable(run.err));
    run = cli(QStringList{ QStringLiteral("task"), QStringLiteral("done"), m_path, QStringLiteral("C1"),
                  QStringLiteral("--action"), QStringLiteral("reminder") }
        + day);
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.text(), QStringLiteral("Done: Send a reminder by e-mail for Ana.\n"));
    QCOMPARE(csv().size(), 2); // the header and Bo's call
    run = cli(QStringList{ QStringLiteral("task"), QStringLiteral("done"), m_path, QStringLiteral("C1") } + day);
    QCOMPARE(run.exitCode, 1); // nothing left to do for Ana
    run = cli(QStringList{ QStringLiteral("task"), QStringLiteral("snooze"), m_path, QStringLiteral("C2") } + day);
    QCOMPARE(run.exitCode, 2);
    run = cli(QStringList{ QStringLiteral("task"), QStringLiteral("snooze"), m_path, QStringLiteral("C2"),
                  QStringLiteral("--until"), QStringLiteral("2026-03-16") }
        + day);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(csv().size(), 1);
    QCOMPARE(lines(cli({ QStringLiteral("worklist"), m_path, QStringLiteral("--format"), QStringLiteral("csv"),
                       QStringLiteral("--date"), QStringLiteral("2026-03-16") }))
                 .size(),
        2);
}

// A contact that would break a limit is refused with the reason, unless the
// user says to log it anyway; the limits are shown and set by `limits`.
void CollectionsCliTest::contactLimits()
{
    CliRun run = cli({ QStringLiteral("limits"), m_path });
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.text(),
        QStringLiteral("At most 7 call attempts in 7 days about one debt; contact between 08:00 and 21:00.\n"));
    run = cli({ QStringLiteral("limits"), m_path, QStringLiteral("--calls"), QStringLiteral("1"),
        QStringLiteral("--hours"), QStringLiteral("09:00-20:00") });
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.text().startsWith(QLatin1String("At most 1 call attempts in 7 days")));
    for (const QStringList &wrong : { QStringList{ QStringLiteral("--hours"), QStringLiteral("9-5") },
             QStringList{ QStringLiteral("--calls"), QStringLiteral("many") } }) {
        run = cli(QStringList{ QStringLiteral("limits"), m_path } + wrong);
        QCOMPARE(run.exitCode, 2);
    }
    run = cli({ QStringLiteral("limits"), m_path, QStringLiteral("--hours"), QStringLiteral("21:00-08:00") });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("must be before the latest")), qPrintable(run.err));

    const QStringList call{ QStringLiteral("contact"), m_path, QStringLiteral("C2"), QStringLiteral("--channel"),
        QStringLiteral("phone"), QStringLiteral("--outcome"), QStringLiteral("no_answer"), QStringLiteral("--date"),
        QStringLiteral("2026-03-14"), QStringLiteral("--debt"), QStringLiteral("S4") };
    const QList<qint64> before = rowsOf(m_path);
    run = cli(call + QStringList{ QStringLiteral("--time"), QStringLiteral("20:30") });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("20:30 is outside the hours")), qPrintable(run.err));
    QCOMPARE(rowsOf(m_path), before);
    run = cli(call + QStringList{ QStringLiteral("--time"), QStringLiteral("10:00") });
    QCOMPARE(run.exitCode, 0);
    run = cli(call);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("call 2 in 7 days")), qPrintable(run.err));
    run = cli(call + QStringList{ QStringLiteral("--despite-limits") });
    QCOMPARE(run.exitCode, 0);
}

void CollectionsCliTest::everyCommandHasHelp()
{
    for (const char *command : { "worklist", "contact", "promise", "dispute", "policy", "task", "limits" }) {
        const CliRun run = cli({ QLatin1String(command), QStringLiteral("--help") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(
            run.text().contains(QStringLiteral("recoup-cli %1").arg(QLatin1String(command))), qPrintable(run.text()));
    }
    QVERIFY(cli({ QStringLiteral("--help") }).text().contains(QLatin1String("worklist")));
}

QTEST_GUILESS_MAIN(CollectionsCliTest)
#include "collections_cli_test.moc"
