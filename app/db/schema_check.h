// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/migration.h"

#include <QSqlDatabase>
#include <QStringList>

namespace recoup {

/// Finds the tables, indexes and triggers a book should have and lacks: a book
/// someone edited by hand (a table dropped, the append-only triggers removed)
/// passes SQLite's integrity check, yet is no longer a sound book.
class SchemaCheck
{
public:
    /// "table debts", "trigger entries_no_update", ...: what the migrations up
    /// to `version` make and `book` does not hold; empty when nothing is missing.
    static QStringList missingObjects(const QSqlDatabase &book, const QList<Migration> &migrations, int version);

private:
    /// The objects of a fresh book at `version`, built once per version in a
    /// database in memory (a few milliseconds), so the list never falls behind
    /// the migrations.
    static QStringList expectedObjects(const QList<Migration> &migrations, int version);
    static QStringList objectsOf(const QSqlDatabase &db);
};

} // namespace recoup
