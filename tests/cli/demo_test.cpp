// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/cli_runner.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace recoup::test;

class DemoCliTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void makesAVerifiedBook();
    void sameSeedSameBooks();
    void neverOverwrites();
    void badOptions_data();
    void badOptions();
    void otherCurrency();

private:
    QStringList demo(const QString &name, const QStringList &options = {}) const
    {
        return QStringList{ QStringLiteral("demo"), m_dir.filePath(name) } + options;
    }
    QTemporaryDir m_dir;
};

void DemoCliTest::initTestCase()
{
    QVERIFY2(QFile::exists(qEnvironmentVariable("RECOUP_CLI")), "RECOUP_CLI is not set");
}

void DemoCliTest::makesAVerifiedBook()
{
    const CliRun run = cli(demo(QStringLiteral("a.recoup"),
        { QStringLiteral("--customers"), QStringLiteral("40"), QStringLiteral("--seed"), QStringLiteral("5"),
            QStringLiteral("--today"), QStringLiteral("2026-03-14"), QStringLiteral("--currency"),
            QStringLiteral("USD") }));
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(QRegularExpression(QStringLiteral("^Made the demo book .*a\\.recoup \\(currency USD\\): 40 customers, "
                                               "\\d+ sales, \\d+ payments, \\d+ reversals\\.\n"
                                               "Collections: \\d+ contacts logged, \\d+ promises to pay, \\d+ "
                                               "disputes, \\d+ worklist tasks done, \\d+ late fees charged\\.\n$"))
                 .match(run.text())
                 .hasMatch(),
        qPrintable(run.text()));
    const CliRun verified = cli({ QStringLiteral("verify"), m_dir.filePath(QStringLiteral("a.recoup")) });
    QCOMPARE(verified.exitCode, 0);
    QVERIFY(verified.text().startsWith(QLatin1String("OK: 40 customers")));
}

void DemoCliTest::sameSeedSameBooks()
{
    const QStringList options{ QStringLiteral("--customers"), QStringLiteral("25"), QStringLiteral("--seed"),
        QStringLiteral("9"), QStringLiteral("--today"), QStringLiteral("2026-03-14") };
    QCOMPARE(cli(demo(QStringLiteral("s1.recoup"), options)).exitCode, 0);
    QCOMPARE(cli(demo(QStringLiteral("s2.recoup"), options)).exitCode, 0);
    QStringList other = options;
    other[3] = QStringLiteral("10");
    QCOMPARE(cli(demo(QStringLiteral("s3.recoup"), other)).exitCode, 0);
    auto aging = [this](const QString &name) {
        return cli({ QStringLiteral("aging"), m_dir.filePath(name), QStringLiteral("--as-of"),
                       QStringLiteral("2026-03-14"), QStringLiteral("--format"), QStringLiteral("csv") })
            .out;
    };
    QCOMPARE(aging(QStringLiteral("s1.recoup")), aging(QStringLiteral("s2.recoup")));
    QVERIFY(aging(QStringLiteral("s1.recoup")) != aging(QStringLiteral("s3.recoup")));
}

void DemoCliTest::neverOverwrites()
{
    const QStringList options{ QStringLiteral("--customers"), QStringLiteral("3") };
    QCOMPARE(cli(demo(QStringLiteral("once.recoup"), options)).exitCode, 0);
    QFile file(m_dir.filePath(QStringLiteral("once.recoup")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();
    const CliRun again = cli(demo(QStringLiteral("once.recoup"), options));
    QCOMPARE(again.exitCode, 1);
    QVERIFY(!again.err.isEmpty());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
}

void DemoCliTest::badOptions_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::newRow("customers words") << QStringList{ QStringLiteral("--customers"), QStringLiteral("many") };
    QTest::newRow("customers negative") << QStringList{ QStringLiteral("--customers"), QStringLiteral("-3") };
    QTest::newRow("seed") << QStringList{ QStringLiteral("--seed"), QStringLiteral("x1") };
    QTest::newRow("today") << QStringList{ QStringLiteral("--today"), QStringLiteral("2026-13-01") };
    QTest::newRow("currency") << QStringList{ QStringLiteral("--currency"), QStringLiteral("DOLLARS") };
}

void DemoCliTest::badOptions()
{
    QFETCH(QStringList, options);
    const CliRun run = cli(demo(QStringLiteral("bad.recoup"), options));
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.startsWith(QLatin1String("recoup-cli demo: ")));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("bad.recoup"))));
}

void DemoCliTest::otherCurrency()
{
    const CliRun run = cli(demo(QStringLiteral("yen.recoup"),
        { QStringLiteral("--customers"), QStringLiteral("10"), QStringLiteral("--currency"), QStringLiteral("JPY"),
            QStringLiteral("--today"), QStringLiteral("2026-03-14") }));
    QCOMPARE(run.exitCode, 0);
    const CliRun aging = cli({ QStringLiteral("aging"), m_dir.filePath(QStringLiteral("yen.recoup")),
        QStringLiteral("--as-of"), QStringLiteral("2026-03-14"), QStringLiteral("--format"), QStringLiteral("csv") });
    QCOMPARE(aging.exitCode, 0);
    // Whole yen: no decimal point anywhere in the amounts.
    QVERIFY(!aging.out.contains('.'));
}

QTEST_GUILESS_MAIN(DemoCliTest)
#include "demo_test.moc"
