// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collections/collection_event.h"
#include "core/result.h"

#include <QDate>
#include <QString>

#include <functional>

class QSqlQuery;
class QVariant;

namespace recoup {

class Database;

/// What every reader of the collection records (contacts, promises, disputes, plans,
/// fees, escalations) does with their rows: one place, so the readers differ only in
/// their statements and columns.
class RecordRows
{
public:
    explicit RecordRows(Database &db);

    /// Runs sql with id bound to its one placeholder and hands each row to add.
    Result<void> each(const QString &sql, qint64 id, const std::function<void(const QSqlQuery &)> &add) const;

    /// A date column as the book stores it (YYYY-MM-DD); null when the column is.
    static QDate date(const QVariant &value);
    /// Who recorded the event and when: the columns at `at` (recorded_at) and `at + 1`.
    static void stamp(CollectionEvent &event, const QSqlQuery &q, int at);
    /// " AND <column> = :customer" when one customer is asked for (customerId not 0).
    static QString customerFilter(qint64 customerId, const QString &column);

private:
    Database &m_db;
};

} // namespace recoup
