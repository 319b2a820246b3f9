// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/sql_dialect.h"

#include <QSqlDatabase>

namespace recoup {

SqlDialect SqlDialect::of(const QSqlDatabase &connection)
{
    // Every book is SQLite for now (QSQLITE); this is where a second driver is told apart.
    Q_UNUSED(connection)
    return SqlDialect(Backend::SQLite);
}

QString SqlDialect::daysBetween(const QString &from, const QString &to) const
{
    switch (m_backend) {
    case Backend::SQLite:
        // julianday() of two dates differs by a whole number; CAST makes it an integer.
        return QStringLiteral("CAST(julianday(%2) - julianday(%1) AS INTEGER)").arg(from, to);
    }
    Q_UNREACHABLE();
}

} // namespace recoup
