// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QStringDecoder>
#include <QStringList>

class QIODevice;

namespace recoup {

/// Something in a record that RFC 4180 does not allow. The record is still
/// returned whole, so the reader can go on; what to say is the caller's.
struct CsvProblem
{
    enum class Kind {
        NulByte, ///< a NUL byte (0x00) in a field
        TextAfterQuote, ///< `"ab"c`: something other than a comma or line end after a closing quote
        QuoteInUnquotedField, ///< `ab"c`: a quote inside a field that does not start with one
        BareCarriageReturn, ///< a CR not followed by LF outside quotes (old Mac line ends); it ends the record
        FieldTooLong, ///< a field past CsvReader::MaxFieldBytes; only its start is kept
    };
    Kind kind = Kind::NulByte;
    /// The field's index in the record (0 is the first), or -1 for the whole record.
    int field = -1;
    /// FieldTooLong: the field's length in characters (code points), though only
    /// its first MaxFieldBytes bytes are kept.
    qint64 characters = 0;
};

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
    /// What the record breaks of RFC 4180, in the order met; each kind at most
    /// once per field.
    QList<CsvProblem> problems;
};

/// A streaming RFC 4180 reader: comma separated, '"' quoting with doubled quotes
/// inside, quoted fields may hold commas and line breaks, LF or CRLF line ends,
/// a leading UTF-8 BOM skipped. It is strict: NUL bytes, text after a closing
/// quote, a quote inside an unquoted field and a CR line end without LF are
/// reported as problems of the record. It reads the device in blocks and keeps
/// at most MaxFieldBytes of a field, so any file costs at most one bounded record.
class CsvReader
{
public:
    /// Far more than any field may hold (1,000 characters of up to 4 bytes each),
    /// small enough that a file without line ends cannot fill the memory.
    static constexpr qsizetype MaxFieldBytes = 64 * 1024;

    explicit CsvReader(QIODevice &device);

    /// Reads the next record; false at the end of the file.
    bool next(CsvRecord &record);

    /// True when a field is well-formed UTF-8 (no overlong forms, no surrogates).
    static bool isValidUtf8(const char *data, qsizetype size);

private:
    int get();
    int peek();
    bool fill();
    void append(CsvRecord &record, char c);
    void addProblem(CsvRecord &record, CsvProblem::Kind kind);
    void endField(CsvRecord &record);

    QIODevice &m_device;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    bool m_eof = false;
    bool m_started = false;
    int m_line = 1;
    QByteArray m_field;
    /// The current field's length in code points, including any part not kept.
    qint64 m_fieldCharacters = 0;
    bool m_fieldTooLong = false;
    QStringDecoder m_decoder;
};

} // namespace recoup
