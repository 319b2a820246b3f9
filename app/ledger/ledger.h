// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/currency.h"
#include "core/result.h"
#include "ledger/audit_log.h"
#include "ledger/book_rules.h"
#include "ledger/change_set.h"
#include "ledger/correction_service.h"
#include "ledger/credit_application.h"
#include "ledger/credit_control.h"
#include "ledger/customer.h"
#include "ledger/customer_service.h"
#include "ledger/debt.h"
#include "ledger/entry.h"
#include "ledger/entry_writer.h"
#include "ledger/ledger_reader.h"
#include "ledger/payment.h"
#include "ledger/payment_service.h"
#include "ledger/sale_service.h"

#include <QObject>

namespace recoup {

class Clock;
class Database;

/// The books: customers, their debts and the append-only entries that say what
/// is owed. A thin front over the services that do each job (CustomerService,
/// SaleService, PaymentService, CorrectionService), the one EntryWriter they
/// all write entries through, and the LedgerReader; the window and the command
/// line call it, and it announces what changed after each commit.
class Ledger final : public QObject
{
    Q_OBJECT
public:
    /// The longest text a field may hold.
    static constexpr int MaxTextLength = BookRules::MaxTextLength;
    using UnappliedCredit = recoup::UnappliedCredit;

    Ledger(Database &db, const Clock &clock, QObject *parent = nullptr);

    Database &database() const { return m_db; }
    const Clock &clock() const { return m_clock; }
    const Currency &currency() const;
    /// Who is recorded as having made the entries (the operating system user by default).
    void setUser(const QString &user) { m_writer.setUser(user); }
    const QString &user() const { return m_writer.user(); }
    AuditLog &audit() { return m_audit; }
    const LedgerReader &reader() const { return m_reader; }
    EntryWriter &writer() { return m_writer; }
    /// Credit stopped or resumed, and the check a credit sale passes.
    CreditControl &credit() { return m_credit; }
    const CreditControl &credit() const { return m_credit; }

    // Customers
    /// Adds a customer; an empty ref gets the next free "C-00001" style reference.
    Result<qint64> addCustomer(CustomerInput input);
    Result<void> updateCustomer(qint64 id, CustomerInput input);
    Result<Customer> customer(qint64 id) const { return m_reader.customer(id); }
    Result<Customer> customerByRef(const QString &ref) const { return m_reader.customerByRef(ref); }
    /// The next free reference, empty when the book cannot be read.
    QString nextCustomerRef() const;
    qint64 customerCount() const;

    // Debts
    /// Records a credit sale: the debt, its charge, and any unapplied credit applied to it.
    Result<qint64> addDebt(const DebtInput &input);
    Result<Debt> debt(qint64 id) const { return m_reader.debt(id); }
    Result<Debt> debtByRef(const QString &ref) const { return m_reader.debtByRef(ref); }
    /// The customer's debts with something open, in allocation order.
    Result<QList<Debt>> openDebts(qint64 customerId) const { return m_reader.customerDebts(customerId, true); }
    /// All the customer's debts, paid ones too, in the same order.
    Result<QList<Debt>> debts(qint64 customerId) const { return m_reader.customerDebts(customerId, false); }
    /// The next free reference, empty when the book cannot be read.
    QString nextDebtRef() const;

    // Payments and credit
    /// Where a payment would go, without saving anything.
    Result<PaymentOutcome> previewPayment(const PaymentInput &input) const { return m_payments.preview(input); }
    /// Records a payment and its allocation; what is left becomes credit.
    Result<PaymentOutcome> recordPayment(const PaymentInput &input);
    /// Moves unapplied credit onto the customer's open debts by the rule.
    Result<void> applyCredit(qint64 customerId);
    Result<QList<UnappliedCredit>> unappliedCredits(qint64 customerId) const
    {
        return m_reader.unappliedCredits(customerId);
    }
    /// The customer's open items; with a date, each capped to what stays open on
    /// every day from that date on.
    Result<QList<OpenItem>> openItems(qint64 customerId, const QDate &from = QDate()) const
    {
        return m_reader.openItems(customerId, from);
    }

    // Corrections
    /// A signed change to a debt's amount, with a reason.
    Result<qint64> addAdjustment(qint64 debtId, qint64 signedAmount, const QDate &date, const QString &reason);
    /// Undoes an entry: a payment with its allocations, a sale with what was
    /// applied to it, or a single allocation or adjustment. The reason is required.
    Result<void> reverse(qint64 entryId, const QString &reason, const QDate &date = QDate());

    // Reads
    Result<Entry> entry(qint64 id) const { return m_reader.entry(id); }
    /// Every entry on a debt, oldest first, with reversals marked.
    Result<QList<Entry>> debtTimeline(qint64 debtId) const
    {
        return m_reader.entries(QStringLiteral("e.debt_id = ?"), debtId);
    }
    /// Every entry of a customer, oldest first.
    Result<QList<Entry>> customerEntries(qint64 customerId) const
    {
        return m_reader.entries(QStringLiteral("e.customer_id = ?"), customerId);
    }
    /// The last closed day (invalid when nothing is closed).
    QDate closedThrough() const { return m_writer.closedThrough(); }
    /// What the amounts of all entries add up to now (BookTotal), the figure
    /// BookRules::MaxBookTotal bounds.
    Result<qint64> bookTotal() const { return m_writer.bookTotal(); }

    /// Sends the change notice for writes made outside the ledger's services
    /// (the bulk import), after their commit.
    void announce(const ChangeSet &changes);

Q_SIGNALS:
    void customerAdded(qint64 customerId);
    /// Details or balances of the customer changed.
    void customerChanged(qint64 customerId);
    /// After the outermost commit of every write: what it changed.
    void changed(const recoup::ChangeSet &changes);

private:
    /// After a write: the change notice, once the outermost transaction has committed.
    void written();

    Database &m_db;
    const Clock &m_clock;
    AuditLog m_audit;
    LedgerReader m_reader;
    EntryWriter m_writer;
    PaymentService m_payments;
    CreditControl m_credit;
    CustomerService m_customers;
    SaleService m_sales;
    CorrectionService m_corrections;
    ChangeSet m_pending;
};

} // namespace recoup
