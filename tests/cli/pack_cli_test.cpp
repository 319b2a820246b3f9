// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "collections/collections.h"
#include "io/csv_reader.h"
#include "ledger/audit_log.h"
#include "support/cli_runner.h"
#include "support/pack_story.h"
#include "support/pdf_reader.h"
#include "support/test_book.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace recoup;
using namespace recoup::test;

namespace {

QList<QStringList> csvRows(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    CsvReader reader(file);
    CsvRecord record;
    QList<QStringList> list;
    while (reader.next(record))
        list.append(record.fields);
    return list;
}

QString sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
}

QStringList entries(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
}

} // namespace

class PackCliTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY2(QFile::exists(qEnvironmentVariable("RECOUP_CLI")), "RECOUP_CLI is not set");
        m_book = std::make_unique<TestBook>();
        PackStory::tell(*m_book);
        const auto last = m_book->ledger().audit().lastRecord();
        QVERIFY(last);
        m_headBefore = AuditLog::headText(last->first, last->second);
        m_path = m_book->path();
        m_book->close();
    }

    void thePdfAndItsCsvFiles()
    {
        const QString out = m_dir.filePath(QStringLiteral("agency"));
        const CliRun run = cli({ QStringLiteral("pack"), m_path, QStringLiteral("C1"), QStringLiteral("--as-of"),
            QStringLiteral("2026-03-14"), QStringLiteral("--out"), out });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString pdf = QDir(out).filePath(QStringLiteral("pack-C1-2026-03-14.pdf"));
        const QString csv = QDir(out).filePath(QStringLiteral("pack-C1-2026-03-14"));
        QVERIFY2(QFile::exists(pdf), qPrintable(entries(out).join(QLatin1Char(' '))));
        QVERIFY(run.text().contains(pdf));
        QCOMPARE(entries(out),
            QStringList({ QStringLiteral("pack-C1-2026-03-14"), QStringLiteral("pack-C1-2026-03-14.pdf") }));

        // The head on the paper is the chain's as the pack was made: after the
        // story, before the pack's own line in the register.
        const QString text = flat(pdfText(pdf));
        for (const QString &expected : { QStringLiteral("Corner Hardware"), QStringLiteral("ACCOUNT PACK"),
                 QStringLiteral("Ana Roux"), QStringLiteral("C1"), QStringLiteral("180.00 USD"),
                 QStringLiteral("14 March 2026"), QStringLiteral("73 days"), QStringLiteral("S1"), QStringLiteral("S2"),
                 QStringLiteral("Will pay half by the end of the month"), QStringLiteral("Maria"),
                 QStringLiteral("Broken"), QStringLiteral("The drill arrived broken"), QStringLiteral("Credit stopped"),
                 QStringLiteral("Final demand"), PackStory::finalDemandSha(),
                 QStringLiteral("Extract of the audit chain"),
                 QStringLiteral("recoup-cli verify BOOK --head ") + m_headBefore, QStringLiteral("Page 1 of ") })
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in: ") + text));
        QVERIFY2(!text.contains(QStringLiteral("Bob")), qPrintable(text));
        QVERIFY(pdfPageCount(pdf) >= 3);
        QCOMPARE(pdfPageSize(pdf).toSize(), QSize(612, 792)); // Letter for a US business

        // The head still holds against the book.
        const CliRun verify = cli({ QStringLiteral("verify"), m_path, QStringLiteral("--head"), m_headBefore });
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.err + verify.text()));

        QStringList files = entries(csv);
        files.sort();
        QCOMPARE(files,
            QStringList({ QStringLiteral("SHA256SUMS"), QStringLiteral("audit.csv"), QStringLiteral("contacts.csv"),
                QStringLiteral("disputes.csv"), QStringLiteral("documents.csv"), QStringLiteral("escalation.csv"),
                QStringLiteral("plans.csv"), QStringLiteral("promises.csv"), QStringLiteral("statement.csv"),
                QStringLiteral("summary.csv") }));
        const auto statement = csvRows(QDir(csv).filePath(QStringLiteral("statement.csv")));
        QCOMPARE(statement.size(), 3);
        QCOMPARE(statement.at(1).join(QLatin1Char('|')),
            QStringLiteral("S1|%1|2025-12-01|2025-12-31|73|120.00|100.00").arg(statement.at(1).at(1)));
        QCOMPARE(statement.at(2).mid(2).join(QLatin1Char('|')), QStringLiteral("2026-01-10|2026-02-09|33|80.00|80.00"));
        const auto contacts = csvRows(QDir(csv).filePath(QStringLiteral("contacts.csv")));
        QCOMPARE(contacts.size(), 2);
        QCOMPARE(contacts.at(1).mid(0, 7).join(QLatin1Char('|')),
            QStringLiteral(
                "2026-01-15|10:30|phone|Maria|promised|S1|Will pay half by the end of the month, \"for sure\""));
        const auto promises = csvRows(QDir(csv).filePath(QStringLiteral("promises.csv")));
        QCOMPARE(promises.size(), 2);
        QCOMPARE(promises.at(1).mid(0, 6).join(QLatin1Char('|')),
            QStringLiteral("2026-01-15|2026-01-31|60.00|0.00|broken|S1"));
        const auto disputes = csvRows(QDir(csv).filePath(QStringLiteral("disputes.csv")));
        QCOMPARE(disputes.size(), 2);
        QCOMPARE(disputes.at(1).mid(0, 5).join(QLatin1Char('|')),
            QStringLiteral("S2|80.00|The drill arrived broken|2026-02-01|open"));
        const auto documents = csvRows(QDir(csv).filePath(QStringLiteral("documents.csv")));
        QCOMPARE(documents.size(), 2);
        QCOMPARE(documents.at(1).at(4), PackStory::finalDemandSha());
        const auto summary = csvRows(QDir(csv).filePath(QStringLiteral("summary.csv")));
        QVERIFY(summary.contains(QStringList({ QStringLiteral("audit_head"), m_headBefore })));
        QVERIFY(summary.contains(QStringList({ QStringLiteral("overdue"), QStringLiteral("180.00") })));
        const auto audit = csvRows(QDir(csv).filePath(QStringLiteral("audit.csv")));
        QVERIFY(audit.size() > 8);
        QCOMPARE(audit.last().at(7).left(AuditLog::HeadHashLength), m_headBefore.section(QLatin1Char(':'), 1));
        // Each line's previous hash is the line before's when their records follow each other.
        for (int i = 2; i < audit.size(); ++i)
            if (audit.at(i).at(0).toLongLong() == audit.at(i - 1).at(0).toLongLong() + 1)
                QCOMPARE(audit.at(i).at(6), audit.at(i - 1).at(7));

        // The CSV files are what SHA256SUMS says.
        QFile sums(QDir(csv).filePath(QStringLiteral("SHA256SUMS")));
        QVERIFY(sums.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(sums.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 9);
        for (const QString &line : lines) {
            const QString name = line.section(QStringLiteral("  "), 1);
            QCOMPARE(line.left(64), sha256Of(QDir(csv).filePath(name)));
        }

        // Recorded in the register with the PDF's hash.
        const CliRun listed = cli({ QStringLiteral("register"), m_path });
        QVERIFY2(listed.text().contains(sha256Of(pdf)), qPrintable(listed.text()));
        QVERIFY2(listed.text().contains(QStringLiteral("pack")), qPrintable(listed.text()));
        const CliRun checked = cli({ QStringLiteral("register"), m_path, QStringLiteral("--verify"), out });
        QVERIFY2(checked.exitCode == 0, qPrintable(checked.text() + checked.err));

        // Made again the same day: the new pack replaces the old, nothing else is left behind.
        const CliRun again = cli({ QStringLiteral("pack"), m_path, QStringLiteral("C1"), QStringLiteral("--as-of"),
            QStringLiteral("2026-03-14"), QStringLiteral("--out"), out });
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QCOMPARE(entries(out),
            QStringList({ QStringLiteral("pack-C1-2026-03-14"), QStringLiteral("pack-C1-2026-03-14.pdf") }));
        QCOMPARE(entries(csv).size(), 10);
        QCOMPARE(registerLines(), 3);
    }

    void oneSaleOnly()
    {
        const QString out = m_dir.filePath(QStringLiteral("one"));
        const CliRun run = cli(
            { QStringLiteral("pack"), m_path, QStringLiteral("C1"), QStringLiteral("--debt"), QStringLiteral("S2"),
                QStringLiteral("--as-of"), QStringLiteral("2026-03-14"), QStringLiteral("--out"), out });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString pdf = QDir(out).filePath(QStringLiteral("pack-C1-S2-2026-03-14.pdf"));
        const QString text = flat(pdfText(pdf));
        QVERIFY2(text.contains(QStringLiteral("80.00 USD")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Sale S2")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("Will pay half")), qPrintable(text));
        QCOMPARE(csvRows(QDir(out).filePath(QStringLiteral("pack-C1-S2-2026-03-14/statement.csv"))).size(), 2);
    }

    void badInputSaysWhyAndWritesNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown customer")
            << QStringList({ QStringLiteral("C9") }) << 1 << QStringLiteral("no customer with the reference “C9”");
        QTest::newRow("another's sale") << QStringList({ QStringLiteral("C1"), QStringLiteral("--debt"),
            QStringLiteral("S3") }) << 1 << QStringLiteral("The sale S3 is not Ana Roux's");
        QTest::newRow("unknown sale") << QStringList(
            { QStringLiteral("C1"), QStringLiteral("--debt"), QStringLiteral("S9") })
                                      << 1 << QStringLiteral("no sale with the reference “S9”");
        QTest::newRow("bad date") << QStringList(
            { QStringLiteral("C1"), QStringLiteral("--as-of"), QStringLiteral("2026-02-30") })
                                  << 2 << QStringLiteral("--as-of");
        QTest::newRow("no out") << QStringList({ QStringLiteral("C1"), QStringLiteral("--out"), QString() }) << 2
                                << QStringLiteral("give BOOK CUSTOMER --out DIR");
    }

    void badInputSaysWhyAndWritesNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, status);
        QFETCH(QString, message);
        const QString out = m_dir.filePath(QStringLiteral("bad"));
        QStringList args{ QStringLiteral("pack"), m_path };
        args << arguments;
        if (!arguments.contains(QStringLiteral("--out")))
            args << QStringLiteral("--out") << out;
        const CliRun run = cli(args);
        QCOMPARE(run.exitCode, status);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("recoup-cli pack: ")), qPrintable(run.err));
        QVERIFY2(!run.err.contains(QStringLiteral("----")), qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(out));
        QCOMPARE(registerLines(), 1);
    }

    void aFolderThatCannotBeWritten()
    {
        // A folder "inside" a file can be neither made nor written, even by root.
        const QString blocker = m_dir.filePath(QStringLiteral("a-file"));
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("x");
        file.close();
        for (const QString &out : { blocker, blocker + QStringLiteral("/inside") }) {
            const CliRun run
                = cli({ QStringLiteral("pack"), m_path, QStringLiteral("C1"), QStringLiteral("--out"), out });
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.contains(QStringLiteral("folder")), qPrintable(run.err));
        }
        QCOMPARE(entries(m_dir.path()).filter(QStringLiteral("pack")).size(), 0);
        QCOMPARE(registerLines(), 1);
    }

    void longTablesKeepEachRowOnOnePage()
    {
        // Enough calls that the contact log and the audit extract run over pages.
        m_book->reopen();
        {
            Collections collections(m_book->ledger());
            const qint64 ana = m_book->ledger().reader().customerIdByRef(QStringLiteral("C1")).value();
            for (int i = 0; i < 90; ++i) {
                ContactInput call;
                call.customerId = ana;
                call.date = QDate(2026, 2, 1).addDays(i % 40);
                call.channel = Channel::Phone;
                call.outcome = ContactOutcome::NoAnswer;
                // Rows of two and three lines, so the pages' ends fall inside rows, not only between them.
                call.note = QStringLiteral("Left a message with her son, who said she would call back after the "
                                           "weekend about the two invoices")
                    + (i % 3 == 1 ? QStringLiteral("; he also said the shop's van had been seen outside their house "
                                                   "on Tuesday and asked us to call before noon")
                                  : QString());
                QVERIFY(collections.logContact(call));
            }
        }
        m_book->close();
        const QString out = m_dir.filePath(QStringLiteral("long"));
        const CliRun run = cli({ QStringLiteral("pack"), m_path, QStringLiteral("C1"), QStringLiteral("--as-of"),
            QStringLiteral("2026-03-14"), QStringLiteral("--out"), out });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString pdf = QDir(out).filePath(QStringLiteral("pack-C1-2026-03-14.pdf"));
        const int pages = pdfPageCount(pdf);
        QVERIFY(pages >= 6);
        // Each audit record's two lines (its number and hash, then the previous
        // record's hash) are on the same page, one under the other.
        const auto audit = csvRows(QDir(out).filePath(QStringLiteral("pack-C1-2026-03-14/audit.csv")));
        QVERIFY2(audit.size() > 90, qPrintable(QString::number(audit.size())));
        QStringList pageLines;
        QList<int> pageOf;
        for (int page = 1; page <= pages; ++page) {
            QProcess text;
            text.start(QStringLiteral("pdftotext"),
                { QStringLiteral("-layout"), QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                    QString::number(page), pdf, QStringLiteral("-") });
            QVERIFY(text.waitForFinished(30000));
            for (const QString &line : QString::fromUtf8(text.readAllStandardOutput()).split(QLatin1Char('\n'))) {
                if (line.trimmed().isEmpty())
                    continue;
                pageLines << line;
                pageOf << page;
            }
        }
        int checked = 0;
        for (int i = 1; i < audit.size(); ++i) {
            const QString hash = audit.at(i).at(7);
            const QString previous = audit.at(i).at(6);
            const QRegularExpression first(
                QStringLiteral("^\\s*%1\\s+\\d{4}-\\d{2}-\\d{2}.*%2").arg(audit.at(i).at(0), hash));
            const qsizetype at = pageLines.indexOf(first);
            QVERIFY2(at >= 0 && at + 1 < pageLines.size(), qPrintable(audit.at(i).at(0)));
            QVERIFY2(
                pageLines.at(at + 1).contains(previous), qPrintable(pageLines.at(at) + u'\n' + pageLines.at(at + 1)));
            QCOMPARE(pageOf.at(at + 1), pageOf.at(at));
            ++checked;
        }
        QCOMPARE(checked, audit.size() - 1);
        // Every contact's row starts and ends on one page: a note's lines,
        // from "Left a message" to its last ("…invoices" or "…noon"), stay together.
        int notes = 0;
        for (qsizetype i = 0; i < pageLines.size(); ++i) {
            if (!pageLines.at(i).contains(QStringLiteral("Left a message")))
                continue;
            ++notes;
            qsizetype last = i;
            while (last < pageLines.size() && !pageLines.at(last).trimmed().endsWith(QStringLiteral("invoices"))
                && !pageLines.at(last).trimmed().endsWith(QStringLiteral("noon")))
                ++last;
            QVERIFY2(last < pageLines.size() && last - i <= 3, qPrintable(pageLines.at(i)));
            QVERIFY2(pageOf.at(last) == pageOf.at(i), qPrintable(pageLines.at(i) + u'\n' + pageLines.at(last)));
        }
        QCOMPARE(notes, 90);
    }

    void theHelpNamesItsOptions()
    {
        const CliRun run = cli({ QStringLiteral("pack"), QStringLiteral("--help") });
        QCOMPARE(run.exitCode, 0);
        for (const char *option : { "--debt", "--as-of", "--out", "CUSTOMER", "collection agency or a court" })
            QVERIFY2(run.text().contains(QLatin1String(option)), qPrintable(run.text()));
        QVERIFY(cli({ QStringLiteral("--help") }).text().contains(QStringLiteral("pack")));
    }

private:
    int registerLines()
    {
        m_book->reopen();
        int lines = -1;
        {
            QSqlQuery q(m_book->db().connection());
            if (q.exec(QStringLiteral("SELECT count(*) FROM documents_sent")) && q.next())
                lines = q.value(0).toInt();
        }
        m_book->close();
        return lines;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<TestBook> m_book;
    QString m_path;
    QString m_headBefore;
};

QTEST_GUILESS_MAIN(PackCliTest)
#include "pack_cli_test.moc"
