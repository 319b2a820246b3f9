// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/bulk_insert.h"

#include "db/database.h"

#include <sqlite3.h>

namespace recoup {

namespace {

/// Rows to a statement: 50 keeps the parameters well under SQLite's limit
/// (32766) for the widest table, and the statement's cost per row small.
constexpr size_t Batch = 50;

} // namespace

BulkInsert::BulkInsert(sqlite3 *db, int columns) : m_db(db), m_columns(columns)
{
    // Room for the texts of a batch (a text that does not fit is bound as UTF-16).
    m_texts.reserve(256 * 1024);
}

BulkInsert::~BulkInsert()
{
    sqlite3_finalize(m_batch);
    sqlite3_finalize(m_single);
}

Result<void> BulkInsert::prepare(const QByteArray &table, const QByteArrayList &columns)
{
    // OR FAIL: a refused row stops the statement where it is, keeping the rows
    // before it, instead of undoing the statement. SQLite then needs no
    // statement journal (a copy of every page each statement changes, which
    // for a batch of rows spread over an index is most of its pages); the
    // caller rolls the whole transaction back on a failure anyway.
    const QByteArray head = "INSERT OR FAIL INTO " + table + " (" + columns.join(", ") + ") VALUES ";
    QByteArray row = "(";
    for (int i = 0; i < columns.size(); ++i)
        row += i ? ", ?" : "?";
    row += ')';
    QByteArray many = head;
    for (size_t i = 0; i < Batch; ++i)
        many += (i ? ", " : "") + row;
    const QByteArray one = head + row;
    if (sqlite3_prepare_v3(m_db, many.constData(), -1, SQLITE_PREPARE_PERSISTENT, &m_batch, nullptr) != SQLITE_OK
        || sqlite3_prepare_v3(m_db, one.constData(), -1, SQLITE_PREPARE_PERSISTENT, &m_single, nullptr) != SQLITE_OK)
        return Error{ Database::describe(sqlite3_extended_errcode(m_db), QString::fromUtf8(sqlite3_errmsg(m_db))) };
    return {};
}

Result<void> BulkInsert::step(sqlite3_stmt *statement)
{
    const int rc = sqlite3_step(statement);
    sqlite3_reset(statement);
    if (rc != SQLITE_DONE)
        return Error{ Database::describe(sqlite3_extended_errcode(m_db), QString::fromUtf8(sqlite3_errmsg(m_db))) };
    return {};
}

Result<void> BulkInsert::insert(size_t count, const Binder &bind)
{
    m_failedRow.reset();
    const auto one = [&](size_t i) -> Result<void> {
        m_texts.clear();
        BulkRow row(m_single, 1, m_texts);
        bind(row, i);
        if (auto done = step(m_single); !done) {
            m_failedRow = i;
            return done;
        }
        return {};
    };
    size_t i = 0;
    for (; i + Batch <= count; i += Batch) {
        m_texts.clear();
        for (size_t k = 0; k < Batch; ++k) {
            BulkRow row(m_batch, 1 + static_cast<int>(k) * m_columns, m_texts);
            bind(row, i + k);
        }
        if (auto done = step(m_batch); !done) {
            // Under OR FAIL the rows before the refused one went in; a trigger's
            // RAISE(ABORT) undid the whole statement. Either way the changes
            // count them, and the rows after go one by one to find the refused one.
            const int written = sqlite3_changes(m_db);
            for (size_t k = written > 0 ? size_t(written) : 0; k < Batch; ++k)
                if (auto alone = one(i + k); !alone)
                    return alone;
            return done;
        }
    }
    for (; i < count; ++i)
        if (auto done = one(i); !done)
            return done;
    return {};
}

} // namespace recoup
