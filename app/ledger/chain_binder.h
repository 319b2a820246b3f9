// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QString>

#include <utility>

namespace recoup {

class AuditLog;
class Clock;
class Database;

/// Binds the rows that say what is owed into the audit chain (CanonicalRows):
/// every row added since the last record, and every row changed, goes into the
/// next audit record the EntryWriter appends. How far each table is bound is
/// kept in the book's meta ("chain_bound_through"), only to know what is new:
/// `verify` trusts the chain alone. A book upgraded from before the binding is
/// bound whole once, after the upgrade's backup, by records of their own
/// ("bind", with the day they were bound: nothing earlier is claimed). Use
/// inside a transaction.
class ChainBinder
{
public:
    ChainBinder(Database &db, const Clock &clock);

    static QString metaKey() { return QStringLiteral("chain_bound_through"); }
    /// The schema that brought the binding (009_chain_binding.sql): an older
    /// book is bound once it is upgraded, never before.
    static constexpr int FirstSchema = 9;
    /// The action of the records that bind what a book held when binding began.
    static QString bindAction() { return QStringLiteral("bind"); }

    /// Whether the book's rows are bound (false before its first binding).
    Result<bool> isBound();
    /// Binds every row the book holds, if it is not bound yet, in records by `user`.
    Result<void> bindBook(AuditLog &audit, const QString &user);
    /// The rows the next audit record binds: new since the last one, and those
    /// changed (rebind); empty when there are none. Moves the marks on.
    Result<QJsonArray> take();
    /// A row that was changed in place (a customer's details): bound again.
    void rebind(const QString &table, qint64 rowid) { m_rebind.append({ table, rowid }); }
    /// Rows another writer bound itself (the bulk import): each table up to the rowid.
    Result<void> boundThrough(const QHash<QString, qint64> &through);

private:
    Result<void> load();
    Result<void> store();

    Database &m_db;
    const Clock &m_clock;
    QHash<QString, qint64> m_through;
    bool m_bound = false;
    bool m_binds = false; ///< the book's schema has the binding
    quint64 m_serial = 0;
    QList<std::pair<QString, qint64>> m_rebind;
};

} // namespace recoup
