// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/interchange_validator.h"
#include "support/file_digest.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &arguments)
{
    QProcess process;
    process.start(qEnvironmentVariable("RECOUP_CLI"), arguments);
    if (!process.waitForFinished(120000))
        qFatal("recoup-cli did not finish");
    Run run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString data(const QString &name)
{
    return QStringLiteral(RECOUP_TEST_DATA "/interchange/") + name;
}

QString example(const QString &name)
{
    return QStringLiteral(RECOUP_FORMAT_EXAMPLES "/") + name;
}

} // namespace

class ImportCliTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY2(QFile::exists(qEnvironmentVariable("RECOUP_CLI")), "RECOUP_CLI is not set"); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_book = m_dir->filePath(QStringLiteral("book.recoup"));
        const Run made = cli({ QStringLiteral("init"), m_book, QStringLiteral("--currency"), QStringLiteral("USD") });
        QCOMPARE(made.exitCode, 0);
    }

    void importsTheExample()
    {
        const Run run = cli({ QStringLiteral("import"), m_book, example(QStringLiteral("small")) });
        QCOMPARE(run.err, QString());
        QCOMPARE(run.out, QStringLiteral("Imported 12 customers, 54 debts, 28 payments.\n"));
        QCOMPARE(run.exitCode, 0);
        // The same dataset again: every ref is now in the book, nothing is written.
        const QByteArray before = recoup::test::fileDigest(m_book);
        const Run again = cli({ QStringLiteral("import"), m_book, example(QStringLiteral("small")) });
        QCOMPARE(again.exitCode, 1);
        QCOMPARE(again.out, QString());
        const QStringList lines = again.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 12 + 54 + 28);
        QCOMPARE(lines.first(), QStringLiteral("customers.csv:2:ref: “R0000” is already in the book."));
        QCOMPARE(lines.last(), QStringLiteral("payments.csv:29:ref: “R0011-P0” is already in the book."));
        QCOMPARE(recoup::test::fileDigest(m_book), before);
    }

    void reportsEveryProblemAndWritesNothing()
    {
        QCOMPARE(cli({ QStringLiteral("import"), m_book, data(QStringLiteral("seed")) }).exitCode, 0);
        const QByteArray before = recoup::test::fileDigest(m_book);
        QVERIFY(!before.isEmpty());
        const Run run = cli({ QStringLiteral("import"), m_book, data(QStringLiteral("ref-debt")) });
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.out, QString());
        QCOMPARE(run.err,
            QStringLiteral("payments.csv:2:debt_ref: No debt “NO-SUCH-DEBT” in debts.csv or in the book.\n"
                           "payments.csv:3:debt_ref: The debt “GD1” is customer “G1”'s, not “G2”'s.\n"
                           "payments.csv:4:debt_ref: The debt “GD1” was issued on 2025-02-10, after the "
                           "payment's date 2025-02-09.\n"
                           "payments.csv:5:debt_ref: The debt “BOOK-D1” is customer “BOOK-C1”'s, not “G1”'s.\n"
                           "payments.csv:6:debt_ref: The debt “BOOK-D1” was issued on 2025-01-10, after the "
                           "payment's date 2025-01-05.\n"));
        QCOMPARE(recoup::test::fileDigest(m_book), before);
        QVERIFY(
            !QFile::exists(m_book + QStringLiteral("-wal")) || QFileInfo(m_book + QStringLiteral("-wal")).size() == 0);
    }

    void warnsAboutOtherFiles()
    {
        const Run run = cli({ QStringLiteral("import"), m_book, data(QStringLiteral("valid-text")) });
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QStringLiteral("Imported 4 customers, 2 debts, 1 payments.\n"));
        QCOMPARE(run.err,
            QStringLiteral("notes.csv:-:-: warning: not a file of the interchange format (customers.csv, "
                           "debts.csv, payments.csv); it was not read.\n"));
    }

    void folderWithoutKnownFiles()
    {
        const QString folder = data(QStringLiteral("no-known-file"));
        const Run run = cli({ QStringLiteral("import"), m_book, folder });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.endsWith(folder
                     + QStringLiteral(":-:-: No customers.csv, debts.csv or payments.csv in the folder "
                                      "“no-known-file”.\n")),
            qPrintable(run.err));
        const QString missing = m_dir->filePath(QStringLiteral("nowhere"));
        const Run none = cli({ QStringLiteral("import"), m_book, missing });
        QCOMPARE(none.exitCode, 1);
        QCOMPARE(none.err, missing + QStringLiteral(":-:-: There is no folder “%1”.\n").arg(missing));
    }

    // DIR must be a folder; what else it is, is said plainly.
    void folderThatIsNotAFolder()
    {
        const QString file = m_dir->filePath(QStringLiteral("passwd"));
        QVERIFY(QFile::copy(QStringLiteral("/etc/passwd"), file));
        const Run run = cli({ QStringLiteral("import"), m_book, file });
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err,
            QStringLiteral("%1:-:-: “%1” is a file, not a folder: give the folder that holds customers.csv, "
                           "debts.csv or payments.csv.\n")
                .arg(file));

        const QString zero = m_dir->filePath(QStringLiteral("zero"));
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), zero));
        const Run device = cli({ QStringLiteral("import"), m_book, zero });
        QCOMPARE(device.exitCode, 1);
        QCOMPARE(device.err,
            QStringLiteral("%1:-:-: “%1” is not a folder but a device, a pipe or another special file: give the "
                           "folder that holds customers.csv, debts.csv or payments.csv.\n")
                .arg(zero));
    }

    // A customers.csv that is not an ordinary file is refused before it is
    // opened: /dev/zero never ends, a FIFO would wait for a writer forever.
    void fileThatIsNotAnOrdinaryFile_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("link to /dev/zero") << QStringLiteral("zero");
        QTest::newRow("link to /dev/null") << QStringLiteral("null");
        QTest::newRow("fifo") << QStringLiteral("fifo");
        QTest::newRow("folder") << QStringLiteral("folder");
        QTest::newRow("dangling link") << QStringLiteral("dangling");
    }

    void fileThatIsNotAnOrdinaryFile()
    {
        QFETCH(QString, kind);
        const QString folder = m_dir->filePath(QStringLiteral("dataset"));
        QVERIFY(QDir().mkpath(folder));
        const QString customers = folder + QStringLiteral("/customers.csv");
        QString expected;
        if (kind == QLatin1String("zero") || kind == QLatin1String("null")) {
            QVERIFY(QFile::link(QStringLiteral("/dev/") + kind, customers));
            expected = QStringLiteral("Not an ordinary file (a device, a pipe or a socket): the import reads only "
                                      "ordinary files.");
        } else if (kind == QLatin1String("fifo")) {
            QCOMPARE(::mkfifo(QFile::encodeName(customers).constData(), 0600), 0);
            expected = QStringLiteral("Not an ordinary file (a device, a pipe or a socket): the import reads only "
                                      "ordinary files.");
        } else if (kind == QLatin1String("folder")) {
            QVERIFY(QDir().mkpath(customers));
            expected = QStringLiteral("A folder, not a file: the import reads only ordinary files.");
        } else {
            QVERIFY(QFile::link(folder + QStringLiteral("/gone.csv"), customers));
            expected = QStringLiteral("A link to a file that does not exist (%1/gone.csv).").arg(folder);
        }
        const QByteArray before = recoup::test::fileDigest(m_book);
        const Run run = cli({ QStringLiteral("import"), m_book, folder });
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err, QStringLiteral("customers.csv:-:-: ") + expected + QLatin1Char('\n'));
        QCOMPARE(recoup::test::fileDigest(m_book), before);
    }

    // Past the stated size the files are refused before they are read, one
    // alone or together (sparse files: they cost no disk).
    void filesTooLarge()
    {
        const qint64 limit = recoup::InterchangeValidator::MaxImportBytes;
        const QString folder = m_dir->filePath(QStringLiteral("large"));
        QVERIFY(QDir().mkpath(folder));
        QFile big(folder + QStringLiteral("/debts.csv"));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(limit + 1));
        big.close();
        const QByteArray before = recoup::test::fileDigest(m_book);
        const Run run = cli({ QStringLiteral("import"), m_book, folder });
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err,
            QStringLiteral("debts.csv:-:-: The file is 128.1 MB; the import reads at most 128 MB at once. Split the "
                           "data into several folders and import them one after another.\n"));

        QVERIFY(big.resize(limit / 2 + 1));
        QFile other(folder + QStringLiteral("/payments.csv"));
        QVERIFY(other.open(QIODevice::WriteOnly));
        QVERIFY(other.resize(limit / 2));
        other.close();
        const Run together = cli({ QStringLiteral("import"), m_book, folder });
        QCOMPARE(together.exitCode, 1);
        QCOMPARE(together.err,
            QStringLiteral("%1:-:-: customers.csv, debts.csv and payments.csv are 128.1 MB together; the import "
                           "reads at most 128 MB at once. Split the data into several folders and import them one "
                           "after another.\n")
                .arg(folder));
        QCOMPARE(recoup::test::fileDigest(m_book), before);

        // At the limit exactly, they are read (and here found to be no CSV).
        QVERIFY(big.resize(limit / 2));
        const Run atLimit = cli({ QStringLiteral("import"), m_book, folder });
        QCOMPARE(atLimit.exitCode, 1);
        QVERIFY2(!atLimit.err.contains(QLatin1String("at most")), qPrintable(atLimit.err));
        QVERIFY2(atLimit.err.contains(QLatin1String("NUL byte")), qPrintable(atLimit.err));
    }

    void usageErrors()
    {
        const Run tooFew = cli({ QStringLiteral("import"), m_book });
        QCOMPARE(tooFew.exitCode, 2);
        QVERIFY(tooFew.err.contains(QLatin1String("BOOK")));
        QCOMPARE(tooFew.out, QString());
        const Run tooMany
            = cli({ QStringLiteral("import"), m_book, data(QStringLiteral("seed")), QStringLiteral("x") });
        QCOMPARE(tooMany.exitCode, 2);
        const Run badOption
            = cli({ QStringLiteral("import"), QStringLiteral("--frobnicate"), m_book, data(QStringLiteral("seed")) });
        QCOMPARE(badOption.exitCode, 2);
        const Run help = cli({ QStringLiteral("import"), QStringLiteral("--help") });
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QLatin1String("DIR")));
        QVERIFY(cli({ QStringLiteral("--help") }).out.contains(QLatin1String("  import ")));
    }

    void bookThatCannotBeOpened()
    {
        const QString missing = m_dir->filePath(QStringLiteral("missing.recoup"));
        const Run run = cli({ QStringLiteral("import"), missing, data(QStringLiteral("seed")) });
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.startsWith(QLatin1String("recoup-cli import: ")));
        QVERIFY(!QFile::exists(missing));

        const QString notABook = m_dir->filePath(QStringLiteral("notes.txt"));
        QFile f(notABook);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a database, just some text that is long enough to look like a file header\n");
        f.close();
        const QByteArray before = recoup::test::fileDigest(notABook);
        const Run bad = cli({ QStringLiteral("import"), notABook, data(QStringLiteral("seed")) });
        QCOMPARE(bad.exitCode, 1);
        QVERIFY(bad.err.startsWith(QLatin1String("recoup-cli import: ")));
        QCOMPARE(recoup::test::fileDigest(notABook), before);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_book;
};

QTEST_GUILESS_MAIN(ImportCliTest)
#include "import_cli_test.moc"
