// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace recoup {

class Database;

/// A customer's balance as of a date.
struct BalanceLine
{
    qint64 customerId = 0;
    QString ref;
    QString name;
    qint64 balance = 0; ///< what they owe; negative when in credit
};

/// Balances derived from the entries (never from the cached totals), as of a
/// date or of everything recorded.
class BalanceReport
{
public:
    /// Every customer, sorted by reference; only one when customerId is set.
    /// An invalid asOf means all entries, whatever their date.
    static Result<BalanceReport> compute(const Database &db, const QDate &asOf = QDate(), qint64 customerId = 0);

    const QList<BalanceLine> &lines() const { return m_lines; }
    qint64 total() const { return m_total; }

private:
    QList<BalanceLine> m_lines;
    qint64 m_total = 0;
};

} // namespace recoup
