// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "collections/collections.h"
#include "ledger/business_details.h"
#include "support/cli_runner.h"
#include "support/pdf_reader.h"
#include "support/test_book.h"

#include <QFile>
#include <QTest>

using namespace recoup;
using namespace recoup::test;

class ReceiptCliTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY2(QFile::exists(qEnvironmentVariable("RECOUP_CLI")), "RECOUP_CLI is not set");
        m_book = std::make_unique<TestBook>();
        BusinessDetails business = BusinessDetails::load(m_book->db());
        business.setValue(BusinessDetails::Name, QStringLiteral("Corner Hardware"));
        business.setValue(BusinessDetails::Address, QStringLiteral("4 Baker Street\nSpringfield"));
        business.setValue(BusinessDetails::Phone, QStringLiteral("+1 555 0142"));
        business.setValue(BusinessDetails::TaxNumber, QStringLiteral("EIN 12-3456789"));
        QVERIFY(business.save(m_book->ledger()));
        // Ana owes S1 100.00 and S2 50.00, and promised 100.00 by March 31.
        const qint64 ana = m_book->customer(QStringLiteral("Ana Roux"), QStringLiteral("C1"));
        m_book->sale(ana, QStringLiteral("100.00"), QDate(2026, 1, 1), 30, QStringLiteral("S1"));
        m_book->sale(ana, QStringLiteral("50.00"), QDate(2026, 2, 1), 30, QStringLiteral("S2"));
        Collections collections(m_book->ledger());
        PromiseInput promise;
        promise.customerId = ana;
        promise.amount = 10000;
        promise.promisedOn = QDate(2026, 3, 1);
        promise.dueDate = QDate(2026, 3, 31);
        QVERIFY(collections.recordPromise(promise));
        PaymentInput first;
        first.customerId = ana;
        first.amount = 2000;
        first.date = QDate(2026, 3, 10);
        first.ref = QStringLiteral("PAY-1");
        QVERIFY(m_book->ledger().recordPayment(first));
        PaymentInput second = first;
        second.amount = 18000;
        second.date = QDate(2026, 3, 12);
        second.ref = QString();
        second.method = PaymentMethod::Card;
        second.reference = QStringLiteral("AUTH-77");
        auto saved = m_book->ledger().recordPayment(second);
        QVERIFY(saved);
        m_secondId = saved->paymentEntryId;
        m_path = m_book->path();
        m_book->close();
    }

    void aSheetSaysWhatWasPaidAndWhatIsLeft()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("pay-1.pdf"));
        const CliRun run
            = cli({ QStringLiteral("receipt"), m_path, QStringLiteral("PAY-1"), QStringLiteral("--out"), pdf });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.text().contains(QStringLiteral("Receipt PAY-1 written")), qPrintable(run.text()));
        const QString text = flat(pdfText(pdf));
        for (const QString &expected : { QStringLiteral("Corner Hardware"), QStringLiteral("4 Baker Street"),
                 QStringLiteral("EIN 12-3456789"), QStringLiteral("RECEIPT"), QStringLiteral("No. PAY-1"),
                 QStringLiteral("10 March 2026"), QStringLiteral("Ana Roux"), QStringLiteral("Customer C1"),
                 QStringLiteral("20.00 USD"), QStringLiteral("Paid by Cash"), QStringLiteral("S1"),
                 QStringLiteral("80.00"), QStringLiteral("Balance owed after this payment 130.00 USD"),
                 QStringLiteral("Next: 80.00 USD as promised, by 31 March 2026.") })
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in: ") + text));
        // S2 was not touched by this payment.
        QVERIFY(!text.contains(QStringLiteral("S2")));
        const QSizeF a4 = pdfPageSize(pdf);
        QVERIFY2(
            qAbs(a4.width() - 595.3) < 1 && qAbs(a4.height() - 841.9) < 1, qPrintable(QString::number(a4.width())));
    }

    void creditIsShownAsCredit()
    {
        // The second payment had no reference: its receipt number names it.
        const QString number = QStringLiteral("R-%1").arg(m_secondId, 6, 10, QLatin1Char('0'));
        const QString pdf = m_dir.filePath(QStringLiteral("second.pdf"));
        const CliRun run = cli({ QStringLiteral("receipt"), m_path, number, QStringLiteral("--out"), pdf });
        QCOMPARE(run.exitCode, 0);
        const QString text = flat(pdfText(pdf));
        for (const QString &expected :
            { QStringLiteral("No. %1").arg(number), QStringLiteral("180.00 USD"), QStringLiteral("Paid by Card"),
                QStringLiteral("Reference: AUTH-77"), QStringLiteral("Kept as credit for your next purchase 50.00"),
                QStringLiteral("Credit after this payment 50.00 USD") })
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in: ") + text));
        QVERIFY(text.contains(QStringLiteral("S1")) && text.contains(QStringLiteral("S2")));
        QVERIFY(!text.contains(QStringLiteral("Balance owed")));
    }

    void aRollIsEightyMillimetresWideAndAsLongAsItsText()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("roll.pdf"));
        const CliRun run = cli({ QStringLiteral("receipt"), m_path, QStringLiteral("PAY-1"), QStringLiteral("--out"),
            pdf, QStringLiteral("--roll") });
        QCOMPARE(run.exitCode, 0);
        const QSizeF size = pdfPageSize(pdf);
        QVERIFY2(qAbs(size.width() - 226.8) < 1, qPrintable(QString::number(size.width())));
        QVERIFY2(size.height() > 250 && size.height() < 800, qPrintable(QString::number(size.height())));
        QCOMPARE(pdfPageCount(pdf), 1);
        const QString text = flat(pdfText(pdf));
        for (const QString &expected : { QStringLiteral("Corner Hardware"), QStringLiteral("PAY-1"),
                 QStringLiteral("Ana Roux"), QStringLiteral("20.00"), QStringLiteral("130.00") })
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in: ") + text));
    }

    void refusals()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("none.pdf"));
        CliRun run = cli({ QStringLiteral("receipt"), m_path, QStringLiteral("PAY-9"), QStringLiteral("--out"), pdf });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("no payment with the reference “PAY-9”")), qPrintable(run.err));
        QVERIFY(!QFile::exists(pdf));
        // A sale's reference is not a payment's.
        run = cli({ QStringLiteral("receipt"), m_path, QStringLiteral("S1"), QStringLiteral("--out"), pdf });
        QCOMPARE(run.exitCode, 1);
        run = cli({ QStringLiteral("receipt"), m_path, QStringLiteral("PAY-1") });
        QCOMPARE(run.exitCode, 2);
        run = cli({ QStringLiteral("receipt"), m_path, QStringLiteral("PAY-1"), QStringLiteral("--out"),
            m_dir.filePath(QStringLiteral("no/such/folder/r.pdf")) });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("Cannot write")), qPrintable(run.err));
    }

private:
    std::unique_ptr<TestBook> m_book;
    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_secondId = 0;
};

QTEST_GUILESS_MAIN(ReceiptCliTest)
#include "receipt_cli_test.moc"
