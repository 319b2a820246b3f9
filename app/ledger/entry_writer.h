// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "ledger/allocator.h"
#include "ledger/chain_binder.h"
#include "ledger/change_set.h"
#include "ledger/entry.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>

namespace recoup {

class AuditLog;
class Clock;
class Database;

/// An entry to be written.
struct NewEntry
{
    qint64 customerId = 0;
    qint64 debtId = 0;
    qint64 paymentId = 0;
    qint64 sourceId = 0;
    EntryKind kind = EntryKind::Charge;
    qint64 amount = 0;
    qint64 openDelta = 0;
    qint64 creditDelta = 0;
    QDate date;
    QString ref;
    QString method;
    QString reference;
    QString note;
};

/// The only code that writes an entry. Each one is checked against the rules
/// (its amount, its date and the closed period, the book total), written with
/// the caches it moves (the debt's open amount, the customer's balance and
/// credit, the book total) and noted for the change notice; the audit records
/// of the action go through here too. A new kind of entry is a NewEntry with
/// its deltas, written here. Use inside a transaction.
class EntryWriter
{
    Q_DECLARE_TR_FUNCTIONS(EntryWriter)
public:
    EntryWriter(Database &db, const Clock &clock, AuditLog &audit);

    void setUser(const QString &user) { m_user = user; }
    const QString &user() const { return m_user; }

    /// The last closed day (invalid when nothing is closed), read once per transaction.
    QDate closedThrough() const;
    /// A date an entry may have: within the book's dates, after the closed period.
    Result<void> checkDate(const QDate &date) const;
    /// What the amounts of all entries add up to now (BookTotal).
    Result<qint64> bookTotal() const;

    Result<qint64> write(const NewEntry &entry);
    /// Allocation entries moving a payment's money onto debts.
    Result<void> allocate(qint64 customerId, qint64 paymentId, const QList<AllocationLine> &lines, const QDate &date,
        const QString &method, const QString &reference);
    /// The action's audit record, by the writer's user. It binds the rows the
    /// action added or changed (ChainBinder), so call it after writing them.
    Result<void> audit(const QString &action, const QString &objectType, qint64 objectId, const QJsonObject &details);
    /// Binds the rows of a book not bound yet (one upgraded from before the binding).
    Result<void> bindBook() { return m_binder.bindBook(m_audit, m_user); }
    ChainBinder &binder() { return m_binder; }

    /// Notes a change that is not an entry (a customer's details, a new debt row).
    void noteCustomer(qint64 id) { m_changes.customers.insert(id); }
    void noteDebt(qint64 id) { m_changes.debts.insert(id); }
    /// What was written since the last call (the caller sends it after its commit).
    ChangeSet takeChanges();

private:
    Database &m_db;
    const Clock &m_clock;
    AuditLog &m_audit;
    ChainBinder m_binder;
    QString m_user;
    mutable QDate m_closedThrough;
    mutable quint64 m_closedThroughSerial = 0;
    mutable qint64 m_bookTotal = 0;
    mutable quint64 m_bookTotalSerial = 0;
    ChangeSet m_changes;
};

} // namespace recoup
