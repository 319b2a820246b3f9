// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "db/bulk_row.h"

#include <QByteArrayList>

#include <functional>
#include <optional>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace recoup {

/// Many rows into one table, many rows to a statement: SQLite's cost per
/// statement (cursors on every index) is then paid once per batch. Made by
/// BulkInserter::prepare, on the book's connection; use inside the write
/// transaction, begun with Database::References::CheckedAtCommit for speed
/// (foreign keys checked row by row make SQLite journal every statement).
class BulkInsert
{
public:
    /// Binds the values of row `index` (0 .. count-1) into `row`.
    using Binder = std::function<void(BulkRow &row, size_t index)>;

    ~BulkInsert();
    Q_DISABLE_COPY_MOVE(BulkInsert)

    /// Inserts rows 0 .. count-1 in order. On failure the rows before the
    /// refused one are written, inside the transaction (which the caller then
    /// rolls back), and failedRow() says which row the book refused.
    Result<void> insert(size_t count, const Binder &bind);
    /// After insert() failed: the row the book refused, when one did.
    std::optional<size_t> failedRow() const { return m_failedRow; }

private:
    friend class BulkInserter;
    BulkInsert(sqlite3 *db, int columns);
    /// Prepares both statements; fails with the book's message.
    Result<void> prepare(const QByteArray &table, const QByteArrayList &columns);
    Result<void> step(sqlite3_stmt *statement);

    sqlite3 *m_db;
    int m_columns;
    sqlite3_stmt *m_batch = nullptr; ///< Batch rows
    sqlite3_stmt *m_single = nullptr; ///< one row
    std::optional<size_t> m_failedRow;
    std::vector<char> m_texts; ///< the UTF-8 of the texts bound to the statement about to run
};

} // namespace recoup
