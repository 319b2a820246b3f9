// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/business_details.h"
#include "messaging/smtp_settings.h"
#include "support/cli_runner.h"
#include "support/test_book.h"

#include <QFile>
#include <QTest>

using namespace recoup;
using namespace recoup::test;

class SettingsCliTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY2(QFile::exists(qEnvironmentVariable("RECOUP_CLI")), "RECOUP_CLI is not set");
        m_book = std::make_unique<TestBook>(QStringLiteral("EUR"));
        m_path = m_book->path();
        m_book->close();
    }

    void setGetAndList()
    {
        CliRun run = cli({ QStringLiteral("settings"), m_path, QStringLiteral("set"), QStringLiteral("pay_iban"),
            QStringLiteral("es91 2100 0418 4502 0005 1332") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.text().contains(QStringLiteral("pay_iban set.")), qPrintable(run.text()));
        run = cli({ QStringLiteral("settings"), m_path, QStringLiteral("set"), QStringLiteral("business_address"),
            QStringLiteral("Calle Mayor 4\n28013 Madrid") });
        QCOMPARE(run.exitCode, 0);
        run = cli({ QStringLiteral("settings"), m_path, QStringLiteral("get"), QStringLiteral("pay_iban") });
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.text(), QStringLiteral("ES9121000418450200051332\n"));
        run = cli({ QStringLiteral("settings"), m_path });
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), BusinessDetails::keys().size() + SmtpSettings::keys().size());
        QVERIFY(lines.contains(QStringLiteral("business_address\tCalle Mayor 4 | 28013 Madrid")));
        QVERIFY(lines.contains(QStringLiteral("pay_iban\tES9121000418450200051332")));
        QVERIFY(lines.contains(QStringLiteral("business_name\t")));
    }

    void theLogoComesFromAFile()
    {
        QTemporaryDir dir;
        const QString logo = dir.filePath(QStringLiteral("logo.png"));
        QFile file(logo);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(92, 'x'));
        file.close();
        CliRun run
            = cli({ QStringLiteral("settings"), m_path, QStringLiteral("set"), QStringLiteral("business_logo"), logo });
        QCOMPARE(run.exitCode, 0);
        run = cli({ QStringLiteral("settings"), m_path, QStringLiteral("get"), QStringLiteral("business_logo") });
        QCOMPARE(run.text(), QStringLiteral("PNG image, 100 bytes\n"));
        // A file that is not an image is refused; the logo stays.
        const QString text = dir.filePath(QStringLiteral("notes.txt"));
        QFile notes(text);
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("hello");
        notes.close();
        run = cli({ QStringLiteral("settings"), m_path, QStringLiteral("set"), QStringLiteral("business_logo"), text });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("PNG or JPEG")), qPrintable(run.err));
        run = cli({ QStringLiteral("settings"), m_path, QStringLiteral("get"), QStringLiteral("business_logo") });
        QCOMPARE(run.text(), QStringLiteral("PNG image, 100 bytes\n"));
        run = cli({ QStringLiteral("settings"), m_path, QStringLiteral("set"), QStringLiteral("business_logo"),
            dir.filePath(QStringLiteral("missing.png")) });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("Cannot read")), qPrintable(run.err));
    }

    void anUnknownKeyIsRefusedWithTheKnownOnes()
    {
        for (const QString &action : { QStringLiteral("get"), QStringLiteral("set") }) {
            QStringList args{ QStringLiteral("settings"), m_path, action, QStringLiteral("colour") };
            if (action == QLatin1String("set"))
                args << QStringLiteral("red");
            const CliRun run = cli(args);
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.err.contains(QStringLiteral("“colour” is not a setting")), qPrintable(run.err));
            for (const QString &key : BusinessDetails::keys())
                QVERIFY2(run.err.contains(key), qPrintable(key));
        }
    }

    void aWrongValueIsRefusedAndNothingChanges()
    {
        CliRun run = cli({ QStringLiteral("settings"), m_path, QStringLiteral("set"), QStringLiteral("business_email"),
            QStringLiteral("shop at example") });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("not an e-mail address")), qPrintable(run.err));
        run = cli({ QStringLiteral("settings"), m_path, QStringLiteral("get"), QStringLiteral("business_email") });
        QCOMPARE(run.text(), QStringLiteral("\n"));
        run = cli(
            { QStringLiteral("settings"), m_path, QStringLiteral("set"), QStringLiteral("business_name"), QString() });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("cannot be empty")), qPrintable(run.err));
    }

    void usageMistakes()
    {
        for (const QStringList &args : { QStringList{ QStringLiteral("settings") },
                 QStringList{ QStringLiteral("settings"), m_path, QStringLiteral("get") },
                 QStringList{ QStringLiteral("settings"), m_path, QStringLiteral("set"), QStringLiteral("pay_bic") },
                 QStringList{
                     QStringLiteral("settings"), m_path, QStringLiteral("delete"), QStringLiteral("pay_bic") } }) {
            const CliRun run = cli(args);
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.err.contains(QStringLiteral("give BOOK")), qPrintable(run.err));
        }
        const CliRun missing = cli({ QStringLiteral("settings"), m_path + QStringLiteral(".nope") });
        QCOMPARE(missing.exitCode, 1);
    }

private:
    std::unique_ptr<TestBook> m_book;
    QString m_path;
};

QTEST_GUILESS_MAIN(SettingsCliTest)
#include "settings_cli_test.moc"
