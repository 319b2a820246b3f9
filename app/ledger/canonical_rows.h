// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace recoup {

class Database;

/// Canonical form v1 of the rows that say what is owed (docs/audit-chain.md):
/// for each bound table a fixed list of columns, and a row as an audit record
/// carries it, a JSON array [table, rowid, value, ...] in that column order,
/// each value its text as stored (an integer in decimal) or null. The record's
/// hash covers it, so the chain vouches for every column; caches (a balance,
/// an open amount) are left out: `verify` recomputes those from the entries.
class CanonicalRows
{
public:
    /// The key of the rows in an audit record's details; a later form gets a key of its own.
    static QString detailsKey() { return QStringLiteral("rows_v1"); }

    struct Table
    {
        QString name;
        QStringList columns; ///< after the rowid, in the canonical order
    };
    /// Every bound table, in the order a record lists their rows.
    static const QList<Table> &tables();
    static const Table *table(const QString &name);

    /// The values of a row as a record carries it, for a writer that makes the
    /// row itself (the bulk import): text as written (NOT NULL text: never null),
    /// an integer in decimal, NULL as null.
    static QJsonValue text(const QString &value) { return value.isNull() ? QStringLiteral("") : value; }
    /// Text the book holds as NULL when empty.
    static QJsonValue textOrNull(const QString &value) { return value.isEmpty() ? null() : QJsonValue(value); }
    static QJsonValue integer(qint64 value) { return QString::number(value); }
    static QJsonValue null() { return QJsonValue(QJsonValue::Null); }
    /// An id that is 0 when there is none, as the book holds it (NULL).
    static QJsonValue id(qint64 value) { return value ? integer(value) : null(); }

    /// A fingerprint of a row (SHA-256 over its values, each length-prefixed):
    /// two rows with the same fingerprint hold the same values.
    static QByteArray fingerprint(const QJsonArray &row);

    /// Reads rows of a table in rowid order: those after rowid `after`, or the
    /// one row `only` when it is not 0. `each` gets every row; false stops.
    static Result<void> read(
        Database &db, const Table &table, qint64 after, qint64 only, const std::function<bool(QJsonArray)> &each);
};

} // namespace recoup
