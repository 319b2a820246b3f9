// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QStringDecoder>
#include <QStringList>

class QIODevice;

namespace recoup {

/// One record of a CSV file as read, before any meaning is given to it.
struct CsvRecord
{
    /// The line the record starts on (the first line of the file is 1).
    int line = 0;
    /// The fields, decoded from UTF-8 (invalid bytes become U+FFFD), not trimmed.
    /// Quoted line breaks are kept as "\n" whether the file uses LF or CRLF.
    QStringList fields;
    /// Empty lines met just before this record. Empty lines at the end of the
    /// file are dropped, so any listed here stand between records.
    QList<int> emptyLinesBefore;
    /// A quoted field was still open at the end of the file: the record runs
    /// to the end and is incomplete.
    bool unterminatedQuote = false;
    /// Some field of the record is not valid UTF-8.
    bool invalidUtf8 = false;
};

/// A streaming RFC 4180 reader: comma separated, '"' quoting with doubled quotes
/// inside, quoted fields may hold commas and line breaks, LF or CRLF line ends,
/// a leading UTF-8 BOM skipped. It reads the device in blocks, so a file of any
/// size costs only the record in hand.
class CsvReader
{
public:
    explicit CsvReader(QIODevice &device);

    /// Reads the next record; false at the end of the file.
    bool next(CsvRecord &record);

    /// True when a field is well-formed UTF-8 (no overlong forms, no surrogates).
    static bool isValidUtf8(const char *data, qsizetype size);

private:
    int get();
    int peek();
    bool fill();
    void endField(CsvRecord &record);

    QIODevice &m_device;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    bool m_eof = false;
    bool m_started = false;
    int m_line = 1;
    QByteArray m_field;
    QStringDecoder m_decoder;
};

} // namespace recoup
