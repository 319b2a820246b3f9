// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/ledger.h"

#include "db/database.h"
#include "db/transaction.h"

namespace recoup {

namespace {

QString defaultUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? QStringLiteral("recoup") : user;
}

} // namespace

Ledger::Ledger(Database &db, const Clock &clock, QObject *parent)
    : QObject(parent),
      m_db(db),
      m_clock(clock),
      m_audit(db, clock),
      m_reader(db),
      m_writer(db, clock, m_audit),
      m_payments(db, m_reader, m_writer),
      m_credit(db, clock, m_writer),
      m_customers(db, clock, m_reader, m_writer),
      m_sales(db, clock, m_reader, m_writer, m_payments, m_credit),
      m_corrections(db, clock, m_reader, m_writer)
{
    qRegisterMetaType<recoup::ChangeSet>();
    m_writer.setUser(defaultUser());
    // A book just upgraded (after its backup) is bound into the audit chain at
    // once; should that fail, its first write binds it.
    if (!m_db.backupPath().isEmpty() && m_db.isWritable() && !m_db.integrityPending()) {
        Transaction tx(m_db);
        if (tx.started() && m_writer.bindBook())
            static_cast<void>(tx.commit());
    }
}

const Currency &Ledger::currency() const
{
    return m_db.currency();
}

void Ledger::written()
{
    m_pending.unite(m_writer.takeChanges());
    // Never inside a transaction that may still roll back.
    if (m_db.inTransaction() || m_pending.isEmpty())
        return;
    const ChangeSet changes = std::exchange(m_pending, ChangeSet());
    Q_EMIT changed(changes);
}

void Ledger::announce(const ChangeSet &changes)
{
    m_pending.unite(changes);
    written();
}

QString Ledger::nextCustomerRef() const
{
    const auto ref = m_customers.nextRef();
    return ref ? ref.value() : QString();
}

qint64 Ledger::customerCount() const
{
    const auto count = m_reader.customerCount();
    return count ? count.value() : 0;
}

QString Ledger::nextDebtRef() const
{
    const auto ref = m_sales.nextRef();
    return ref ? ref.value() : QString();
}

Result<qint64> Ledger::addCustomer(CustomerInput input)
{
    auto id = m_customers.add(std::move(input));
    if (!id) {
        m_writer.takeChanges();
        return id;
    }
    written();
    if (!m_db.inTransaction())
        Q_EMIT customerAdded(id.value());
    return id;
}

Result<void> Ledger::updateCustomer(qint64 id, CustomerInput input)
{
    auto done = m_customers.update(id, std::move(input));
    if (!done) {
        m_writer.takeChanges();
        return done;
    }
    written();
    Q_EMIT customerChanged(id);
    return done;
}

Result<qint64> Ledger::addDebt(const DebtInput &input)
{
    auto id = m_sales.add(input);
    if (!id) {
        m_writer.takeChanges();
        return id;
    }
    written();
    if (!m_db.inTransaction())
        Q_EMIT customerChanged(input.customerId);
    return id;
}

Result<PaymentOutcome> Ledger::recordPayment(const PaymentInput &input)
{
    auto outcome = m_payments.record(input);
    if (!outcome) {
        m_writer.takeChanges();
        return outcome;
    }
    written();
    if (!m_db.inTransaction())
        Q_EMIT customerChanged(input.customerId);
    return outcome;
}

Result<void> Ledger::applyCredit(qint64 customerId)
{
    auto done = m_payments.applyCredit(customerId);
    if (!done) {
        m_writer.takeChanges();
        return done;
    }
    written();
    Q_EMIT customerChanged(customerId);
    return done;
}

Result<qint64> Ledger::addAdjustment(qint64 debtId, qint64 signedAmount, const QDate &date, const QString &reason)
{
    auto id = m_corrections.addAdjustment(debtId, signedAmount, date, reason);
    if (!id) {
        m_writer.takeChanges();
        return id;
    }
    written();
    if (auto d = m_reader.debt(debtId))
        Q_EMIT customerChanged(d->customerId);
    return id;
}

Result<void> Ledger::reverse(qint64 entryId, const QString &reason, const QDate &date)
{
    auto customerId = m_corrections.reverse(entryId, reason, date);
    if (!customerId) {
        m_writer.takeChanges();
        return customerId.failure();
    }
    written();
    Q_EMIT customerChanged(customerId.value());
    return {};
}

} // namespace recoup
