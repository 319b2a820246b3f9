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

QString SqlDialect::greatest(const QString &a, const QString &b) const
{
    switch (m_backend) {
    case Backend::SQLite:
        return QStringLiteral("max(%1, %2)").arg(a, b);
    }
    Q_UNREACHABLE();
}

QString SqlDialect::least(const QString &a, const QString &b) const
{
    switch (m_backend) {
    case Backend::SQLite:
        return QStringLiteral("min(%1, %2)").arg(a, b);
    }
    Q_UNREACHABLE();
}

QString SqlDialect::floatingSum(const QString &expression) const
{
    switch (m_backend) {
    case Backend::SQLite:
        return QStringLiteral("total(%1)").arg(expression);
    }
    Q_UNREACHABLE();
}

QString SqlDialect::caseless(const QString &expression) const
{
    switch (m_backend) {
    case Backend::SQLite:
        // The same collation as the index customers_name, so the index serves the order.
        return QStringLiteral("%1 COLLATE NOCASE").arg(expression);
    }
    Q_UNREACHABLE();
}

QString SqlDialect::likeCaseless(const QString &expression, const QString &pattern) const
{
    switch (m_backend) {
    case Backend::SQLite:
        // SQLite's LIKE ignores the case of ASCII letters already.
        return QStringLiteral("%1 LIKE %2 ESCAPE '\\'").arg(expression, pattern);
    }
    Q_UNREACHABLE();
}

QString SqlDialect::addDays(const QString &date, const QString &days) const
{
    switch (m_backend) {
    case Backend::SQLite:
        // date() takes a modifier such as '+3 days' or '-2 days'; printf gives the sign.
        return QStringLiteral("date(%1, printf('%+d days', %2))").arg(date, days);
    }
    Q_UNREACHABLE();
}

} // namespace recoup
