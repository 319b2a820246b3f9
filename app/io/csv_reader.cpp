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

void CsvReader::endField(CsvRecord &record)
{
    if (!isValidUtf8(m_field.constData(), m_field.size()))
        record.invalidUtf8 = true;
    // A U+FEFF at the start of a field is text (only the file's first one is a BOM).
    record.fields.append(m_decoder.decode(m_field));
    m_field.clear();
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
        // An empty line: nothing at all before its line end.
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
            m_field.append('\r'); // a lone CR is data
        }
        break;
    }
    record.line = m_line;
    record.emptyLinesBefore = emptyLines;

    enum class State { FieldStart, Unquoted, Quoted, AfterQuote };
    State state = m_field.isEmpty() ? State::FieldStart : State::Unquoted;
    for (;;) {
        const int c = get();
        if (c == -1) {
            if (state == State::Quoted)
                record.unterminatedQuote = true;
            endField(record);
            return true;
        }
        if (state == State::Quoted) {
            if (c == '"') {
                if (peek() == '"') {
                    get();
                    m_field.append('"');
                } else {
                    state = State::AfterQuote;
                }
            } else if (c == '\r' && peek() == '\n') {
                get();
                m_field.append('\n');
                ++m_line;
            } else {
                if (c == '\n')
                    ++m_line;
                m_field.append(char(c));
            }
            continue;
        }
        if (c == ',') {
            endField(record);
            state = State::FieldStart;
            continue;
        }
        if (c == '\n' || (c == '\r' && peek() == '\n')) {
            if (c == '\r')
                get();
            ++m_line;
            endField(record);
            return true;
        }
        if (c == '"' && state == State::FieldStart) {
            state = State::Quoted;
            continue;
        }
        // Anything else is data; text after a closing quote is kept as written.
        m_field.append(char(c));
        state = State::Unquoted;
    }
}

} // namespace recoup
