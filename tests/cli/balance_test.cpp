// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/cli_runner.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace recoup::test;

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
    const CliRun run = cli({ QStringLiteral("balance"), m_book });
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
        const CliRun run = cli({ QStringLiteral("balance"), m_book, QStringLiteral("--as-of"), QLatin1String(date) });
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(lines.last().endsWith(QLatin1String(total)), qPrintable(lines.last()));
    }
}

void BalanceCliTest::oneCustomer()
{
    const CliRun run = cli({ QStringLiteral("balance"), m_book, QStringLiteral("--customer"), QStringLiteral("R0001"),
        QStringLiteral("--as-of"), QStringLiteral("2025-12-31") });
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(1), QStringLiteral("R0001  Hana Ng   -236.97"));
}

void BalanceCliTest::unknownCustomer()
{
    const CliRun run = cli({ QStringLiteral("balance"), m_book, QStringLiteral("--customer"), QStringLiteral("NOPE") });
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err, QStringLiteral("recoup-cli balance: there is no customer with the reference “NOPE”.\n"));
    QVERIFY(run.out.isEmpty());
}

void BalanceCliTest::badDate()
{
    const CliRun run
        = cli({ QStringLiteral("balance"), m_book, QStringLiteral("--as-of"), QStringLiteral("31/12/2025") });
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QLatin1String("is not a date written YYYY-MM-DD")), qPrintable(run.err));
    QCOMPARE(cli({ QStringLiteral("balance") }).exitCode, 2);
    QCOMPARE(cli({ QStringLiteral("balance"), m_dir.filePath(QStringLiteral("none.recoup")) }).exitCode, 1);
}

void BalanceCliTest::emptyBook()
{
    const QString book = m_dir.filePath(QStringLiteral("empty.recoup"));
    QCOMPARE(cli({ QStringLiteral("init"), book, QStringLiteral("--currency"), QStringLiteral("JPY") }).exitCode, 0);
    const CliRun run = cli({ QStringLiteral("balance"), book });
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.last().contains(QLatin1String("TOTAL")));
    QVERIFY(lines.last().endsWith(QLatin1String(" 0")));
}

QTEST_GUILESS_MAIN(BalanceCliTest)
#include "balance_test.moc"
