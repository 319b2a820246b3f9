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

    void nulByteIsAProblemOfItsField()
    {
        static const char raw[] = "a,b\n1,x\0y\n\"q\0\",2\n";
        const auto records = readAll(QByteArray(raw, sizeof raw - 1));
        QCOMPARE(records.size(), 3);
        QVERIFY(records[0].problems.isEmpty());
        QCOMPARE(records[1].problems.size(), 1);
        QCOMPARE(records[1].problems[0].kind, CsvProblem::Kind::NulByte);
        QCOMPARE(records[1].problems[0].field, 1);
        QCOMPARE(records[2].problems.size(), 1);
        QCOMPARE(records[2].problems[0].field, 0);
        // The record keeps its shape, so the next one is read as usual.
        QCOMPARE(records[2].fields.size(), 2);
    }

    void textAfterClosingQuote()
    {
        const auto records = readAll("a,b,c\n\"ab\"c,\"ok\",\"x\" \n");
        QCOMPARE(records.size(), 2);
        QCOMPARE(records[1].fields.size(), 3);
        QCOMPARE(records[1].problems.size(), 2);
        QCOMPARE(records[1].problems[0].kind, CsvProblem::Kind::TextAfterQuote);
        QCOMPARE(records[1].problems[0].field, 0);
        QCOMPARE(records[1].problems[1].kind, CsvProblem::Kind::TextAfterQuote);
        QCOMPARE(records[1].problems[1].field, 2);
        // Doubled quotes inside and a quoted field right before a comma are fine.
        QVERIFY(readAll("a,b\n\"x\"\"y\",\"\"\n").at(1).problems.isEmpty());
    }

    void quoteInsideUnquotedField()
    {
        const auto records = readAll("a,b\n5\" pipe,x\n");
        QCOMPARE(records[1].problems.size(), 1);
        QCOMPARE(records[1].problems[0].kind, CsvProblem::Kind::QuoteInUnquotedField);
        QCOMPARE(records[1].problems[0].field, 0);
    }

    void bareCarriageReturnEndsTheRecordWithAProblem()
    {
        const auto records = readAll("ref,name\rC1,Ann\rC2,Bob\r");
        QCOMPARE(records.size(), 3);
        QCOMPARE(records[0].fields, strings({ "ref", "name" }));
        QCOMPARE(records[0].problems.size(), 1);
        QCOMPARE(records[0].problems[0].kind, CsvProblem::Kind::BareCarriageReturn);
        QCOMPARE(records[0].problems[0].field, -1);
        QCOMPARE(records[1].line, 2);
        // CRLF is a line end; a CR inside quotes is text.
        const auto fine = readAll("a\r\n\"x\ry\"\r\n");
        QVERIFY(fine[0].problems.isEmpty());
        QVERIFY(fine[1].problems.isEmpty());
        QCOMPARE(fine[1].fields[0], QStringLiteral("x\ry"));
        // An empty line ended by a lone CR is not skipped as empty.
        const auto lone = readAll("a\n\r1\n");
        QCOMPARE(lone.size(), 3);
        QCOMPARE(lone[1].problems.size(), 1);
        QCOMPARE(lone[1].problems[0].kind, CsvProblem::Kind::BareCarriageReturn);
    }

    void overlongFieldIsCutWithItsLengthInCharacters()
    {
        // 100,000 three-byte characters: far past the bytes a field keeps.
        QByteArray bytes("a,b\n1,");
        for (int i = 0; i < 100000; ++i)
            bytes += "\xE2\x82\xAC";
        bytes += "\n2,x\n";
        const auto records = readAll(bytes);
        QCOMPARE(records.size(), 3);
        QCOMPARE(records[1].problems.size(), 1);
        QCOMPARE(records[1].problems[0].kind, CsvProblem::Kind::FieldTooLong);
        QCOMPARE(records[1].problems[0].field, 1);
        QCOMPARE(records[1].problems[0].characters, 100000);
        QVERIFY(!records[1].invalidUtf8);
        QVERIFY(records[1].fields[1].toUtf8().size() <= CsvReader::MaxFieldBytes + 3);
        QVERIFY(records[2].problems.isEmpty());
        QCOMPARE(records[2].fields, strings({ "2", "x" }));
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
