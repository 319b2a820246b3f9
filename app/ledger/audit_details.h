// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>

namespace recoup {

/// The details of the audit records the Ledger writes, in one place so that the
/// Ledger and the bulk import write records of exactly the same shape.
class AuditDetails
{
public:
    static QJsonObject customerAdded(const QString &ref, const QString &name);
    static QJsonObject debtAdded(
        const QString &ref, qint64 customerId, qint64 amount, const QDate &issueDate, const QDate &dueDate);
    static QJsonObject paymentAdded(
        qint64 customerId, qint64 amount, const QDate &date, const QString &method, qint64 allocated);
    /// YYYY-MM-DD, as QDate::toString(Qt::ISODate) writes it, without its printf.
    static QString isoDate(const QDate &date);
};

} // namespace recoup
