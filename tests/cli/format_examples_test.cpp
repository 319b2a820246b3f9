// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/cli_runner.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace recoup::test;

/// The interchange format's own examples: init, import small/, and the aging
/// export as of each example date must be the expected file, byte for byte.
class FormatExamplesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void agingMatchesTheExample_data();
    void agingMatchesTheExample();

private:
    QTemporaryDir m_dir;
    QString m_book;
};

void FormatExamplesTest::initTestCase()
{
    QVERIFY2(QFile::exists(qEnvironmentVariable("RECOUP_CLI")), "RECOUP_CLI is not set");
    QVERIFY(QFile::exists(example(QStringLiteral("small/customers.csv"))));
    m_book = exampleBook(m_dir);
}

void FormatExamplesTest::agingMatchesTheExample_data()
{
    QTest::addColumn<QString>("asOf");
    QTest::newRow("2025-12-31") << QStringLiteral("2025-12-31");
    QTest::newRow("2026-06-30") << QStringLiteral("2026-06-30");
}

void FormatExamplesTest::agingMatchesTheExample()
{
    QFETCH(QString, asOf);
    const CliRun run = cli({ QStringLiteral("aging"), m_book, QStringLiteral("--as-of"), asOf,
        QStringLiteral("--format"), QStringLiteral("csv") });
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
    QFile expected(example(QStringLiteral("small-aging-%1.csv").arg(asOf)));
    QVERIFY(expected.open(QIODevice::ReadOnly));
    const QByteArray want = expected.readAll();
    if (run.out != want) {
        // Show the first line that differs, not two walls of text.
        const QList<QByteArray> got = run.out.split('\n');
        const QList<QByteArray> exp = want.split('\n');
        for (qsizetype i = 0; i < std::max(got.size(), exp.size()); ++i)
            QCOMPARE(QString::fromUtf8(got.value(i)), QString::fromUtf8(exp.value(i)));
    }
    QCOMPARE(run.out, want);
}

QTEST_GUILESS_MAIN(FormatExamplesTest)
#include "format_examples_test.moc"
