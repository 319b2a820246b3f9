// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/schema_check.h"

#include <QAtomicInt>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QSqlQuery>

namespace recoup {

QStringList SchemaCheck::missingObjects(const QSqlDatabase &book, const QList<Migration> &migrations, int version)
{
    const QStringList present = objectsOf(book);
    QStringList missing;
    for (const QString &object : expectedObjects(migrations, version)) {
        if (!present.contains(object))
            missing.append(object);
    }
    return missing;
}

QStringList SchemaCheck::expectedObjects(const QList<Migration> &migrations, int version)
{
    // Books are opened from the window's thread and the aging reader's thread.
    static QMutex mutex;
    static QHash<int, QStringList> byVersion;
    const QMutexLocker lock(&mutex);
    if (const auto found = byVersion.constFind(version); found != byVersion.cend())
        return found.value();

    static QAtomicInt counter;
    const QString name = QStringLiteral("recoup-schema-%1").arg(counter.fetchAndAddRelaxed(1));
    QStringList objects;
    {
        QSqlDatabase fresh = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        fresh.setDatabaseName(QStringLiteral(":memory:"));
        if (fresh.open()) {
            QSqlQuery query(fresh);
            for (const Migration &migration : migrations) {
                if (migration.version > version)
                    break;
                for (const QString &statement : migration.statements)
                    query.exec(statement);
            }
            objects = objectsOf(fresh);
        }
        fresh.close();
    }
    QSqlDatabase::removeDatabase(name);
    byVersion.insert(version, objects);
    return objects;
}

QStringList SchemaCheck::objectsOf(const QSqlDatabase &db)
{
    // SQLite's own objects (sqlite_sequence, autoindexes) come and go by themselves.
    QSqlQuery query(db);
    QStringList objects;
    if (query.exec(QStringLiteral("SELECT type, name FROM sqlite_master "
                                  "WHERE type IN ('table', 'index', 'trigger', 'view') AND name NOT LIKE 'sqlite%'"))) {
        while (query.next())
            objects.append(query.value(0).toString() + QLatin1Char(' ') + query.value(1).toString());
    }
    return objects;
}

} // namespace recoup
