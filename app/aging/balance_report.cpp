// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "aging/balance_report.h"

#include "db/database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace recoup {

Result<BalanceReport> BalanceReport::compute(const Database &db, const QDate &asOf, qint64 customerId)
{
    // Dates and ids go in as literals: a valid QDate is only digits and dashes.
    QStringList entryWhere;
    if (asOf.isValid())
        entryWhere << QStringLiteral("effective_date <= '%1'").arg(asOf.toString(Qt::ISODate));
    if (customerId)
        entryWhere << QStringLiteral("customer_id = %1").arg(customerId);
    const QString sql
        = QStringLiteral("SELECT c.id, c.ref, c.name, coalesce(b.balance, 0) FROM customers c "
                         "LEFT JOIN (SELECT customer_id, sum(balance_delta) AS balance FROM entries%1 "
                         "GROUP BY customer_id) b ON b.customer_id = c.id%2 ORDER BY c.ref, c.id")
              .arg(entryWhere.isEmpty() ? QString()
                                        : QStringLiteral(" WHERE ") + entryWhere.join(QStringLiteral(" AND ")),
                  customerId ? QStringLiteral(" WHERE c.id = %1").arg(customerId) : QString());
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (!query.exec(sql))
        return Error{ QCoreApplication::translate("BalanceReport", "The balances cannot be computed: %1")
                          .arg(Database::describe(query.lastError())) };
    BalanceReport report;
    while (query.next()) {
        BalanceLine line{ query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toLongLong() };
        report.m_total += line.balance;
        report.m_lines.append(line);
    }
    return report;
}

} // namespace recoup
