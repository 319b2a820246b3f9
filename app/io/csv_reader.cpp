// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/csv_reader.h"

#include <QIODevice>

namespace recoup {

namespace {

constexpr qint64 BlockSize = 64 * 1024;

} // namespace

CsvReader::CsvReader(QIODevice &device)
    : m_device(device),
      m_decoder(QStringConverter::Utf8, QStringConverter::Flag::ConvertInitialBom | QStringConverter::Flag::Stateless)
{ }

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    m_buffer = m_device.read(BlockSize);
    m_pos = 0;
    if (m_buffer.isEmpty()) {
        m_eof = true;
        return false;
    }
    return true;
}

int CsvReader::get()
{
    if (m_pos >= m_buffer.size() && !fill())
        return -1;
    return static_cast<unsigned char>(m_buffer.at(m_pos++));
}

int CsvReader::peek()
{
    if (m_pos >= m_buffer.size() && !fill())
        return -1;
    return static_cast<unsigned char>(m_buffer.at(m_pos));
}

bool CsvReader::isValidUtf8(const char *data, qsizetype size)
{
    const auto *s = reinterpret_cast<const unsigned char *>(data);
    qsizetype i = 0;
    while (i < size) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        unsigned int cp = 0;
        unsigned int min = 0;
        if ((c & 0xE0) == 0xC0) {
            extra = 1;
            cp = c & 0x1F;
            min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            cp = c & 0x0F;
            min = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            cp = c & 0x07;
            min = 0x10000;
        } else {
            return false;
        }
        if (i + extra >= size)
            return false;
        for (int k = 1; k <= extra; ++k) {
            if ((s[i + k] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += extra + 1;
    }
    return true;
}

void CsvReader::append(CsvRecord &record, char c)
{
    const bool continuation = (static_cast<unsigned char>(c) & 0xC0) == 0x80;
    if (!continuation)
        ++m_fieldCharacters;
    // Past the limit nothing more is kept, but a character already begun is
    // finished so the part kept stays valid UTF-8.
    if (m_fieldTooLong || (m_field.size() >= MaxFieldBytes && !continuation)) {
        if (!m_fieldTooLong)
            addProblem(record, CsvProblem::Kind::FieldTooLong);
        m_fieldTooLong = true;
        return;
    }
    m_field.append(c);
}

void CsvReader::addProblem(CsvRecord &record, CsvProblem::Kind kind)
{
    const int field = kind == CsvProblem::Kind::BareCarriageReturn ? -1 : int(record.fields.size());
    for (const CsvProblem &p : std::as_const(record.problems))
        if (p.kind == kind && p.field == field)
            return;
    record.problems.append({ kind, field, 0 });
}

void CsvReader::endField(CsvRecord &record)
{
    if (m_fieldTooLong) {
        for (CsvProblem &p : record.problems)
            if (p.kind == CsvProblem::Kind::FieldTooLong && p.field == record.fields.size())
                p.characters = m_fieldCharacters;
    }
    if (!isValidUtf8(m_field.constData(), m_field.size()))
        record.invalidUtf8 = true;
    // A U+FEFF at the start of a field is text (only the file's first one is a BOM).
    record.fields.append(m_decoder.decode(m_field));
    m_field.clear();
    m_fieldCharacters = 0;
    m_fieldTooLong = false;
}

bool CsvReader::next(CsvRecord &record)
{
    record = CsvRecord();
    if (!m_started) {
        m_started = true;
        // A UTF-8 byte order mark is allowed before the header.
        if (peek() == 0xEF && m_buffer.mid(m_pos, 3) == QByteArrayLiteral("\xEF\xBB\xBF"))
            m_pos += 3;
    }
    QList<int> emptyLines;
    for (;;) {
        // An empty line: nothing at all before its line end (a lone CR is left
        // to the record below, which reports it).
        const int first = peek();
        if (first == -1)
            return false; // only empty lines were left: they are ignored at the end
        if (first == '\n') {
            get();
            emptyLines.append(m_line++);
            continue;
        }
        if (first == '\r') {
            get();
            if (peek() == '\n') {
                get();
                emptyLines.append(m_line++);
                continue;
            }
            // An empty line ended by a lone CR: a record of its own, refused.
            record.line = m_line;
            record.emptyLinesBefore = emptyLines;
            addProblem(record, CsvProblem::Kind::BareCarriageReturn);
            ++m_line;
            endField(record);
            return true;
        }
        break;
    }
    record.line = m_line;
    record.emptyLinesBefore = emptyLines;

    enum class State { FieldStart, Unquoted, Quoted, AfterQuote };
    State state = State::FieldStart;
    for (;;) {
        const int c = get();
        if (c == -1) {
            if (state == State::Quoted)
                record.unterminatedQuote = true;
            endField(record);
            return true;
        }
        if (c == 0)
            addProblem(record, CsvProblem::Kind::NulByte);
        if (state == State::Quoted) {
            if (c == '"') {
                if (peek() == '"') {
                    get();
                    append(record, '"');
                } else {
                    state = State::AfterQuote;
                }
            } else if (c == '\r' && peek() == '\n') {
                get();
                append(record, '\n');
                ++m_line;
            } else {
                // A lone CR inside quotes is text, as RFC 4180 allows.
                if (c == '\n')
                    ++m_line;
                append(record, static_cast<char>(c));
            }
            continue;
        }
        if (c == ',') {
            endField(record);
            state = State::FieldStart;
            continue;
        }
        if (c == '\n' || c == '\r') {
            if (c == '\r') {
                if (peek() == '\n')
                    get();
                else
                    addProblem(record, CsvProblem::Kind::BareCarriageReturn);
            }
            ++m_line;
            endField(record);
            return true;
        }
        if (c == '"' && state == State::FieldStart) {
            state = State::Quoted;
            continue;
        }
        if (state == State::AfterQuote) {
            addProblem(record, CsvProblem::Kind::TextAfterQuote);
        } else {
            if (c == '"')
                addProblem(record, CsvProblem::Kind::QuoteInUnquotedField);
            state = State::Unquoted;
        }
        // Kept as written so the record's shape holds; the problem refuses it.
        append(record, static_cast<char>(c));
    }
}

} // namespace recoup
