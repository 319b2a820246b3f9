// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace recoup {

/// One numbered step of the schema: the statements that take a book from
/// version - 1 to version.
struct Migration
{
    int version = 0;
    QStringList statements;

    /// The migrations shipped in the program's resources (:/recoup/db/migrations).
    static const QList<Migration> &builtIn();
    /// Splits a .sql file into statements: each ends with ';' at a line's end,
    /// a trigger body ends with 'END;'.
    static QStringList splitStatements(const QString &sql);
};

} // namespace recoup
