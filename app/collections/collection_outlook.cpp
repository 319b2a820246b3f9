// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "collections/collection_outlook.h"

#include "collections/collection_records.h"
#include "collections/plan_records.h"
#include "db/database.h"
#include "db/sql_dialect.h"

#include <QSqlQuery>
#include <QVariant>

namespace recoup {

Result<CollectionOutlook> CollectionOutlook::compute(Database &db, const CollectionPolicy &policy, const QDate &asOf)
{
    if (!asOf.isValid())
        return Error{ tr("Give a valid date.") };
    CollectionOutlook outlook;
    outlook.asOf = asOf;
    outlook.weekStart = asOf.addDays(1 - asOf.dayOfWeek());

    // Promises still pending: what is left of each, when it falls due within four weeks.
    auto promises = CollectionRecords(db).promises(asOf, policy.promiseGraceDays);
    if (!promises)
        return promises.failure();
    const QDate horizon = asOf.addDays(ExpectedDays);
    for (const Promise &p : promises.value()) {
        if (p.state != PromiseState::Pending || p.dueDate > horizon)
            continue;
        outlook.expected += p.amount - p.paid;
        ++outlook.promises;
    }

    // Installments of plans on track falling due within four weeks (and those
    // past due but still within the grace days), what is open on each.
    auto plans = PlanRecords(db).plans(asOf, policy.promiseGraceDays);
    if (!plans)
        return plans.failure();
    for (const PaymentPlan &p : plans.value()) {
        if (p.state != PlanState::OnTrack)
            continue;
        for (const PlanInstallment &in : p.draft.installments) {
            if (in.open <= 0 || in.dueDate > horizon)
                continue;
            outlook.expected += in.open;
            outlook.fromInstallments += in.open;
            ++outlook.installments;
        }
    }

    // Payments of the week; every payment moves credit, so entries_credit finds them by date.
    QSqlQuery &q = db.prepare(QStringLiteral(
        "SELECT coalesce(sum(e.amount), 0) FROM entries e WHERE e.credit_delta <> 0 AND e.kind = 'payment' "
        "AND e.effective_date >= :from AND e.effective_date <= :to AND NOT EXISTS (SELECT 1 FROM entries r "
        "WHERE r.source_id = e.id AND r.kind = 'reversal' AND r.effective_date <= :to)"));
    q.bindValue(QStringLiteral(":from"), SqlDialect::date(outlook.weekStart));
    q.bindValue(QStringLiteral(":to"), SqlDialect::date(asOf));
    if (auto done = db.exec(q); !done)
        return done.failure();
    if (q.next())
        outlook.collected = q.value(0).toLongLong();
    q.finish();
    return outlook;
}

} // namespace recoup
