// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/audit_details.h"

namespace recoup {

QJsonObject AuditDetails::customerAdded(const QString &ref, const QString &name)
{
    return { { QStringLiteral("ref"), ref }, { QStringLiteral("name"), name } };
}

QJsonObject AuditDetails::debtAdded(
    const QString &ref, qint64 customerId, qint64 amount, const QDate &issueDate, const QDate &dueDate)
{
    return { { QStringLiteral("ref"), ref }, { QStringLiteral("customer_id"), customerId },
        { QStringLiteral("amount"), amount }, { QStringLiteral("issue_date"), issueDate.toString(Qt::ISODate) },
        { QStringLiteral("due_date"), dueDate.toString(Qt::ISODate) } };
}

QJsonObject AuditDetails::paymentAdded(
    qint64 customerId, qint64 amount, const QDate &date, const QString &method, qint64 allocated)
{
    return { { QStringLiteral("customer_id"), customerId }, { QStringLiteral("amount"), amount },
        { QStringLiteral("date"), date.toString(Qt::ISODate) }, { QStringLiteral("method"), method },
        { QStringLiteral("allocated"), allocated } };
}

} // namespace recoup
