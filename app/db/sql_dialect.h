// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QVariant>

class QSqlDatabase;

namespace recoup {

/// The pieces of SQL that are not plain SQL: each database writes them its own
/// way, so the engine asks for them here instead of spelling them out. Only
/// SQLite today; a second back end is a new Backend and a case in each function.
/// Values are never pasted into the fragments: callers bind them.
class SqlDialect
{
public:
    enum class Backend { SQLite };

    explicit SqlDialect(Backend backend = Backend::SQLite) : m_backend(backend) { }
    /// The dialect of a connection, from its driver.
    static SqlDialect of(const QSqlDatabase &connection);

    Backend backend() const { return m_backend; }

    /// An integer expression for the whole days from the date `from` to the date
    /// `to` (positive when `to` is later); both are SQL expressions (columns or
    /// placeholders) holding dates as the books store them, "YYYY-MM-DD".
    QString daysBetween(const QString &from, const QString &to) const;

    /// The larger of two values (SQLite's two-argument max(), elsewhere GREATEST).
    QString greatest(const QString &a, const QString &b) const;
    /// The smaller of two values (SQLite's two-argument min(), elsewhere LEAST).
    QString least(const QString &a, const QString &b) const;
    /// A floating-point sum of `expression` over the rows that never fails on
    /// overflow (SQLite's total()): to tell a sum past 64 bits from other failures.
    QString floatingSum(const QString &expression) const;
    /// `expression` ordered without regard to the case of ASCII letters.
    QString caseless(const QString &expression) const;
    /// A match of `expression` against the LIKE pattern `pattern` (with '\' as
    /// escape), ignoring the case of ASCII letters as the customer search expects.
    QString likeCaseless(const QString &expression, const QString &pattern) const;

    /// A date expression for the date `date` plus `days` whole days (both SQL
    /// expressions: a column or placeholder holding "YYYY-MM-DD", and an integer).
    QString addDays(const QString &date, const QString &days) const;

    /// A date as it is bound to a statement and stored in the books.
    static QVariant date(const QDate &date) { return date.toString(Qt::ISODate); }

private:
    Backend m_backend;
};

} // namespace recoup
