// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "aging/aging_report.h"
#include "aging/customer_statement.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QHash>

namespace recoup {

class Database;

/// Reads statements for a period: the aging of the whole book on the last day
/// is read once, then each customer's statement in a few statements of SQL,
/// so a batch of a thousand does not age the book a thousand times.
class StatementReader
{
    Q_DECLARE_TR_FUNCTIONS(StatementReader)
public:
    /// The period from `from` to `asOf` (both included); the kind of statement.
    static Result<StatementReader> prepare(Database &db, StatementKind kind, const QDate &from, const QDate &asOf);
    /// A month as "2026-03": from its first to its last day.
    static Result<std::pair<QDate, QDate>> parsePeriod(const QString &text);

    /// The customers with a balance on the date (owing or in credit), by reference.
    QList<qint64> customersWithBalance() const;
    /// One customer's statement (any customer of the book, with a balance or not).
    Result<CustomerStatement> statement(qint64 customerId) const;

private:
    StatementReader(Database &db, StatementKind kind, QDate from, QDate asOf);

    Database *m_db = nullptr;
    StatementKind m_kind = StatementKind::OpenItem;
    QDate m_from;
    QDate m_asOf;
    AgingOptions m_options;
    QList<AgingLine> m_aging; ///< by customer, sorted by reference
    QHash<qint64, qsizetype> m_row; ///< customer id -> row of m_aging
};

} // namespace recoup
