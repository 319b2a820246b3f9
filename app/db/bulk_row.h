// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <vector>

struct sqlite3_stmt;

namespace recoup {

/// The values of one row of a BulkInsert, bound straight into SQLite's
/// statement (no QVariant, no placeholder names): the rows are many and each
/// goes through unchanged, which is most of what makes the bulk path fast.
/// Columns count from 0 in the order the BulkInsert was given them. Byte
/// arrays are not copied: they must live until the BulkInsert's insert() returns.
class BulkRow
{
public:
    /// `texts` keeps the UTF-8 of the row's texts until the statement has run;
    /// it is never grown past its capacity (what is bound points into it).
    BulkRow(sqlite3_stmt *statement, int firstParameter, std::vector<char> &texts)
        : m_statement(statement), m_first(firstParameter), m_texts(texts)
    { }

    void bind(int column, qint64 value);
    void bindNull(int column);
    /// 0 as NULL, for the optional references.
    void bindId(int column, qint64 id);
    /// A null QString is stored as '' (the text columns are NOT NULL), as the ledger stores it.
    void bind(int column, const QString &text);
    /// An empty text as NULL.
    void bindTextOrNull(int column, const QString &text);
    /// UTF-8 as the book stores it: no conversion inside SQLite.
    void bindUtf8(int column, const QByteArray &text);

private:
    sqlite3_stmt *m_statement;
    int m_first; ///< the SQLite parameter number of column 0
    std::vector<char> &m_texts;
};

} // namespace recoup
