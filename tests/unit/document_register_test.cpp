// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "collections/document_register.h"
#include "support/test_book.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTest>

using namespace recoup;
using recoup::test::TestBook;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

class DocumentRegisterTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordsAndListsWithTheAudit()
    {
        TestBook book;
        const qint64 ana = book.customer(QStringLiteral("Ana Roux"), QStringLiteral("C1"));
        DocumentRegister documents(book.ledger());
        const QString sha = DocumentRegister::sha256("%PDF-1.4 statement");
        auto id = documents.record(ana, QStringLiteral("statement"), QStringLiteral("pdf"), sha.toUpper(),
            QStringLiteral("/tmp/out/statement-C1-2026-03.pdf"));
        QVERIFY2(id, qPrintable(id.error()));
        QVERIFY(documents.record(0, QStringLiteral("reminder"), QStringLiteral("sms"), sha));
        auto lines = documents.list();
        QVERIFY(lines);
        QCOMPARE(lines->size(), 2);
        const SentDocument &first = lines->first();
        QCOMPARE(first.customerId, ana);
        QCOMPARE(first.customerRef, QStringLiteral("C1"));
        QCOMPARE(first.customerName, QStringLiteral("Ana Roux"));
        QCOMPARE(first.kind, QStringLiteral("statement"));
        QCOMPARE(first.channel, QStringLiteral("pdf"));
        QCOMPARE(first.sha256, sha); // kept in lower case
        QCOMPARE(first.fileName, QStringLiteral("statement-C1-2026-03.pdf")); // without its folder
        QCOMPARE(first.recordedBy, QStringLiteral("tester"));
        QVERIFY(first.recordedAt.isValid());
        QCOMPARE(lines->at(1).customerId, 0);
        QCOMPARE(documents.list(ana)->size(), 1);
        QCOMPARE(DocumentRegister::kindLabel(QStringLiteral("final_demand")), QStringLiteral("Final demand"));
        QCOMPARE(DocumentRegister::channelLabel(QStringLiteral("fax")), QStringLiteral("fax"));

        QSqlQuery q(book.db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE object_type = 'document_sent'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        // Append-only: the book refuses to change or drop a line.
        QVERIFY(!q.exec(QStringLiteral("UPDATE documents_sent SET sha256 = '%1'").arg(QString(64, QLatin1Char('0')))));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM documents_sent")));
    }

    void refusals_data()
    {
        QTest::addColumn<qint64>("customer");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("channel");
        QTest::addColumn<QString>("sha");
        QTest::addColumn<QString>("says");
        const QString sha = DocumentRegister::sha256("x");
        QTest::newRow("kind") << qint64(0) << QStringLiteral("Final Demand") << QStringLiteral("pdf") << sha
                              << QStringLiteral("not a kind of document");
        QTest::newRow("empty kind") << qint64(0) << QString() << QStringLiteral("pdf") << sha
                                    << QStringLiteral("not a kind of document");
        QTest::newRow("channel") << qint64(0) << QStringLiteral("receipt") << QStringLiteral("e-mail") << sha
                                 << QStringLiteral("not a way of sending");
        QTest::newRow("short sha") << qint64(0) << QStringLiteral("receipt") << QStringLiteral("pdf")
                                   << QStringLiteral("abc") << QStringLiteral("not a SHA-256");
        QTest::newRow("not hex") << qint64(0) << QStringLiteral("receipt") << QStringLiteral("pdf")
                                 << QString(64, QLatin1Char('g')) << QStringLiteral("not a SHA-256");
        QTest::newRow("no such customer") << qint64(999) << QStringLiteral("receipt") << QStringLiteral("pdf") << sha
                                          << QStringLiteral("does not exist");
    }

    void refusals()
    {
        QFETCH(qint64, customer);
        QFETCH(QString, kind);
        QFETCH(QString, channel);
        QFETCH(QString, sha);
        QFETCH(QString, says);
        TestBook book;
        DocumentRegister documents(book.ledger());
        auto id = documents.record(customer, kind, channel, sha);
        QVERIFY(!id);
        QVERIFY2(id.error().contains(says), qPrintable(id.error()));
        QCOMPARE(documents.list()->size(), 0);
    }

    void verifyFindsChangedAndUnknownFiles()
    {
        TestBook book;
        DocumentRegister documents(book.ledger());
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("a.pdf")), "first paper");
        writeFile(dir.filePath(QStringLiteral("b.pdf")), "second paper");
        QVERIFY(documents.record(0, QStringLiteral("statement"), QStringLiteral("pdf"),
            DocumentRegister::sha256("first paper"), QStringLiteral("a.pdf")));
        QVERIFY(documents.record(0, QStringLiteral("statement"), QStringLiteral("pdf"),
            DocumentRegister::sha256("second paper"), QStringLiteral("b.pdf")));
        auto check = documents.verify(dir.path());
        QVERIFY(check);
        QCOMPARE(check->matched, QStringList({ QStringLiteral("a.pdf"), QStringLiteral("b.pdf") }));
        QVERIFY(check->unknown.isEmpty());
        // One byte changed, and a file never sent.
        writeFile(dir.filePath(QStringLiteral("b.pdf")), "second paper!");
        writeFile(dir.filePath(QStringLiteral("c.pdf")), "never sent");
        check = documents.verify(dir.path());
        QCOMPARE(check->matched, QStringList({ QStringLiteral("a.pdf") }));
        QCOMPARE(check->unknown, QStringList({ QStringLiteral("b.pdf"), QStringLiteral("c.pdf") }));
        QVERIFY(!documents.verify(dir.filePath(QStringLiteral("nowhere"))));
    }
};

QTEST_GUILESS_MAIN(DocumentRegisterTest)
#include "document_register_test.moc"
