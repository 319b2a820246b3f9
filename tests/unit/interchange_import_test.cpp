// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/money.h"
#include "io/csv_reader.h"
#include "io/interchange_importer.h"
#include "support/test_book.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace recoup;
using recoup::test::TestBook;

namespace {

QString dataDir(const QString &name)
{
    return QStringLiteral(RECOUP_TEST_DATA "/interchange/") + name;
}

QStringList reportLines(const ImportReport &report)
{
    QStringList lines;
    for (const ImportProblem &p : report.warnings)
        lines.append(p.toString());
    for (const ImportProblem &p : report.problems)
        lines.append(p.toString());
    return lines;
}

/// Every row of every table, as text: equal snapshots mean an unchanged book.
QString snapshot(Database &db)
{
    QString text;
    QSqlQuery q(db.connection());
    for (const char *table : { "meta", "customers", "debts", "entries", "audit_log" }) {
        if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(QLatin1String(table))))
            qFatal("snapshot failed");
        text += QLatin1String(table) + QLatin1Char('\n');
        while (q.next()) {
            for (int i = 0; i < q.record().count(); ++i)
                text += q.value(i).toString() + QLatin1Char('|');
            text += QLatin1Char('\n');
        }
    }
    return text;
}

qint64 scalar(Database &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        qFatal("query failed: %s", qPrintable(sql));
    return q.value(0).toLongLong();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

QList<CsvRecord> readCsv(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    CsvReader reader(f);
    QList<CsvRecord> records;
    CsvRecord r;
    while (reader.next(r))
        records.append(r);
    return records;
}

} // namespace

class InterchangeImportTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Each folder with an expected.txt holds one kind of problem: the import
    // must list exactly those lines, all in one run, and leave the book as it was.
    void errorDatasets_data()
    {
        QTest::addColumn<QString>("folder");
        const QDir root(dataDir(QString()));
        const QStringList folders = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        int count = 0;
        for (const QString &folder : folders)
            if (QFile::exists(root.filePath(folder + QStringLiteral("/expected.txt")))) {
                QTest::newRow(qPrintable(folder)) << root.filePath(folder);
                ++count;
            }
        QVERIFY(count >= 20);
    }

    void errorDatasets()
    {
        QFETCH(QString, folder);
        TestBook book;
        const ImportReport seeded = InterchangeImporter(book.ledger()).importFolder(dataDir(QStringLiteral("seed")));
        QVERIFY2(seeded.ok(), qPrintable(reportLines(seeded).join(QLatin1Char('\n'))));
        const QString before = snapshot(book.db());

        const ImportReport report = InterchangeImporter(book.ledger()).importFolder(folder);
        QFile expectedFile(folder + QStringLiteral("/expected.txt"));
        QVERIFY(expectedFile.open(QIODevice::ReadOnly));
        const QStringList expected = QString::fromUtf8(expectedFile.readAll())
                                         .replace(QStringLiteral("$DIR"), folder)
                                         .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(!report.ok());
        QCOMPARE(reportLines(report), expected);
        QCOMPARE(report.customers + report.debts + report.payments, 0);
        QCOMPARE(snapshot(book.db()), before);
        QVERIFY(!book.db().inTransaction());
    }

    // The format's own example, checked against its expected agings: balance,
    // credit and every bucket of every customer as of each date, from the entries.
    void smallExample_data()
    {
        QTest::addColumn<QString>("asOf");
        QTest::newRow("2025-12-31") << QStringLiteral("2025-12-31");
        QTest::newRow("2026-06-30") << QStringLiteral("2026-06-30");
    }

    void smallExample()
    {
        QFETCH(QString, asOf);
        TestBook book;
        const ImportReport report
            = InterchangeImporter(book.ledger()).importFolder(QStringLiteral(RECOUP_FORMAT_EXAMPLES "/small"));
        QVERIFY2(report.ok(), qPrintable(reportLines(report).join(QLatin1Char('\n'))));
        QCOMPARE(report.customers, 12);
        QCOMPARE(report.debts, 54);
        QCOMPARE(report.payments, 28);

        const QList<CsvRecord> rows = readCsv(QStringLiteral(RECOUP_FORMAT_EXAMPLES "/small-aging-%1.csv").arg(asOf));
        QCOMPARE(rows.first().fields.join(QLatin1Char(',')),
            QStringLiteral("customer_ref,customer_name,current,1-30,31-60,61-90,91+,credit,balance"));
        const Currency usd = book.db().currency();
        const QVariant d(asOf);
        QList<qint64> totals(7, 0);
        for (int r = 1; r < rows.size() - 1; ++r) {
            const QStringList &f = rows[r].fields;
            const QVariant ref(f[0]);
            QCOMPARE(f[1], book.ledger().customerByRef(f[0])->details.name);
            // Open amount of each debt issued by the date, aged by its due date.
            const QString bucket = QStringLiteral(
                "SELECT coalesce(sum(o.open), 0) FROM (SELECT julianday(?) - julianday(d.due_date) AS days, "
                "sum(e.open_delta) AS open FROM debts d JOIN customers c ON c.id = d.customer_id "
                "JOIN entries e ON e.debt_id = d.id WHERE c.ref = ? AND d.issue_date <= ? AND e.effective_date <= ? "
                "GROUP BY d.id) o WHERE %1");
            const QStringList ranges{ QStringLiteral("o.days <= 0"), QStringLiteral("o.days BETWEEN 1 AND 30"),
                QStringLiteral("o.days BETWEEN 31 AND 60"), QStringLiteral("o.days BETWEEN 61 AND 90"),
                QStringLiteral("o.days > 90") };
            for (int b = 0; b < 5; ++b) {
                const qint64 open = scalar(book.db(), bucket.arg(ranges[b]), { d, ref, d, d });
                QCOMPARE(Money::toFileText(open, usd), f[2 + b]);
                totals[b] += open;
            }
            const QString sums = QStringLiteral("SELECT coalesce(sum(e.%1), 0) FROM entries e JOIN customers c ON "
                                                "c.id = e.customer_id WHERE c.ref = ? AND e.effective_date <= ?");
            const qint64 credit = scalar(book.db(), sums.arg(QLatin1String("credit_delta")), { ref, d });
            const qint64 balance = scalar(book.db(), sums.arg(QLatin1String("balance_delta")), { ref, d });
            QCOMPARE(Money::toFileText(credit, usd), f[7]);
            QCOMPARE(Money::toFileText(balance, usd), f[8]);
            totals[5] += credit;
            totals[6] += balance;
        }
        const QStringList &total = rows.last().fields;
        QCOMPARE(total[1], QStringLiteral("TOTAL"));
        for (int i = 0; i < 7; ++i)
            QCOMPARE(Money::toFileText(totals[i], usd), total[2 + i]);
        // Nobody left out of the expected file owes anything as of the date.
        QCOMPARE(scalar(book.db(),
                     QStringLiteral("SELECT count(*) FROM (SELECT e.customer_id FROM entries e WHERE "
                                    "e.effective_date <= ? GROUP BY e.customer_id HAVING sum(e.balance_delta) <> 0 "
                                    "OR sum(e.credit_delta) <> 0)"),
                     { d }),
            qint64(rows.size() - 2));
        QVERIFY(book.ledger().audit().verify().isEmpty());
    }

    void textStoredExactly()
    {
        TestBook book;
        const ImportReport report
            = InterchangeImporter(book.ledger()).importFolder(dataDir(QStringLiteral("valid-text")));
        QVERIFY2(report.ok(), qPrintable(reportLines(report).join(QLatin1Char('\n'))));
        QCOMPARE(report.customers, 4);
        QCOMPARE(report.debts, 2);
        QCOMPARE(report.payments, 1);
        // A file of another name is a warning, not an error.
        QCOMPARE(report.warnings.size(), 1);
        QCOMPARE(report.warnings.first().file, QStringLiteral("notes.csv"));

        const auto t1 = book.ledger().customerByRef(QStringLiteral("T1"));
        QVERIFY(t1);
        QCOMPARE(t1->details.name, QStringLiteral("O'Brien, \"Bob\""));
        QCOMPARE(t1->details.address, QStringLiteral("12 High St\nFlat 3\nLondon"));
        QCOMPARE(t1->details.phone, QStringLiteral("+44 20 7946 0958"));
        QCOMPARE(t1->phoneE164, QStringLiteral("+442079460958"));
        QCOMPARE(t1->details.email, QStringLiteral("bob@example.com"));
        QCOMPARE(t1->details.creditLimit, std::optional<qint64>(50000));
        QCOMPARE(t1->details.notes, QStringLiteral("Pays, usually"));
        QCOMPARE(
            book.ledger().customerByRef(QStringLiteral("T2"))->details.name, QString::fromUtf8("José Müller-Ñúñez"));
        const auto t3 = book.ledger().customerByRef(QStringLiteral("T3"));
        QCOMPARE(t3->details.name, QString::fromUtf8("مريم العربية"));
        QCOMPARE(t3->details.notes, QString::fromUtf8("שלום"));
        QVERIFY(!t3->details.creditLimit);
        const auto t4 = book.ledger().customerByRef(QStringLiteral("T4"));
        QCOMPARE(t4->details.name, QStringLiteral("<b>Bold</b> & <script>alert(1)</script>"));
        QCOMPARE(t4->details.notes, QStringLiteral("a \"quoted\" note"));

        const auto sofa = book.ledger().debtByRef(QStringLiteral("T1-D1"));
        QVERIFY(sofa);
        QCOMPARE(sofa->description, QStringLiteral("Sofa, \"blue\""));
        QCOMPARE(sofa->termsDays, std::optional<int>(30));
        QCOMPARE(sofa->dueDate, QDate(2025, 3, 31));
        QCOMPARE(sofa->openAmount, qint64(10000));
        const auto other = book.ledger().debtByRef(QStringLiteral("T3-D1"));
        QCOMPARE(other->dueDate, QDate(2025, 3, 31));
        QVERIFY(!other->termsDays);
        const QList<Entry> entries = book.ledger().customerEntries(t1->id).value();
        const auto payment
            = std::find_if(entries.begin(), entries.end(), [](const Entry &e) { return e.kind == EntryKind::Payment; });
        QVERIFY(payment != entries.end());
        QCOMPARE(payment->ref, QStringLiteral("T1-P1"));
        QCOMPARE(payment->reference, QStringLiteral("REF \"7\", A"));
        QCOMPARE(payment->method, QStringLiteral("card"));
    }

    // Lengths are counted as a person counts characters: 600 emoji (1,200 UTF-16
    // units) are 600, and 1,000 of them are exactly at the limit.
    void lengthsInCharacters()
    {
        TestBook book;
        const ImportReport report
            = InterchangeImporter(book.ledger()).importFolder(dataDir(QStringLiteral("valid-emoji")));
        QVERIFY2(report.ok(), qPrintable(reportLines(report).join(QLatin1Char('\n'))));
        QCOMPARE(report.customers, 2);
        const QString emoji = QString::fromUtf8("\xF0\x9F\x98\x80");
        const auto v1 = book.ledger().customerByRef(QStringLiteral("V1"));
        QVERIFY(v1);
        QCOMPARE(v1->details.name, emoji.repeated(600));
        QCOMPARE(v1->details.notes, QString::fromUtf8("\xC3\xA9").repeated(1000));
        QCOMPARE(book.ledger().customerByRef(QStringLiteral("V2"))->details.name, emoji.repeated(1000));
    }

    void refersToWhatTheBookHolds()
    {
        TestBook book;
        QVERIFY(InterchangeImporter(book.ledger()).importFolder(dataDir(QStringLiteral("seed"))).ok());
        const ImportReport report
            = InterchangeImporter(book.ledger()).importFolder(dataDir(QStringLiteral("valid-book-refs")));
        QVERIFY2(report.ok(), qPrintable(reportLines(report).join(QLatin1Char('\n'))));
        QCOMPARE(report.customers, 0);
        QCOMPARE(report.debts, 1);
        QCOMPARE(report.payments, 2);
        // N-P1 pays the named N-D1 first, the rest to the older BOOK-D1.
        QCOMPARE(book.ledger().debtByRef(QStringLiteral("N-D1"))->openAmount, qint64(0));
        QCOMPARE(book.ledger().debtByRef(QStringLiteral("BOOK-D1"))->openAmount, qint64(1000));
        QCOMPARE(book.ledger().customerByRef(QStringLiteral("BOOK-C1"))->balance, qint64(1000));
        QCOMPARE(book.ledger().debtByRef(QStringLiteral("BOOK-D2"))->openAmount, qint64(4000));
        QCOMPARE(book.ledger().customerByRef(QStringLiteral("BOOK-C2"))->balance, qint64(4000));
    }

    // Lines are replayed by date, sales before payments on the same date,
    // whatever their order in the files; early money waits as credit.
    void replayInDateOrder()
    {
        TestBook book;
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("customers.csv")), "ref,name\nA,Ann\n");
        writeFile(dir.filePath(QStringLiteral("payments.csv")),
            "ref,customer_ref,date,amount,method\nP2,A,2025-03-10,90.00,cash\nP1,A,2025-01-01,30.00,card\n");
        writeFile(dir.filePath(QStringLiteral("debts.csv")),
            "ref,customer_ref,issue_date,terms_days,amount\nD2,A,2025-03-10,30,20.00\nD1,A,2025-02-01,30,100.00\n");
        const ImportReport report = InterchangeImporter(book.ledger()).importFolder(dir.path());
        QVERIFY2(report.ok(), qPrintable(reportLines(report).join(QLatin1Char('\n'))));

        const auto sumAsOf = [&book](const char *column, const char *date) {
            return scalar(book.db(),
                QStringLiteral("SELECT coalesce(sum(%1), 0) FROM entries WHERE effective_date <= ?")
                    .arg(QLatin1String(column)),
                { QString::fromLatin1(date) });
        };
        QCOMPARE(sumAsOf("balance_delta", "2025-01-31"), qint64(-3000));
        QCOMPARE(sumAsOf("credit_delta", "2025-01-31"), qint64(3000));
        // The credit went to D1 on its issue date.
        QCOMPARE(sumAsOf("balance_delta", "2025-02-01"), qint64(7000));
        QCOMPARE(sumAsOf("credit_delta", "2025-02-01"), qint64(0));
        // P2 could pay D2 because D2 was issued first that day.
        QCOMPARE(book.ledger().debtByRef(QStringLiteral("D1"))->openAmount, qint64(0));
        QCOMPARE(book.ledger().debtByRef(QStringLiteral("D2"))->openAmount, qint64(0));
        QCOMPARE(book.ledger().customerByRef(QStringLiteral("A"))->balance, qint64(0));
        QCOMPARE(book.ledger().customerByRef(QStringLiteral("A"))->lastPaymentDate, QDate(2025, 3, 10));
    }

    void amountsFollowTheBookCurrency_data()
    {
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QByteArray>("good");
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QByteArray>("bad");
        QTest::addColumn<QString>("message");
        QTest::newRow("JPY") << QStringLiteral("JPY") << QByteArray("1500") << qint64(1500) << QByteArray("1500.5")
                             << QStringLiteral("debts.csv:3:amount: JPY has no decimals: enter a whole amount.");
        QTest::newRow("KWD") << QStringLiteral("KWD") << QByteArray("1.234") << qint64(1234) << QByteArray("1.2345")
                             << QStringLiteral("debts.csv:3:amount: More decimals than KWD has (3).");
        QTest::newRow("USD") << QStringLiteral("USD") << QByteArray("12") << qint64(1200) << QByteArray("0.001")
                             << QStringLiteral("debts.csv:3:amount: More decimals than USD has (2).");
    }

    void amountsFollowTheBookCurrency()
    {
        QFETCH(QString, currency);
        QFETCH(QByteArray, good);
        QFETCH(qint64, minor);
        QFETCH(QByteArray, bad);
        QFETCH(QString, message);
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("customers.csv")), "ref,name\nA,Ann\n");
        const QByteArray header = "ref,customer_ref,issue_date,terms_days,amount\n";
        writeFile(dir.filePath(QStringLiteral("debts.csv")),
            header + "D1,A,2025-02-01,30," + good + "\nD2,A,2025-02-01,30," + bad + "\n");
        TestBook book(currency);
        const ImportReport failed = InterchangeImporter(book.ledger()).importFolder(dir.path());
        QCOMPARE(reportLines(failed), QStringList{ message });
        QCOMPARE(book.ledger().customerCount(), qint64(0));

        writeFile(dir.filePath(QStringLiteral("debts.csv")), header + "D1,A,2025-02-01,30," + good + "\n");
        QVERIFY(InterchangeImporter(book.ledger()).importFolder(dir.path()).ok());
        QCOMPARE(book.ledger().debtByRef(QStringLiteral("D1"))->amount, minor);
    }

    void closedPeriodRefused()
    {
        TestBook book;
        QVERIFY(book.db().setMeta(QStringLiteral("closed_through"), QStringLiteral("2025-01-31")));
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("debts.csv")),
            "ref,customer_ref,issue_date,due_date,amount\nD1,A,2025-01-15,2025-02-15,1.00\n");
        writeFile(dir.filePath(QStringLiteral("customers.csv")), "ref,name\nA,Ann\n");
        const ImportReport report = InterchangeImporter(book.ledger()).importFolder(dir.path());
        QCOMPARE(reportLines(report),
            QStringList{ QStringLiteral("debts.csv:2:issue_date: The books are closed through 2025-01-31; nothing "
                                        "can be entered on 2025-01-15.") });
    }

    // A failure while writing (here the book itself refuses the last payment)
    // undoes everything the import had written before it.
    void failureWhileWritingLeavesNothing()
    {
        TestBook book;
        QVERIFY(InterchangeImporter(book.ledger()).importFolder(dataDir(QStringLiteral("seed"))).ok());
        QSqlQuery q(book.db().connection());
        QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER refuse_late BEFORE INSERT ON entries WHEN NEW.ref = 'LATE' "
                                      "BEGIN SELECT RAISE(ABORT, 'refused'); END")));
        const QString before = snapshot(book.db());
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("customers.csv")), "ref,name\nA,Ann\nB,Bob\n");
        writeFile(dir.filePath(QStringLiteral("debts.csv")),
            "ref,customer_ref,issue_date,terms_days,amount\nD1,A,2025-02-01,30,10.00\n");
        writeFile(dir.filePath(QStringLiteral("payments.csv")),
            "ref,customer_ref,date,amount,method\nP1,A,2025-02-02,5.00,cash\nLATE,B,2025-02-03,5.00,cash\n");
        const ImportReport report = InterchangeImporter(book.ledger()).importFolder(dir.path());
        QCOMPARE(report.problems.size(), 1);
        QVERIFY2(report.problems.first().message.contains(QStringLiteral("payments.csv line 3")),
            qPrintable(report.problems.first().message));
        QCOMPARE(report.customers, 0);
        QVERIFY(!book.db().inTransaction());
        QCOMPARE(snapshot(book.db()), before);
    }

    void checksEverythingBeforeWriting()
    {
        // Problems in several files are all reported, in file order, in one run.
        TestBook book;
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("customers.csv")), "ref,name,email\nA,Ann,ann\nB,,\n");
        writeFile(dir.filePath(QStringLiteral("debts.csv")),
            "ref,customer_ref,issue_date,terms_days,amount\nD1,A,2025-02-30,30,-1\n");
        writeFile(dir.filePath(QStringLiteral("payments.csv")),
            "ref,customer_ref,date,amount,method\nP1,Z,2025-02-02,5.00,barter\n");
        const ImportReport report = InterchangeImporter(book.ledger()).importFolder(dir.path());
        const QStringList expected{
            QStringLiteral("customers.csv:2:email: “ann” is not an e-mail address: it needs one @ with text on each "
                           "side."),
            QStringLiteral("customers.csv:3:name: A value is required."),
            QStringLiteral("debts.csv:2:issue_date: 2025-02-30 is not a date that exists."),
            QStringLiteral("debts.csv:2:amount: The amount must not be negative."),
            QStringLiteral("payments.csv:2:customer_ref: No customer “Z” in customers.csv or in the book."),
            QStringLiteral("payments.csv:2:method: “barter” is not a payment method; use cash, card, bank_transfer, "
                           "cheque or mobile_money.")
        };
        QCOMPARE(reportLines(report), expected);
        QCOMPARE(book.ledger().customerCount(), qint64(0));
    }
};

QTEST_GUILESS_MAIN(InterchangeImportTest)
#include "interchange_import_test.moc"
