// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
    QString text() const { return QString::fromUtf8(out); }
};

// Runs the real recoup-cli binary.
Run cli(const QStringList &arguments)
{
    QProcess process;
    process.start(qEnvironmentVariable("RECOUP_CLI"), arguments);
    if (!process.waitForFinished(240000))
        qFatal("recoup-cli did not finish");
    Run run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString example(const QString &name)
{
    return QStringLiteral(RECOUP_FORMAT_EXAMPLES "/") + name;
}

// A book with the interchange example in it.
QString exampleBook(const QTemporaryDir &dir)
{
    const QString book = dir.filePath(QStringLiteral("example.recoup"));
    if (cli({ QStringLiteral("init"), book, QStringLiteral("--currency"), QStringLiteral("USD") }).exitCode != 0)
        qFatal("init failed");
    const Run imported = cli({ QStringLiteral("import"), book, example(QStringLiteral("small")) });
    if (imported.exitCode != 0)
        qFatal("import failed: %s", qPrintable(imported.err));
    return book;
}

} // namespace

class BalanceCliTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyCustomerAndTheTotal();
    void asOfADateTiesToTheAging();
    void oneCustomer();
    void unknownCustomer();
    void badDate();
    void emptyBook();

private:
    QTemporaryDir m_dir;
    QString m_book;
};

void BalanceCliTest::initTestCase()
{
    QVERIFY2(QFile::exists(qEnvironmentVariable("RECOUP_CLI")), "RECOUP_CLI is not set");
    m_book = exampleBook(m_dir);
}

void BalanceCliTest::everyCustomerAndTheTotal()
{
    const Run run = cli({ QStringLiteral("balance"), m_book });
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QString());
    const QStringList lines = run.text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + 12 + 1);
    QVERIFY(lines.at(1).startsWith(QLatin1String("R0000  Chen Wu")));
    QVERIFY(lines.at(7).contains(QStringLiteral("Émile Rossi, Jr.")));
    QVERIFY(lines.at(11).endsWith(QLatin1String("-439.61")));
    QVERIFY(lines.last().contains(QLatin1String("TOTAL")));
    QVERIFY2(lines.last().endsWith(QLatin1String("46545.91")), qPrintable(lines.last()));
}

void BalanceCliTest::asOfADateTiesToTheAging()
{
    for (const auto &[date, total] : { std::pair{ "2025-12-31", "35690.99" }, std::pair{ "2026-06-30", "40335.75" } }) {
        const Run run = cli({ QStringLiteral("balance"), m_book, QStringLiteral("--as-of"), QLatin1String(date) });
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(lines.last().endsWith(QLatin1String(total)), qPrintable(lines.last()));
    }
}

void BalanceCliTest::oneCustomer()
{
    const Run run = cli({ QStringLiteral("balance"), m_book, QStringLiteral("--customer"), QStringLiteral("R0001"),
        QStringLiteral("--as-of"), QStringLiteral("2025-12-31") });
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(1), QStringLiteral("R0001  Hana Ng   -236.97"));
}

void BalanceCliTest::unknownCustomer()
{
    const Run run = cli({ QStringLiteral("balance"), m_book, QStringLiteral("--customer"), QStringLiteral("NOPE") });
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err, QStringLiteral("recoup-cli balance: there is no customer with the reference “NOPE”.\n"));
    QVERIFY(run.out.isEmpty());
}

void BalanceCliTest::badDate()
{
    const Run run = cli({ QStringLiteral("balance"), m_book, QStringLiteral("--as-of"), QStringLiteral("31/12/2025") });
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QLatin1String("is not a date written YYYY-MM-DD")), qPrintable(run.err));
    QCOMPARE(cli({ QStringLiteral("balance") }).exitCode, 2);
    QCOMPARE(cli({ QStringLiteral("balance"), m_dir.filePath(QStringLiteral("none.recoup")) }).exitCode, 1);
}

void BalanceCliTest::emptyBook()
{
    const QString book = m_dir.filePath(QStringLiteral("empty.recoup"));
    QCOMPARE(cli({ QStringLiteral("init"), book, QStringLiteral("--currency"), QStringLiteral("JPY") }).exitCode, 0);
    const Run run = cli({ QStringLiteral("balance"), book });
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.last().contains(QLatin1String("TOTAL")));
    QVERIFY(lines.last().endsWith(QLatin1String(" 0")));
}

QTEST_GUILESS_MAIN(BalanceCliTest)
#include "balance_test.moc"
