// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/csv_reader.h"

#include <QBuffer>
#include <QTest>

using namespace recoup;

namespace {

QList<CsvRecord> readAll(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer);
    QList<CsvRecord> records;
    CsvRecord record;
    while (reader.next(record))
        records.append(record);
    return records;
}

QStringList strings(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items)
        list.append(QString::fromUtf8(item));
    return list;
}

} // namespace

class CsvReaderTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void plainRecords()
    {
        const auto records = readAll("a,b,c\n1,,3\n");
        QCOMPARE(records.size(), 2);
        QCOMPARE(records[0].fields, strings({ "a", "b", "c" }));
        QCOMPARE(records[1].fields, strings({ "1", "", "3" }));
        QCOMPARE(records[0].line, 1);
        QCOMPARE(records[1].line, 2);
        QVERIFY(!records[1].unterminatedQuote);
        QVERIFY(!records[1].invalidUtf8);
    }

    void lastLineWithoutLineEnd()
    {
        const auto records = readAll("a,b\n1,2");
        QCOMPARE(records.size(), 2);
        QCOMPARE(records[1].fields, strings({ "1", "2" }));
        const auto trailingComma = readAll("a,b\n1,");
        QCOMPARE(trailingComma[1].fields, strings({ "1", "" }));
    }

    void crlfAndBom()
    {
        const auto records = readAll("\xEF\xBB\xBFref,name\r\nR1,Ann\r\nR2,Bob\r\n");
        QCOMPARE(records.size(), 3);
        QCOMPARE(records[0].fields, strings({ "ref", "name" }));
        QCOMPARE(records[2].fields, strings({ "R2", "Bob" }));
        QCOMPARE(records[2].line, 3);
    }

    void bomOnlyAtStart()
    {
        // A BOM anywhere else is data, not skipped.
        const auto records = readAll("a\n\xEF\xBB\xBFx\n");
        QCOMPARE(records[1].fields.first(), QString(QChar(0xFEFF)) + QLatin1Char('x'));
    }

    void quotedFields()
    {
        const auto records = readAll("a,b,c\n\"x, y\",\"say \"\"hi\"\"\",\"\"\n");
        QCOMPARE(records[1].fields, strings({ "x, y", "say \"hi\"", "" }));
    }

    void quotedLineBreaksKeepLineNumbers()
    {
        const auto records = readAll("a,b\n1,\"line one\nline two\nline three\"\n2,x\n");
        QCOMPARE(records.size(), 3);
        QCOMPARE(records[1].line, 2);
        QCOMPARE(records[1].fields[1], QStringLiteral("line one\nline two\nline three"));
        QCOMPARE(records[2].line, 5);
    }

    void quotedCrlfBecomesLf()
    {
        const auto records = readAll("a\r\n\"one\r\ntwo\"\r\nz\r\n");
        QCOMPARE(records[1].fields[0], QStringLiteral("one\ntwo"));
        QCOMPARE(records[2].line, 4);
    }

    void emptyLinesBetweenRecords()
    {
        const auto records = readAll("a\n1\n\n\r\n2\n");
        QCOMPARE(records.size(), 3);
        QCOMPARE(records[2].emptyLinesBefore, QList<int>({ 3, 4 }));
        QCOMPARE(records[2].line, 5);
        QVERIFY(records[1].emptyLinesBefore.isEmpty());
    }

    void emptyLinesAtTheEndAreIgnored()
    {
        const auto records = readAll("a\n1\n\n\r\n\n");
        QCOMPARE(records.size(), 2);
        QVERIFY(records[1].emptyLinesBefore.isEmpty());
    }

    void emptyFile()
    {
        QVERIFY(readAll("").isEmpty());
        QVERIFY(readAll("\n\n").isEmpty());
        QVERIFY(readAll("\xEF\xBB\xBF").isEmpty());
    }

    void quotedEmptyFieldIsNotAnEmptyLine()
    {
        const auto records = readAll("a\n\"\"\n1\n");
        QCOMPARE(records.size(), 3);
        QCOMPARE(records[1].fields, strings({ "" }));
        QVERIFY(records[2].emptyLinesBefore.isEmpty());
    }

    void unterminatedQuote()
    {
        const auto records = readAll("a,b\n1,\"open\n2,x\n3,y\n");
        QCOMPARE(records.size(), 2);
        QVERIFY(records[1].unterminatedQuote);
        QCOMPARE(records[1].line, 2);
        QVERIFY(!records[0].unterminatedQuote);
    }

    void invalidUtf8_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("valid");
        QTest::newRow("ascii") << QByteArray("plain") << true;
        QTest::newRow("accents") << QByteArray("Jos\xC3\xA9") << true;
        QTest::newRow("arabic") << QByteArray("\xD9\x85\xD8\xB1") << true;
        QTest::newRow("emoji") << QByteArray("\xF0\x9F\x98\x80") << true;
        QTest::newRow("latin-1") << QByteArray("Ren\xE9") << false;
        QTest::newRow("lone continuation") << QByteArray("a\x80z") << false;
        QTest::newRow("overlong") << QByteArray("\xC0\xAF") << false;
        QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80") << false;
        QTest::newRow("beyond U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << false;
        QTest::newRow("truncated") << QByteArray("ab\xE2\x82") << false;
    }

    void invalidUtf8()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, valid);
        QCOMPARE(CsvReader::isValidUtf8(bytes.constData(), bytes.size()), valid);
        const auto records = readAll("h\n" + bytes + "\n");
        QCOMPARE(records.size(), 2);
        QCOMPARE(records[1].invalidUtf8, !valid);
        QVERIFY(!records[0].invalidUtf8);
    }

    void recordsAcrossReadBlocks()
    {
        // Longer than one read block, with quotes, a doubled quote and a CRLF
        // sitting where blocks meet.
        QByteArray bytes("ref,text\r\n");
        QStringList expected;
        for (int i = 0; i < 10000; ++i) {
            const QString text = QStringLiteral("line %1, \"q\"\nnext").arg(i);
            expected.append(text);
            bytes += QByteArray::number(i) + ",\"" + text.toUtf8().replace("\"", "\"\"") + "\"\r\n";
        }
        QVERIFY(bytes.size() > 3 * 64 * 1024);
        const auto records = readAll(bytes);
        QCOMPARE(records.size(), 10001);
        for (int i = 0; i < 10000; ++i) {
            QCOMPARE(records[i + 1].fields[1], expected[i]);
            QCOMPARE(records[i + 1].line, 2 + 2 * i);
        }
    }
};

QTEST_GUILESS_MAIN(CsvReaderTest)
#include "csv_reader_test.moc"
