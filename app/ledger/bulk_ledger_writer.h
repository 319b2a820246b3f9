// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "ledger/audit_chainer.h"
#include "ledger/audit_log.h"
#include "ledger/change_set.h"
#include "ledger/credit_application.h"
#include "ledger/customer.h"
#include "ledger/debt.h"
#include "ledger/entry_writer.h"
#include "ledger/ledger.h"
#include "ledger/payment.h"

#include <QCoreApplication>
#include <QHash>

#include <functional>
#include <memory>
#include <vector>

namespace recoup {

class BulkInsert;
class BulkInserter;
class BulkRow;

/// Writes many customers, sales and payments at once with exactly the rows the
/// Ledger would write for the same calls in the same order: the same ids,
/// entries, caches and audit records. It replays in memory (the same Allocator,
/// credit applied through the same CreditApplication as the ledger) and writes each row once, with
/// its final cached values, through the book's BulkInserter (app/db).
///
/// Use inside a transaction that holds the write lock (Database::begin()): the
/// ids are given out in advance from the tables' next free ids. The inputs are
/// taken as already checked (the import's validator does that); nothing is
/// written before finish().
class BulkLedgerWriter
{
    Q_DECLARE_TR_FUNCTIONS(BulkLedgerWriter)
public:
    explicit BulkLedgerWriter(Ledger &ledger);
    ~BulkLedgerWriter();
    Q_DISABLE_COPY_MOVE(BulkLedgerWriter)

    /// Reads the next free ids and the audit chain's head; fails outside a transaction.
    Result<void> start();
    /// As Ledger::addCustomer; the reference must be given.
    Result<qint64> addCustomer(const CustomerInput &input);
    /// As Ledger::addDebt; the reference must be given.
    Result<qint64> addDebt(const DebtInput &input);
    /// As Ledger::recordPayment with the allocation by the rule (preferredDebtId honoured).
    Result<PaymentOutcome> recordPayment(const PaymentInput &input);
    /// Writes every row; the caller then commits (or rolls back on failure).
    Result<void> finish();
    /// After finish() failed: which add call (0 = the first addCustomer, addDebt or
    /// recordPayment) wrote the row the book refused; -1 when none did.
    int failedCall() const { return m_failedCall; }
    /// After finish(): the customers, debts and entries written, for the change notice.
    ChangeSet changes() const;

private:
    struct CustomerState
    {
        bool isNew = false;
        bool touched = false;
        CustomerInput details; ///< new customers only
        QString phoneE164;
        qint64 balance = 0;
        qint64 credit = 0;
        QString lastPaymentDate; ///< as stored: ISO date or null
        int call = -1; ///< the addCustomer call, for new customers
        QList<OpenItem> open; ///< debts with something open, as Ledger::openItems
        QList<UnappliedCredit> credits; ///< as LedgerReader::unappliedCredits, oldest first
    };
    struct DebtRecord
    {
        qint64 customerId = 0;
        QString ref;
        QString description;
        QDate issueDate;
        QDate dueDate;
        std::optional<int> termsDays;
        qint64 amount = 0;
        qint64 open = 0;
        int call = -1;
    };
    Result<CustomerState *> customerState(qint64 id);
    qint64 appendEntry(CustomerState &customer, NewEntry entry);
    /// Binds the entries appended since `first` into the action's record.
    void bindEntries(AuditChainer::Pending &record, size_t first) const;
    void changeOpen(CustomerState &customer, qint64 debtId, qint64 delta);
    void audit(AuditChainer::Pending record);
    const QByteArray &dateText(const QDate &date);
    /// Inserts `count` rows of `table`; on failure notes which call wrote the refused row.
    Result<void> insertRows(const QByteArray &table, const QByteArrayList &columns, size_t count,
        const std::function<void(BulkRow &, size_t)> &bind, const std::function<int(size_t)> &callOf);
    Result<void> writeCustomers();
    Result<void> writeDebts();
    Result<void> writeEntries();
    Result<void> writeAudit(const std::vector<AuditChainer::Record> &records);

    Ledger &m_ledger;
    Database &m_db;
    std::unique_ptr<BulkInserter> m_inserter;
    bool m_started = false;
    QString m_now; ///< recorded_at of every row, to the millisecond
    QString m_createdAt; ///< created_at of customers and debts, to the second
    QString m_head; ///< the audit chain's head before the first record written here
    QString m_callingCode;
    QDate m_closedThrough;
    qint64 m_bookTotal = 0; ///< BookTotal with every entry appended so far
    qint64 m_firstCustomerId = 0;
    qint64 m_firstDebtId = 0;
    qint64 m_firstEntryId = 0;
    qint64 m_firstAuditId = 0;
    QHash<qint64, CustomerState> m_customers;
    std::vector<qint64> m_newCustomers; ///< ids in order of addition
    std::vector<DebtRecord> m_newDebts; ///< by id - m_firstDebtId
    QHash<qint64, qint64> m_bookDebtOpen; ///< debts already in the book whose open amount changed
    std::vector<NewEntry> m_entries; ///< by id - m_firstEntryId
    std::vector<int> m_entryCalls; ///< the call that wrote each of m_entries
    std::unique_ptr<AuditChainer> m_chainer; ///< makes the audit records meanwhile
    std::vector<int> m_auditCalls; ///< the call of each audit record, by id - m_firstAuditId
    QHash<qint64, QByteArray> m_dateTexts; ///< by Julian day
    int m_calls = 0;
    int m_failedCall = -1;
};

} // namespace recoup
