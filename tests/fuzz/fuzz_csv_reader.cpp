// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Any bytes as a CSV file: the reader must never crash, never keep more than
// its bound of a field, and what it reads cleanly must read back the same once
// written again as RFC 4180.
#include "io/csv_reader.h"
#include "io/csv_writer.h"

#include <QBuffer>

#include <cstdint>
#include <cstdlib>

using namespace recoup;

namespace {

void check(bool condition, const char *what)
{
    if (!condition) {
        fprintf(stderr, "fuzz_csv_reader: %s\n", what);
        abort();
    }
}

QList<CsvRecord> readAll(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer);
    QList<CsvRecord> records;
    CsvRecord record;
    int lastLine = 0;
    while (reader.next(record)) {
        check(record.line > lastLine, "record lines do not increase");
        check(!record.fields.isEmpty(), "a record without fields");
        for (const QString &field : std::as_const(record.fields))
            check(field.toUtf8().size() <= 3 * (CsvReader::MaxFieldBytes + 3), "a field past the bound");
        lastLine = record.line;
        records.append(record);
    }
    return records;
}

/// A record that a writer could have written: nothing for the reader to report.
bool clean(const CsvRecord &record, bool first)
{
    if (!record.problems.isEmpty() || record.invalidUtf8 || record.unterminatedQuote)
        return false;
    // A U+FEFF opening the file would be read back as a byte order mark.
    return !(first && record.fields.first().startsWith(QChar(0xFEFF)));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QList<CsvRecord> records = readAll(bytes);

    // Round trip: the clean records, written again, read back field for field.
    QByteArray written;
    QList<QStringList> expected;
    for (qsizetype i = 0; i < records.size(); ++i) {
        const CsvRecord &record = records.at(i);
        if (!clean(record, expected.isEmpty()))
            continue;
        QStringList fields;
        QStringList cells;
        for (const QString &field : record.fields) {
            // Inside quotes a CRLF reads as LF, so a field's CRLF comes back as LF.
            fields.append(QString(field).replace(QStringLiteral("\r\n"), QStringLiteral("\n")));
            cells.append(CsvWriter::quoted(field));
        }
        // One empty field alone would be an empty line, which is skipped.
        if (cells.size() == 1 && cells.first().isEmpty())
            cells.first() = QStringLiteral("\"\"");
        expected.append(fields);
        written += cells.join(QLatin1Char(',')).toUtf8() + '\n';
    }
    const QList<CsvRecord> again = readAll(written);
    check(again.size() == expected.size(), "the clean records do not read back as many");
    for (qsizetype i = 0; i < again.size(); ++i) {
        check(again.at(i).problems.isEmpty(), "a written record reads back with a problem");
        check(again.at(i).fields == expected.at(i), "a written record reads back different");
    }
    return 0;
}
