// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collections/collection_records.h"
#include "collections/payment_plan.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>

namespace recoup {

class Database;

/// The reads of payment plans: each plan with its sources and installments,
/// and where it stands as of a date, derived from the entries (an installment
/// still open after its due date plus the grace days breaks its plan; nothing
/// about it is stored). Three statements for the whole book or one customer.
class PlanRecords
{
    Q_DECLARE_TR_FUNCTIONS(PlanRecords)
public:
    explicit PlanRecords(Database &db);

    /// Plans made on or before the date, oldest first, as of it.
    Result<QList<PaymentPlan>> plans(const QDate &asOf, int graceDays, qint64 customerId = 0) const;
    /// The plans a debt is a source or an installment of, as of the date.
    Result<QList<PaymentPlan>> plansOfDebt(qint64 debtId, const QDate &asOf, int graceDays) const;
    /// The latest record of each broken plan's task, up to the date, by plan.
    Result<QHash<qint64, TaskState>> taskStates(const QDate &asOf, qint64 customerId = 0) const;

    static QString stateLabel(PlanState state);

private:
    Result<QList<PaymentPlan>> read(
        const QString &where, const QVariant &value, const QDate &asOf, int graceDays) const;

    Database &m_db;
};

} // namespace recoup
