// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/cli_runner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace recoup::test;

namespace {

/// Writes an interchange folder big enough that its import takes a while:
/// customers, each with sales and a payment.
void writeDataset(const QString &dir, int customers, int salesEach)
{
    QDir().mkpath(dir);
    QFile c(dir + QStringLiteral("/customers.csv"));
    QFile d(dir + QStringLiteral("/debts.csv"));
    QFile p(dir + QStringLiteral("/payments.csv"));
    QVERIFY(c.open(QIODevice::WriteOnly) && d.open(QIODevice::WriteOnly) && p.open(QIODevice::WriteOnly));
    c.write("ref,name\n");
    d.write("ref,customer_ref,issue_date,terms_days,amount\n");
    p.write("ref,customer_ref,date,amount,method\n");
    for (int i = 0; i < customers; ++i) {
        c.write(QStringLiteral("C%1,Customer %1\n").arg(i).toUtf8());
        for (int s = 0; s < salesEach; ++s)
            d.write(QStringLiteral("D%1-%2,C%1,2025-%3-10,30,%4.25\n")
                        .arg(i)
                        .arg(s)
                        .arg(1 + s % 12, 2, 10, QLatin1Char('0'))
                        .arg(10 + (i * 7 + s) % 900)
                        .toUtf8());
        p.write(QStringLiteral("P%1,C%1,2025-12-20,15.00,cash\n").arg(i).toUtf8());
    }
}

/// A new book in dir with the seed dataset imported; empty if that failed.
QString seededBook(const QTemporaryDir &dir)
{
    const QString book = dir.filePath(QStringLiteral("shop.recoup"));
    if (cli({ QStringLiteral("init"), book, QStringLiteral("--currency"), QStringLiteral("USD") }).exitCode != 0
        || cli({ QStringLiteral("import"), book, QStringLiteral(RECOUP_TEST_DATA "/interchange/seed") }).exitCode != 0)
        return {};
    return book;
}

} // namespace

/// An import and the other programs on the same book. With another program
/// reading, readers never wait for the writer: `balance` answers from the last
/// committed state while another process imports. With the book to itself, the
/// import writes the file directly (Database::Journal::DirectWhenAlone), and a
/// kill halfway leaves the book as it was.
class ConcurrentReadTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void balanceAnswersDuringALongImport();
    void anImportAloneKilledHalfwayLeavesTheBookAsItWas();
};

void ConcurrentReadTest::initTestCase()
{
    QVERIFY2(QFile::exists(qEnvironmentVariable("RECOUP_CLI")), "RECOUP_CLI is not set");
}

void ConcurrentReadTest::balanceAnswersDuringALongImport()
{
    QTemporaryDir dir;
    const QString book = seededBook(dir);
    QVERIFY(!book.isEmpty());
    const QString data = dir.filePath(QStringLiteral("big"));
    writeDataset(data, 10000, 5);

    // A connection that only asks whether the write lock is taken (it never waits).
    QSqlDatabase probe = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
    probe.setDatabaseName(book);
    probe.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
    QVERIFY(probe.open());
    const auto importIsWriting = [&probe] {
        QSqlQuery query(probe);
        if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return true;
        query.exec(QStringLiteral("ROLLBACK"));
        return false;
    };

    QProcess import;
    import.start(qEnvironmentVariable("RECOUP_CLI"), { QStringLiteral("import"), book, data });
    QVERIFY(import.waitForStarted());
    // The import reads and checks its files first, then writes in one transaction.
    while (!import.waitForFinished(20) && !importIsWriting()) { }

    // QProcess learns that its process ended only when asked (no event loop runs here).
    const auto importRunning = [&import] { return !import.waitForFinished(0) && import.state() == QProcess::Running; };
    int answered = 0;
    int answeredWhileWriting = 0;
    while (importRunning()) {
        const CliRun balance = cli({ QStringLiteral("balance"), book });
        QVERIFY2(balance.exitCode == 0, qPrintable(balance.err));
        QVERIFY2(balance.text().contains(QLatin1String("TOTAL")), balance.out.constData());
        ++answered;
        // The lock was taken before this balance started and is still taken
        // after it answered: it ran wholly while the import was writing.
        if (importRunning() && importIsWriting())
            ++answeredWhileWriting;
    }
    import.waitForFinished(-1);
    QVERIFY2(import.exitCode() == 0, import.readAllStandardError().constData());
    qInfo(
        "%d balances answered, %d of them wholly while the import held the write lock", answered, answeredWhileWriting);
    QVERIFY(answeredWhileWriting > 0);

    // And after it, the import is all there.
    const CliRun after
        = cli({ QStringLiteral("balance"), book, QStringLiteral("--customer"), QStringLiteral("C9999") });
    QCOMPARE(after.exitCode, 0);
    probe.close();
    probe = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("probe"));
}

void ConcurrentReadTest::anImportAloneKilledHalfwayLeavesTheBookAsItWas()
{
    QTemporaryDir dir;
    const QString book = seededBook(dir);
    QVERIFY(!book.isEmpty());
    // More than SQLite's cache for an import holds (64 MiB): pages go into the
    // book file long before the commit.
    const QString data = dir.filePath(QStringLiteral("big"));
    writeDataset(data, 20000, 6);
    // One answer from the book, by a connection opened and closed for it.
    const auto ask = [&book](const QString &sql) {
        QVariant answer;
        {
            QSqlDatabase look = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("look"));
            look.setDatabaseName(book);
            if (look.open()) {
                QSqlQuery query(look);
                if (query.exec(sql) && query.next())
                    answer = query.value(0);
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("look"));
        return answer;
    };
    const QByteArray balanceBefore = cli({ QStringLiteral("balance"), book }).out;
    const int customersBefore = ask(QStringLiteral("SELECT count(*) FROM customers")).toInt();
    QVERIFY(customersBefore > 0);

    // Nothing else has the book open: the import leaves the WAL, keeps what it
    // changes in a rollback journal, and writes pages into the book itself.
    const QString journal = book + QStringLiteral("-journal");
    const qint64 sizeBefore = QFileInfo(book).size();
    const auto writingIntoTheBook = [&] { return QFileInfo::exists(journal) && QFileInfo(book).size() > sizeBefore; };
    QProcess import;
    import.start(qEnvironmentVariable("RECOUP_CLI"), { QStringLiteral("import"), book, data });
    QVERIFY(import.waitForStarted());
    while (!writingIntoTheBook() && !import.waitForFinished(1)) { }
    QVERIFY2(writingIntoTheBook(), "the import never wrote into the book directly");
    import.kill(); // SIGKILL, in the middle of the transaction
    QVERIFY(import.waitForFinished(-1));
    QCOMPARE(import.exitStatus(), QProcess::CrashExit);
    QVERIFY(QFileInfo::exists(journal));

    // The next program to open the book undoes the half-written import from
    // the journal, and the book is in WAL again.
    const CliRun after = cli({ QStringLiteral("balance"), book });
    QVERIFY2(after.exitCode == 0, qPrintable(after.err));
    QCOMPARE(after.out, balanceBefore);
    const CliRun verify = cli({ QStringLiteral("verify"), book });
    QVERIFY2(verify.exitCode == 0, qPrintable(verify.err + verify.text()));
    QVERIFY(!QFileInfo::exists(journal));
    QCOMPARE(ask(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(ask(QStringLiteral("SELECT count(*) FROM customers")).toInt(), customersBefore);

    // Imported again, undisturbed: all of it, no journal left, and in WAL.
    const CliRun again = cli({ QStringLiteral("import"), book, data });
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QVERIFY(!QFileInfo::exists(journal));
    QCOMPARE(ask(QStringLiteral("SELECT count(*) FROM customers")).toInt(), customersBefore + 20000);
    QCOMPARE(ask(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
}

QTEST_GUILESS_MAIN(ConcurrentReadTest)
#include "concurrent_read_test.moc"
