// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "collections/document_register.h"
#include "ledger/business_details.h"
#include "support/cli_runner.h"
#include "support/pdf_reader.h"
#include "support/test_book.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace recoup;
using namespace recoup::test;

class StatementsCliTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY2(QFile::exists(qEnvironmentVariable("RECOUP_CLI")), "RECOUP_CLI is not set");
        m_book = std::make_unique<TestBook>(QStringLiteral("EUR"));
        BusinessDetails business = BusinessDetails::load(m_book->db());
        business.setValue(BusinessDetails::Name, QStringLiteral("Ferretería Sol"));
        business.setValue(BusinessDetails::Address, QStringLiteral("Calle Mayor 4\n28013 Madrid"));
        business.setValue(BusinessDetails::Iban, QStringLiteral("ES91 2100 0418 4502 0005 1332"));
        business.setValue(BusinessDetails::Bic, QStringLiteral("CAIXESBBXXX"));
        business.setValue(BusinessDetails::Country, QStringLiteral("ES"));
        QVERIFY(business.save(m_book->ledger()));
        CustomerInput ana;
        ana.ref = QStringLiteral("C1");
        ana.name = QStringLiteral("Ana Roux");
        ana.address = QStringLiteral("Calle Luna 7\n28004 Madrid");
        auto anaId = m_book->ledger().addCustomer(ana);
        QVERIFY(anaId);
        const qint64 s1
            = m_book->sale(anaId.value(), QStringLiteral("100.00"), QDate(2026, 1, 5), 30, QStringLiteral("S1"));
        m_book->sale(anaId.value(), QStringLiteral("50.00"), QDate(2026, 2, 10), 30, QStringLiteral("S2"));
        m_book->pay(anaId.value(), QStringLiteral("40.00"), QDate(2026, 2, 20), s1);
        const qint64 bob = m_book->customer(QStringLiteral("Bob Stone"), QStringLiteral("C2"));
        m_book->sale(bob, QStringLiteral("10.00"), QDate(2026, 1, 2), 10, QStringLiteral("B1"));
        m_book->pay(bob, QStringLiteral("10.00"), QDate(2026, 1, 20));
        const qint64 cara = m_book->customer(QStringLiteral("Cara Lind"), QStringLiteral("C3"));
        m_book->pay(cara, QStringLiteral("20.00"), QDate(2026, 2, 3));
        m_path = m_book->path();
        m_book->close();
    }

    void openItemStatementsOnePerCustomerWithABalance()
    {
        QTemporaryDir out;
        const CliRun run
            = cli({ QStringLiteral("statements"), m_path, QStringLiteral("--period"), QStringLiteral("2026-02"),
                QStringLiteral("--type"), QStringLiteral("open-item"), QStringLiteral("--out"), out.path() });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.text().contains(QStringLiteral("2 statement(s) as of 2026-02-28")), qPrintable(run.text()));
        const QStringList files = QDir(out.path()).entryList(QDir::Files, QDir::Name);
        QCOMPARE(files,
            QStringList({ QStringLiteral("statement-C1-2026-02.pdf"), QStringLiteral("statement-C3-2026-02.pdf") }));
        const QString text = flat(pdfText(QDir(out.path()).filePath(files.first())));
        for (const QString &expected : { QStringLiteral("Ferretería Sol"), QStringLiteral("STATEMENT"),
                 QStringLiteral("Open items"), QStringLiteral("28 February 2026"), QStringLiteral("Ana Roux"),
                 QStringLiteral("Calle Luna 7"), QStringLiteral("S1"), QStringLiteral("S2"), QStringLiteral("60.00"),
                 QStringLiteral("110.00 EUR"), QStringLiteral("24"), QStringLiteral("REMITTANCE SLIP"),
                 QStringLiteral("ES91 2100 0418 4502 0005 1332"), QStringLiteral("C1/2026-02"),
                 QStringLiteral("Scan with your banking app") })
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in: ") + text));
        const QString cara = flat(pdfText(QDir(out.path()).filePath(files.last())));
        QVERIFY2(cara.contains(QStringLiteral("Your credit")) && cara.contains(QStringLiteral("20.00 EUR")),
            qPrintable(cara));
        QCOMPARE(pdfPageSize(QDir(out.path()).filePath(files.first())).toSize(), QSize(595, 842));

        // Every file is in the register, byte for byte.
        CliRun listed = cli({ QStringLiteral("register"), m_path });
        QCOMPARE(listed.exitCode, 0);
        QVERIFY(listed.text().contains(QStringLiteral("statement-C1-2026-02.pdf")));
        CliRun verified = cli({ QStringLiteral("register"), m_path, QStringLiteral("--verify"), out.path() });
        QCOMPARE(verified.exitCode, 0);
        QVERIFY2(verified.text().contains(QStringLiteral("2 file(s) match the register, 0 do not.")),
            qPrintable(verified.text()));
        // A statement changed after it was sent is found out.
        QFile changed(QDir(out.path()).filePath(files.first()));
        QVERIFY(changed.open(QIODevice::Append));
        changed.write("\n");
        changed.close();
        verified = cli({ QStringLiteral("register"), m_path, QStringLiteral("--verify"), out.path() });
        QCOMPARE(verified.exitCode, 1);
        QVERIFY2(
            verified.text().contains(QStringLiteral("UNKNOWN  statement-C1-2026-02.pdf")), qPrintable(verified.text()));
    }

    void balanceForwardAndActivity()
    {
        QTemporaryDir out;
        CliRun run = cli({ QStringLiteral("statements"), m_path, QStringLiteral("--period"), QStringLiteral("2026-02"),
            QStringLiteral("--type"), QStringLiteral("balance-forward"), QStringLiteral("--out"), out.path(),
            QStringLiteral("--customer"), QStringLiteral("C1") });
        QCOMPARE(run.exitCode, 0);
        QString text = flat(pdfText(QDir(out.path()).filePath(QStringLiteral("statement-C1-2026-02.pdf"))));
        for (const QString &expected :
            { QStringLiteral("Balance forward"), QStringLiteral("100.00"), QStringLiteral("150.00"),
                QStringLiteral("40.00"), QStringLiteral("Closing balance"), QStringLiteral("110.00") })
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in: ") + text));

        QTemporaryDir activity;
        run = cli({ QStringLiteral("statements"), m_path, QStringLiteral("--period"), QStringLiteral("2026-02"),
            QStringLiteral("--type"), QStringLiteral("activity"), QStringLiteral("--out"), activity.path(),
            QStringLiteral("--one-file") });
        QCOMPARE(run.exitCode, 0);
        const QString file = QDir(activity.path()).filePath(QStringLiteral("statements-2026-02-activity.pdf"));
        QVERIFY(QFile::exists(file));
        QCOMPARE(QDir(activity.path()).entryList(QDir::Files).size(), 1);
        QVERIFY(pdfPageCount(file) >= 2);
        text = flat(pdfText(file));
        for (const QString &expected : { QStringLiteral("Account activity"), QStringLiteral("Applied to S1"),
                 QStringLiteral("Totals of the period"), QStringLiteral("Ana Roux"), QStringLiteral("Cara Lind") })
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in: ") + text));
        QVERIFY(!text.contains(QStringLiteral("Bob Stone")));
        const CliRun verified
            = cli({ QStringLiteral("register"), m_path, QStringLiteral("--verify"), activity.path() });
        QCOMPARE(verified.exitCode, 0);
    }

    void refusals()
    {
        QTemporaryDir out;
        const QStringList base{ QStringLiteral("statements"), m_path, QStringLiteral("--out"), out.path() };
        CliRun run = cli(base + QStringList{ QStringLiteral("--period"), QStringLiteral("2026-2") });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("YYYY-MM")), qPrintable(run.err));
        run = cli(base
            + QStringList{ QStringLiteral("--period"), QStringLiteral("2026-02"), QStringLiteral("--type"),
                QStringLiteral("summary") });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("open-item, balance-forward or activity")), qPrintable(run.err));
        run = cli(base
            + QStringList{ QStringLiteral("--period"), QStringLiteral("2026-02"), QStringLiteral("--customer"),
                QStringLiteral("C9") });
        QCOMPARE(run.exitCode, 1);
        run = cli({ QStringLiteral("statements"), m_path, QStringLiteral("--period"), QStringLiteral("2026-02") });
        QCOMPARE(run.exitCode, 2);
        QVERIFY(QDir(out.path()).entryList(QDir::Files).isEmpty());
        const CliRun empty = cli({ QStringLiteral("register"), m_path });
        QVERIFY2(empty.text().contains(QStringLiteral("Nothing was sent yet.")), qPrintable(empty.text()));
    }

private:
    std::unique_ptr<TestBook> m_book;
    QString m_path;
};

QTEST_GUILESS_MAIN(StatementsCliTest)
#include "statements_cli_test.moc"
