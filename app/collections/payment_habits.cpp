// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "collections/payment_habits.h"

#include "collections/collection_records.h"
#include "db/database.h"
#include "db/sql_dialect.h"

#include <QSqlQuery>

namespace recoup {

Result<PaymentHabits> PaymentHabits::read(Database &db, qint64 customerId, const QDate &asOf, int graceDays)
{
    PaymentHabits habits;
    // An item is paid on the day of the last entry that brought its open amount down.
    QSqlQuery &q = db.prepare(QStringLiteral(
        "SELECT d.due_date, MAX(e.effective_date) FROM debts d JOIN entries e ON e.debt_id = d.id "
        "AND e.open_delta < 0 AND e.effective_date <= :as_of WHERE d.customer_id = :customer AND d.open_amount = 0 "
        "AND d.kind IN ('sale', 'installment') GROUP BY d.id"));
    q.bindValue(QStringLiteral(":as_of"), SqlDialect::date(asOf));
    q.bindValue(QStringLiteral(":customer"), customerId);
    if (auto done = db.exec(q); !done)
        return done.failure();
    qint64 daysLate = 0;
    while (q.next()) {
        const QDate due = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        const QDate paid = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        if (!due.isValid() || !paid.isValid())
            continue;
        ++habits.paidItems;
        daysLate += std::max<qint64>(0, due.daysTo(paid));
    }
    if (habits.paidItems)
        habits.averageDaysLate = static_cast<int>((daysLate + habits.paidItems / 2) / habits.paidItems);

    const auto promises = CollectionRecords(db).promises(asOf, graceDays, customerId);
    if (!promises)
        return promises.failure();
    for (const Promise &p : promises.value()) {
        if (p.state == PromiseState::Kept)
            ++habits.promisesKept;
        else if (p.state == PromiseState::Broken)
            ++habits.promisesBroken;
    }
    return habits;
}

} // namespace recoup
