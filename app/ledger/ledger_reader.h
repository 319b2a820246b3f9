// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "ledger/allocator.h"
#include "ledger/credit_application.h"
#include "ledger/customer.h"
#include "ledger/debt.h"
#include "ledger/entry.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace recoup {

class Database;

/// The ledger's reads and its row mapping. A read that fails says so: a
/// locked or broken book is reported as such, never as "not found" or as an
/// empty list.
class LedgerReader
{
    Q_DECLARE_TR_FUNCTIONS(LedgerReader)
public:
    explicit LedgerReader(Database &db);

    Result<Customer> customer(qint64 id) const;
    Result<Customer> customerByRef(const QString &ref) const;
    /// The id of the customer with that reference, 0 when there is none.
    Result<qint64> customerIdByRef(const QString &ref) const;
    Result<qint64> customerCount() const;
    Result<Debt> debt(qint64 id) const;
    Result<Debt> debtByRef(const QString &ref) const;
    /// Whether a sale has the reference already.
    Result<bool> debtRefTaken(const QString &ref) const;
    /// Whether a payment has the reference already.
    Result<bool> paymentRefTaken(const QString &ref) const;
    /// The customer's debts (with something open, or all) in allocation order.
    Result<QList<Debt>> customerDebts(qint64 customerId, bool openOnly) const;
    /// The largest id of a table (0 when empty), where the next references start.
    Result<qint64> largestId(const QString &table) const;

    Result<Entry> entry(qint64 id) const;
    /// Entries matching a condition on `e` with one bound id, oldest first, reversals marked.
    Result<QList<Entry>> entries(const QString &where, qint64 id) const;

    /// The customer's open items; with a date, each capped to what stays open
    /// on every day from that date on.
    Result<QList<OpenItem>> openItems(qint64 customerId, const QDate &from = QDate()) const;
    /// Money payments left unapplied, payment by payment, oldest first.
    Result<QList<UnappliedCredit>> unappliedCredits(qint64 customerId) const;

private:
    Result<void> capToLaterDays(qint64 customerId, const QDate &from, QList<OpenItem> &items) const;

    Database &m_db;
};

} // namespace recoup
