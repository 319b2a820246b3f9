// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/bulk_inserter.h"

#include "db/database.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

namespace recoup {

Result<std::unique_ptr<BulkInserter>> BulkInserter::open(Database &db)
{
    const QVariant handle = db.connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return Error{ tr("The book is not an SQLite database.") };
    sqlite3 *sqlite = *static_cast<sqlite3 *const *>(handle.constData());
    return std::unique_ptr<BulkInserter>(new BulkInserter(db, sqlite));
}

BulkInserter::~BulkInserter()
{
    if (!m_previousCacheSize.isEmpty()) {
        QSqlQuery q(m_db.connection());
        q.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_previousCacheSize));
    }
}

Result<std::unique_ptr<BulkInsert>> BulkInserter::prepare(const QByteArray &table, const QByteArrayList &columns)
{
    std::unique_ptr<BulkInsert> insert(new BulkInsert(m_handle, static_cast<int>(columns.size())));
    if (auto done = insert->prepare(table, columns); !done)
        return done.failure();
    return insert;
}

void BulkInserter::enlargeCache()
{
    if (!m_previousCacheSize.isEmpty())
        return;
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("PRAGMA cache_size")) && q.next()) {
        m_previousCacheSize = q.value(0).toString();
        q.finish();
        q.exec(QStringLiteral("PRAGMA cache_size = -65536"));
    }
}

Result<QStringList> BulkInserter::dropIndexes(const QString &table)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                             "AND sql IS NOT NULL"));
    q.addBindValue(table);
    if (!q.exec())
        return Error{ Database::describe(q.lastError()) };
    QStringList names;
    QStringList definitions;
    while (q.next()) {
        names.append(q.value(0).toString());
        definitions.append(q.value(1).toString());
    }
    q.finish();
    for (const QString &name : std::as_const(names))
        if (!q.exec(QStringLiteral("DROP INDEX \"%1\"").arg(name)))
            return Error{ Database::describe(q.lastError()) };
    return definitions;
}

Result<void> BulkInserter::createIndexes(const QStringList &definitions)
{
    QSqlQuery q(m_db.connection());
    for (const QString &sql : definitions)
        if (!q.exec(sql))
            return Error{ Database::describe(q.lastError()) };
    return {};
}

} // namespace recoup
