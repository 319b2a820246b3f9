// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QList>
#include <QString>

namespace recoup {

class Database;

/// The audit records about one customer's rows (or one debt's), read from the
/// chain as it stands, each with its hash and the hash of the record before it,
/// so a paper can show the part of the chain that concerns a customer and a
/// reader can check it against the book (`recoup-cli verify BOOK --head`).
class AuditExtract
{
public:
    /// One audit record, as the chain holds it.
    struct Line
    {
        qint64 id = 0;
        QString recordedAt; ///< UTC, ISO 8601 with milliseconds
        QString recordedBy;
        QString action;
        QString objectType;
        qint64 objectId = 0;
        QString prevHash;
        QString hash;
    };

    explicit AuditExtract(Database &db);

    /// Every record up to `throughId` (0: to the end) about the customer, its
    /// debts and entries, contacts, promises, disputes, plans, fees,
    /// referrals, legal steps, messages and papers sent; with a debt, only the
    /// records about the customer itself and that debt. Oldest first.
    Result<QList<Line>> read(qint64 customerId, qint64 debtId = 0, qint64 throughId = 0) const;

private:
    Database &m_db;
};

} // namespace recoup
