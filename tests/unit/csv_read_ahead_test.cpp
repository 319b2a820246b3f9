// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
// CsvReadAhead gives each file the records CsvReader gives, in order, and
// moves on to the next file when one is left part read.
#include "io/csv_read_ahead.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace recoup;

namespace {

QList<CsvRecord> direct(const QByteArray &bytes)
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

void compare(const CsvRecord &a, const CsvRecord &b)
{
    QCOMPARE(a.line, b.line);
    QCOMPARE(a.fields, b.fields);
    QCOMPARE(a.emptyLinesBefore, b.emptyLinesBefore);
    QCOMPARE(a.unterminatedQuote, b.unterminatedQuote);
    QCOMPARE(a.invalidUtf8, b.invalidUtf8);
    QCOMPARE(a.problems.size(), b.problems.size());
}

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

/// Many records (more than the read-ahead keeps waiting), some awkward.
QByteArray manyRecords(int count, const char *tag)
{
    QByteArray bytes = "\xEF\xBB\xBFref,name,notes\r\n";
    for (int i = 0; i < count; ++i) {
        bytes += QByteArray(tag) + QByteArray::number(i) + ",\"Name, " + QByteArray::number(i) + "\",";
        if (i % 97 == 0)
            bytes += "\"two\nlines \"\"quoted\"\"\"";
        else if (i % 101 == 0)
            bytes += "bad\xFF";
        bytes += i % 2 ? "\n" : "\r\n";
        if (i % 503 == 0)
            bytes += "\n";
    }
    return bytes;
}

} // namespace

class CsvReadAheadTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameRecordsAsTheReader()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QByteArray first = manyRecords(20000, "A");
        const QByteArray second = manyRecords(7000, "B") + "\"open quote,to the end\n";
        const QStringList paths{ write(dir, QStringLiteral("a.csv"), first),
            write(dir, QStringLiteral("b.csv"), second), dir.filePath(QStringLiteral("missing.csv")) };
        CsvReadAhead ahead(paths);
        for (int f = 0; f < 2; ++f) {
            const QList<CsvRecord> want = direct(f ? second : first);
            CsvReadAhead::Source *source = ahead.source(paths.at(f));
            QVERIFY(source);
            CsvRecord record;
            int n = 0;
            while (source->next(record)) {
                QVERIFY(n < want.size());
                compare(record, want.at(n++));
            }
            QCOMPARE(n, want.size());
        }
        CsvRecord record;
        QVERIFY(!ahead.source(paths.at(2))->next(record));
        QVERIFY(!ahead.source(QStringLiteral("other.csv")));
    }

    // A file left after a few records (a header that cannot be read, a line
    // that stops the reading) does not keep the next file waiting.
    void stoppingMovesOn()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QByteArray second = manyRecords(100, "B");
        const QStringList paths{ write(dir, QStringLiteral("a.csv"), manyRecords(30000, "A")),
            write(dir, QStringLiteral("b.csv"), second) };
        CsvReadAhead ahead(paths);
        CsvRecord record;
        QVERIFY(ahead.source(paths.at(0))->next(record));
        ahead.source(paths.at(0))->stop();
        QVERIFY(!ahead.source(paths.at(0))->next(record));
        const QList<CsvRecord> want = direct(second);
        int n = 0;
        while (ahead.source(paths.at(1))->next(record))
            compare(record, want.at(n++));
        QCOMPARE(n, want.size());
    }

    // Dropped before anything is taken: the thread stops.
    void droppedUnread()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        CsvReadAhead ahead({ write(dir, QStringLiteral("a.csv"), manyRecords(30000, "A")),
            write(dir, QStringLiteral("b.csv"), manyRecords(30000, "B")) });
    }
};

QTEST_GUILESS_MAIN(CsvReadAheadTest)
#include "csv_read_ahead_test.moc"
