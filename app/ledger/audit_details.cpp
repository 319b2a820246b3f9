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
        { QStringLiteral("amount"), amount }, { QStringLiteral("issue_date"), isoDate(issueDate) },
        { QStringLiteral("due_date"), isoDate(dueDate) } };
}

QJsonObject AuditDetails::paymentAdded(
    qint64 customerId, qint64 amount, const QDate &date, const QString &method, qint64 allocated)
{
    return { { QStringLiteral("customer_id"), customerId }, { QStringLiteral("amount"), amount },
        { QStringLiteral("date"), isoDate(date) }, { QStringLiteral("method"), method },
        { QStringLiteral("allocated"), allocated } };
}

QString AuditDetails::isoDate(const QDate &date)
{
    int y = 0, m = 0, d = 0;
    date.getDate(&y, &m, &d);
    if (!date.isValid() || y < 1000 || y > 9999)
        return date.toString(Qt::ISODate);
    const char16_t text[] = { char16_t(u'0' + y / 1000), char16_t(u'0' + y / 100 % 10), char16_t(u'0' + y / 10 % 10),
        char16_t(u'0' + y % 10), u'-', char16_t(u'0' + m / 10), char16_t(u'0' + m % 10), u'-', char16_t(u'0' + d / 10),
        char16_t(u'0' + d % 10) };
    return QString(reinterpret_cast<const QChar *>(text), 10);
}

} // namespace recoup
