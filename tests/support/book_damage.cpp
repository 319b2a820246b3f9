// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/book_damage.h"

#include <QFile>
#include <QList>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace recoup::test {

qint64 damageTablePage(const QString &path, const QString &table)
{
    // SQLite's dbstat table says which pages hold the table, so the bytes land
    // in it and not in free space (where no check would notice them).
    QList<qint64> pages;
    qint64 pageSize = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damage"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("PRAGMA page_size")) && query.next())
                pageSize = query.value(0).toLongLong();
            query.prepare(
                QStringLiteral("SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno"));
            query.addBindValue(table);
            if (query.exec())
                while (query.next())
                    pages.append(query.value(0).toLongLong());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("damage"));
    if (pages.size() < 3 || pageSize <= 0)
        return -1;
    const qint64 offset = (pages.at(pages.size() / 2) - 1) * pageSize;
    QByteArray noise(pageSize, Qt::Uninitialized);
    QRandomGenerator random(700000);
    for (char &byte : noise)
        byte = static_cast<char>(random.bounded(256));
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || !file.seek(offset) || file.write(noise) != pageSize)
        return -1;
    return offset;
}

} // namespace recoup::test
