// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/bulk_row.h"

#include <QStringEncoder>

#include <sqlite3.h>

namespace recoup {

void BulkRow::bind(int column, qint64 value)
{
    sqlite3_bind_int64(m_statement, m_first + column, value);
}

void BulkRow::bindNull(int column)
{
    sqlite3_bind_null(m_statement, m_first + column);
}

void BulkRow::bindId(int column, qint64 id)
{
    id ? bind(column, id) : bindNull(column);
}

void BulkRow::bind(int column, const QString &text)
{
    if (text.isEmpty()) {
        sqlite3_bind_text(m_statement, m_first + column, "", 0, SQLITE_STATIC);
        return;
    }
    // The book stores UTF-8. Given UTF-16, SQLite converts each text itself,
    // into memory it allocates and frees per value: for the import's hundreds
    // of thousands of texts that was a tenth of its time. Here they are
    // converted into room kept for the batch, allocated once.
    const size_t room = static_cast<size_t>(text.size()) * 3;
    if (m_texts.capacity() - m_texts.size() < room) {
        sqlite3_bind_text16(
            m_statement, m_first + column, text.utf16(), static_cast<int>(text.size() * 2), SQLITE_STATIC);
        return;
    }
    const size_t start = m_texts.size();
    m_texts.resize(start + room); // within the capacity: what is bound stays where it is
    char *const out = m_texts.data() + start;
    char *end = out;
    for (const QChar c : text) {
        if (c.unicode() >= 0x80) {
            end = QStringEncoder(QStringConverter::Utf8).appendToBuffer(out, text);
            break;
        }
        *end++ = static_cast<char>(c.unicode());
    }
    m_texts.resize(start + static_cast<size_t>(end - out));
    sqlite3_bind_text(m_statement, m_first + column, out, static_cast<int>(end - out), SQLITE_STATIC);
}

void BulkRow::bindTextOrNull(int column, const QString &text)
{
    text.isEmpty() ? bindNull(column) : bind(column, text);
}

void BulkRow::bindUtf8(int column, const QByteArray &text)
{
    sqlite3_bind_text(m_statement, m_first + column, text.constData(), static_cast<int>(text.size()), SQLITE_STATIC);
}

} // namespace recoup
