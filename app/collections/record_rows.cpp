// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "collections/record_rows.h"

#include "db/database.h"

#include <QSqlQuery>
#include <QVariant>

namespace recoup {

RecordRows::RecordRows(Database &db) : m_db(db) { }

Result<void> RecordRows::each(const QString &sql, qint64 id, const std::function<void(const QSqlQuery &)> &add) const
{
    QSqlQuery &q = m_db.prepare(sql);
    q.addBindValue(id);
    if (auto done = m_db.exec(q); !done)
        return done;
    while (q.next())
        add(q);
    return {};
}

QDate RecordRows::date(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

void RecordRows::stamp(CollectionEvent &event, const QSqlQuery &q, int at)
{
    event.recordedAt = QDateTime::fromString(q.value(at).toString(), Qt::ISODateWithMs);
    event.recordedBy = q.value(at + 1).toString();
}

QString RecordRows::customerFilter(qint64 customerId, const QString &column)
{
    return customerId ? QStringLiteral(" AND %1 = :customer").arg(column) : QString();
}

} // namespace recoup
