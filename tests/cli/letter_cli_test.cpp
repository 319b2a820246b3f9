// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "collections/collection_policy.h"
#include "documents/letter_document.h"
#include "ledger/business_details.h"
#include "support/cli_runner.h"
#include "support/pdf_reader.h"
#include "support/test_book.h"

#include <QFile>
#include <QTest>

using namespace recoup;
using namespace recoup::test;

class LetterCliTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY2(QFile::exists(qEnvironmentVariable("RECOUP_CLI")), "RECOUP_CLI is not set");
        m_book = std::make_unique<TestBook>();
        BusinessDetails business = BusinessDetails::load(m_book->db());
        business.setValue(BusinessDetails::Name, QStringLiteral("Corner Hardware"));
        business.setValue(BusinessDetails::Phone, QStringLiteral("+1 555 0142"));
        business.setValue(BusinessDetails::Country, QStringLiteral("US"));
        QVERIFY(business.save(m_book->ledger()));
        const qint64 ana = m_book->customer(QStringLiteral("Ana Roux"), QStringLiteral("C1"));
        m_book->sale(ana, QStringLiteral("120.00"), QDate(2025, 12, 1), 30, QStringLiteral("S1"));
        m_book->customer(QStringLiteral("Bob Stone"), QStringLiteral("C2"));
        m_path = m_book->path();
        m_book->close();
    }

    void aFinalDemandSaysWhatAndByWhen()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("demand.pdf"));
        const CliRun run = cli({ QStringLiteral("letter"), m_path, QStringLiteral("C1"), QStringLiteral("--tone"),
            QStringLiteral("final-demand"), QStringLiteral("--date"), QStringLiteral("2026-03-01"),
            QStringLiteral("--out"), pdf });
        QCOMPARE(run.exitCode, 0);
        const QString text = flat(pdfText(pdf));
        for (const QString &expected : { QStringLiteral("Corner Hardware"), QStringLiteral("Ana Roux"),
                 QStringLiteral("Final demand for payment: 120.00 USD"), QStringLiteral("Dear Ana Roux,"),
                 QStringLiteral("15 March 2026"), QStringLiteral("S1"), QStringLiteral("60"),
                 QStringLiteral("call us on +1 555 0142"), QStringLiteral("Yours sincerely,") })
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in: ") + text));
        // Letter paper for a US book.
        QCOMPARE(pdfPageSize(pdf).toSize(), QSize(612, 792));
        const CliRun listed = cli({ QStringLiteral("register"), m_path });
        QVERIFY2(listed.text().contains(QStringLiteral("final_demand")), qPrintable(listed.text()));
    }

    void aLetterBeforeActionAndTheFriendlyOne()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("lba.pdf"));
        CliRun run = cli({ QStringLiteral("letter"), m_path, QStringLiteral("C1"), QStringLiteral("--tone"),
            QStringLiteral("before-action"), QStringLiteral("--date"), QStringLiteral("2026-04-15"),
            QStringLiteral("--out"), pdf });
        QCOMPARE(run.exitCode, 0);
        QString text = flat(pdfText(pdf));
        QVERIFY2(text.contains(QStringLiteral("Letter before legal action")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("court proceedings")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("29 April 2026")), qPrintable(text));
        run = cli({ QStringLiteral("letter"), m_path, QStringLiteral("C1"), QStringLiteral("--tone"),
            QStringLiteral("friendly"), QStringLiteral("--date"), QStringLiteral("2025-12-28"), QStringLiteral("--out"),
            pdf });
        QCOMPARE(run.exitCode, 0);
        text = flat(pdfText(pdf));
        QVERIFY2(text.contains(QStringLiteral("falls due on 31 December 2025")), qPrintable(text));
    }

    void refusals()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("none.pdf"));
        CliRun run = cli({ QStringLiteral("letter"), m_path, QStringLiteral("C2"), QStringLiteral("--tone"),
            QStringLiteral("reminder"), QStringLiteral("--out"), pdf });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("owes nothing")), qPrintable(run.err));
        run = cli({ QStringLiteral("letter"), m_path, QStringLiteral("C1"), QStringLiteral("--tone"),
            QStringLiteral("angry"), QStringLiteral("--out"), pdf });
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!QFile::exists(pdf));
    }

    void theLadderSetsTheTone()
    {
        const CollectionPolicy policy = CollectionPolicy::defaultPolicy();
        QStringList kinds;
        for (const LadderStep &step : policy.steps)
            kinds << LetterDocument::kindKey(LetterDocument::toneFor(step));
        QCOMPARE(kinds.first(), QStringLiteral("friendly_reminder"));
        QCOMPARE(kinds.last(), QStringLiteral("letter_before_action"));
        QVERIFY(kinds.contains(QStringLiteral("final_demand")));
    }

private:
    std::unique_ptr<TestBook> m_book;
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_GUILESS_MAIN(LetterCliTest)
#include "letter_cli_test.moc"
