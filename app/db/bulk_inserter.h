// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "db/bulk_insert.h"

#include <QByteArrayList>
#include <QCoreApplication>
#include <QStringList>

#include <memory>

struct sqlite3;

namespace recoup {

class Database;

/// The bulk-insert path of a book (the import): many rows written through
/// SQLite's own interface on the book's connection, with what makes that fast
/// (a larger page cache, indexes built afresh after the rows) as named steps.
/// Everything SQLite-specific about it is here, so a second back end is a
/// second implementation of these few calls. Use inside a write transaction
/// (Database::begin()).
class BulkInserter
{
    Q_DECLARE_TR_FUNCTIONS(BulkInserter)
public:
    /// On the book's own connection; fails when the book is not SQLite.
    static Result<std::unique_ptr<BulkInserter>> open(Database &db);
    /// Gives the page cache back its size from before enlargeCache().
    ~BulkInserter();
    Q_DISABLE_COPY_MOVE(BulkInserter)

    /// An insert of many rows into `table`, its values for `columns` in that order.
    Result<std::unique_ptr<BulkInsert>> prepare(const QByteArray &table, const QByteArrayList &columns);

    /// A large page cache until this inserter is gone: the indexes being filled
    /// stay in memory instead of spilling dirty pages to the WAL before the commit.
    void enlargeCache();

    /// Drops the indexes of `table` made by CREATE INDEX (not those of its
    /// UNIQUE and PRIMARY KEY constraints) and returns their definitions for
    /// createIndexes(). When the rows added are at least as many as the table
    /// holds, building an index afresh afterwards (one sort) costs far less
    /// than keeping it up to date row by row.
    Result<QStringList> dropIndexes(const QString &table);
    /// Creates the indexes dropIndexes() returned, from the same text, so the
    /// schema after is exactly the one before.
    Result<void> createIndexes(const QStringList &definitions);

private:
    BulkInserter(Database &db, sqlite3 *handle) : m_db(db), m_handle(handle) { }

    Database &m_db;
    sqlite3 *m_handle;
    QString m_previousCacheSize;
};

} // namespace recoup
