// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/bulk_row.h"

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
    const void *data = text.isNull() ? static_cast<const void *>(u"") : static_cast<const void *>(text.utf16());
    sqlite3_bind_text16(m_statement, m_first + column, data, static_cast<int>(text.size() * 2), SQLITE_STATIC);
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
