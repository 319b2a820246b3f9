// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The audit chain's head on paper: a receipt (sheet and roll) and a statement
// carry the head of the chain as they were made, `recoup-cli verify --head`
// takes it as printed, and fails once the chain's tail is cut.
#include "documents/paper.h"
#include "documents/paper_text.h"
#include "support/cli_runner.h"
#include "support/pdf_reader.h"
#include "support/test_book.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace recoup;
using namespace recoup::test;

namespace {

/// The head printed on a paper ("Audit chain head N:HASH"), empty when there is none.
QString printedHead(const QString &pdf)
{
    const QString text = pdfText(pdf).replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
    static const QRegularExpression head(QStringLiteral("Audit chain head (\\d+:[0-9a-f]{16})"));
    return head.match(text).captured(1);
}

/// Runs statements on the book file, failing the test on error.
bool run(const QString &book, const QStringList &sql)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("paper"));
        db.setDatabaseName(book);
        ok = db.open();
        for (const QString &statement : sql) {
            QSqlQuery q(db);
            if (!q.exec(statement)) {
                qWarning("%s: %s", qPrintable(statement), qPrintable(q.lastError().text()));
                ok = false;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("paper"));
    return ok;
}

/// The chain's head as the book holds it now.
QString headNow(const QString &book)
{
    QString head;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("head"));
        db.setDatabaseName(book);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT id, substr(hash, 1, 16) FROM audit_log ORDER BY id DESC LIMIT 1"))
                && q.next())
                head = q.value(0).toString() + QLatin1Char(':') + q.value(1).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("head"));
    return head;
}

} // namespace

class PaperHeadTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aHeadReadsBackAsPrintedWhateverItsLetters_data()
    {
        QTest::addColumn<QString>("head");
        // Letters a typeface may join into one glyph ("ff" into "ﬀ"), which would
        // then be copied from the PDF as a character verify does not take.
        QTest::newRow("ff") << QStringLiteral("12:00ff0ff1aff2bf");
        QTest::newRow("fa fb fc fd fe") << QStringLiteral("7:fafbfcfdfe0f1f2f");
        QTest::newRow("digits") << QStringLiteral("3401:0123456789012345");
    }
    void aHeadReadsBackAsPrintedWhateverItsLetters()
    {
        QFETCH(QString, head);
        const QString path = m_dir.filePath(QStringLiteral("head.pdf"));
        const QByteArray pdf = Paper::pdf(QStringLiteral("head"), [&head](QPagedPaintDevice &device) {
            Paper::print(
                [&head](QTextDocument &document) {
                    PaperText::prepare(document);
                    document.setHtml(QStringLiteral("<p>Paid, thank you.</p>") + PaperText::chainHeadHtml(head)
                        + PaperText::chainHeadHtml(head, true));
                },
                device, PaperSize::A4);
        });
        QVERIFY(Paper::writeFile(path, pdf));
        const QString text = flat(pdfText(path));
        QCOMPARE(text.count(QStringLiteral("Audit chain head ") + head), 2);
    }

    void init()
    {
        QVERIFY2(QFile::exists(qEnvironmentVariable("RECOUP_CLI")), "RECOUP_CLI is not set");
        m_book = std::make_unique<TestBook>();
        const qint64 ana = m_book->customer(QStringLiteral("Ana Roux"), QStringLiteral("C1"));
        m_book->sale(ana, QStringLiteral("100.00"), QDate(2026, 1, 1), 30, QStringLiteral("S1"));
        m_book->sale(ana, QStringLiteral("50.00"), QDate(2026, 2, 1), 30, QStringLiteral("S2"));
        PaymentInput paid;
        paid.customerId = ana;
        paid.amount = 2000;
        paid.date = QDate(2026, 3, 10);
        paid.ref = QStringLiteral("PAY-1");
        QVERIFY(m_book->ledger().recordPayment(paid));
        m_path = m_book->path();
        m_book->close();
    }

    void receiptAndStatementCarryTheHead()
    {
        const QString before = headNow(m_path);
        QVERIFY(!before.isEmpty());
        const QString sheet = m_dir.filePath(QStringLiteral("sheet.pdf"));
        QCOMPARE(cli({ QStringLiteral("receipt"), m_path, QStringLiteral("PAY-1"), QStringLiteral("--out"), sheet })
                     .exitCode,
            0);
        // The head of the chain when the paper was made (its register record comes after).
        const QString onSheet = printedHead(sheet);
        QCOMPARE(onSheet, before);

        const QString roll = m_dir.filePath(QStringLiteral("roll.pdf"));
        QCOMPARE(cli({ QStringLiteral("receipt"), m_path, QStringLiteral("PAY-1"), QStringLiteral("--out"), roll,
                         QStringLiteral("--roll") })
                     .exitCode,
            0);
        const QString onRoll = printedHead(roll);
        QVERIFY2(!onRoll.isEmpty(), qPrintable(pdfText(roll)));

        QTemporaryDir out;
        QCOMPARE(cli({ QStringLiteral("statements"), m_path, QStringLiteral("--period"), QStringLiteral("2026-03"),
                         QStringLiteral("--type"), QStringLiteral("open-item"), QStringLiteral("--out"), out.path() })
                     .exitCode,
            0);
        const QStringList files = QDir(out.path()).entryList(QDir::Files);
        QCOMPARE(files.size(), 1);
        const QString onStatement = printedHead(QDir(out.path()).filePath(files.first()));
        QVERIFY2(!onStatement.isEmpty(), qPrintable(pdfText(QDir(out.path()).filePath(files.first()))));

        // Each head, as printed, is one verify takes and holds.
        for (const QString &head : { onSheet, onRoll, onStatement }) {
            const CliRun held = cli({ QStringLiteral("verify"), m_path, QStringLiteral("--head"), head });
            QVERIFY2(held.exitCode == 0, qPrintable(head + QLatin1Char(' ') + held.err));
            QVERIFY(held.text().contains(QStringLiteral("The chain holds the head given, %1.").arg(head)));
        }

        // The tail cut back to before the receipt's head: the head on paper catches it.
        const QString n = onSheet.section(QLatin1Char(':'), 0, 0);
        QVERIFY(run(m_path,
            { QStringLiteral("DROP TRIGGER audit_no_delete"),
                QStringLiteral("DELETE FROM audit_log WHERE id >= %1").arg(n) }));
        const CliRun cut = cli({ QStringLiteral("verify"), m_path, QStringLiteral("--head"), onSheet });
        QCOMPARE(cut.exitCode, 1);
        QVERIFY2(cut.err.contains(QLatin1String("records were removed from its end")), qPrintable(cut.err));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TestBook> m_book;
    QString m_path;
};

QTEST_MAIN(PaperHeadTest)
#include "paper_head_test.moc"
