// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/currency.h"
#include "core/result.h"
#include "ledger/audit_log.h"
#include "ledger/book_rules.h"
#include "ledger/customer.h"
#include "ledger/debt.h"
#include "ledger/entry.h"
#include "ledger/payment.h"

#include <QObject>

#include <optional>

namespace recoup {

class Clock;
class Database;

/// The books: customers, their debts and the append-only entries that say what
/// is owed. Every write is one transaction with an audit record; the window,
/// the import and the command line all write through here.
class Ledger final : public QObject
{
    Q_OBJECT
public:
    /// The longest text a field may hold.
    static constexpr int MaxTextLength = BookRules::MaxTextLength;

    Ledger(Database &db, const Clock &clock, QObject *parent = nullptr);

    Database &database() const { return m_db; }
    const Clock &clock() const { return m_clock; }
    const Currency &currency() const;
    /// Who is recorded as having made the entries (the operating system user by default).
    void setUser(const QString &user) { m_user = user; }
    const QString &user() const { return m_user; }
    AuditLog &audit() { return m_audit; }

    // Customers
    /// Adds a customer; an empty ref gets the next free "C-00001" style reference.
    Result<qint64> addCustomer(CustomerInput input);
    Result<void> updateCustomer(qint64 id, CustomerInput input);
    std::optional<Customer> customer(qint64 id) const;
    std::optional<Customer> customerByRef(const QString &ref) const;
    QString nextCustomerRef() const;
    qint64 customerCount() const;

    // Debts
    /// Records a credit sale: the debt, its charge, and any unapplied credit applied to it.
    Result<qint64> addDebt(const DebtInput &input);
    std::optional<Debt> debt(qint64 id) const;
    std::optional<Debt> debtByRef(const QString &ref) const;
    /// The customer's debts with something open, in allocation order.
    QList<Debt> openDebts(qint64 customerId) const;
    /// All the customer's debts, paid ones too, in the same order.
    QList<Debt> debts(qint64 customerId) const;
    QString nextDebtRef() const;

    // Payments
    /// Where a payment would go, without saving anything.
    Result<PaymentOutcome> previewPayment(const PaymentInput &input) const;
    /// Records a payment and its allocation; what is left becomes credit.
    Result<PaymentOutcome> recordPayment(const PaymentInput &input);
    /// Moves unapplied credit onto the customer's open debts by the rule.
    Result<void> applyCredit(qint64 customerId);
    /// Money a payment left unapplied, as credit is applied: oldest payment first.
    struct UnappliedCredit
    {
        qint64 paymentId = 0;
        QDate date;
        QString method;
        QString reference;
        qint64 remaining = 0;
    };
    Result<QList<UnappliedCredit>> unappliedCredits(qint64 customerId) const;
    /// The customer's debts with something open (not zero), as the allocation rule takes them.
    /// The customer's open items; with a date, each capped to what stays open on
    /// every day from that date on.
    QList<Debt> customerDebts(qint64 customerId, bool openOnly) const;
    QList<OpenItem> openItems(qint64 customerId, const QDate &from = QDate()) const;
    void capToLaterDays(qint64 customerId, const QDate &from, QList<OpenItem> &items) const;

    // Corrections
    /// A signed change to a debt's amount, with a reason.
    Result<qint64> addAdjustment(qint64 debtId, qint64 signedAmount, const QDate &date, const QString &reason);
    /// Undoes an entry: a payment with its allocations, a sale with what was
    /// applied to it, or a single allocation or adjustment. The reason is required.
    Result<void> reverse(qint64 entryId, const QString &reason, const QDate &date = QDate());

    // Reads
    std::optional<Entry> entry(qint64 id) const;
    /// Every entry on a debt, oldest first, with reversals marked.
    QList<Entry> debtTimeline(qint64 debtId) const;
    /// Every entry of a customer, oldest first.
    QList<Entry> customerEntries(qint64 customerId) const;
    /// The first date still open for entries (the day after the closed period).
    QDate closedThrough() const;
    /// What the amounts of all entries add up to now (BookTotal), the figure
    /// BookRules::MaxBookTotal bounds.
    Result<qint64> bookTotal() const;

Q_SIGNALS:
    void customerAdded(qint64 customerId);
    /// Details or balances of the customer changed.
    void customerChanged(qint64 customerId);

private:
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

    Result<CustomerInput> checkCustomer(CustomerInput input, qint64 existingId) const;
    Result<void> checkDate(const QDate &date) const;
    Result<qint64> insertEntry(const NewEntry &entry);
    Result<void> allocate(qint64 customerId, qint64 paymentId, const QList<AllocationLine> &lines, const QDate &date,
        const QString &method, const QString &reference);
    Result<void> applyCreditTo(qint64 customerId, const QList<OpenItem> &items, const QDate &notBefore);
    Result<void> refreshLastPayment(qint64 customerId);
    QList<Entry> readEntries(const QString &where, qint64 id) const;
    Result<PaymentOutcome> planPayment(const PaymentInput &input) const;

    Database &m_db;
    const Clock &m_clock;
    AuditLog m_audit;
    QString m_user;
    mutable QDate m_closedThrough;
    mutable quint64 m_closedThroughSerial = 0;
    mutable qint64 m_bookTotal = 0;
    mutable quint64 m_bookTotalSerial = 0;
};

} // namespace recoup
