// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/audit_chainer.h"

#include "ledger/audit_details.h"
#include "ledger/canonical_rows.h"

namespace recoup {

AuditChainer::AuditChainer(QString head, QString now, QString user, QString createdAt)
    : m_now(std::move(now)), m_createdAt(std::move(createdAt)), m_user(std::move(user)), m_previous(std::move(head))
{
    m_filling.reserve(Chunk);
    m_thread = std::thread([this] { run(); });
}

AuditChainer::~AuditChainer()
{
    if (m_thread.joinable()) {
        {
            const std::lock_guard lock(m_mutex);
            m_done = true;
            m_handed.clear();
        }
        m_ready.notify_one();
        m_thread.join();
    }
}

void AuditChainer::add(Pending pending)
{
    m_filling.push_back(std::move(pending));
    if (m_filling.size() >= Chunk)
        hand();
}

void AuditChainer::hand()
{
    {
        const std::lock_guard lock(m_mutex);
        m_handed.push_back(std::exchange(m_filling, {}));
    }
    m_ready.notify_one();
    m_filling.reserve(Chunk);
}

std::vector<AuditLog::Record> AuditChainer::finish()
{
    if (!m_filling.empty())
        hand();
    {
        const std::lock_guard lock(m_mutex);
        m_done = true;
    }
    m_ready.notify_one();
    m_thread.join();
    return std::move(m_records);
}

void AuditChainer::run()
{
    for (;;) {
        std::vector<std::vector<Pending>> chunks;
        {
            std::unique_lock lock(m_mutex);
            m_ready.wait(lock, [this] { return m_done || !m_handed.empty(); });
            chunks.swap(m_handed);
            if (chunks.empty())
                return; // done, and everything handed is made
        }
        for (const std::vector<Pending> &chunk : chunks)
            for (const Pending &pending : chunk) {
                m_records.push_back(make(pending, m_previous));
                m_previous = m_records.back().hash;
            }
    }
}

AuditLog::Record AuditChainer::make(const Pending &a, const QString &previous) const
{
    // The records Ledger::addCustomer, addDebt and recordPayment append.
    QJsonObject details;
    QString type;
    switch (a.kind) {
    case Pending::Customer:
        details = AuditDetails::customerAdded(a.text, a.name);
        type = QStringLiteral("customer");
        break;
    case Pending::Debt:
        details = AuditDetails::debtAdded(a.text, a.customerId, a.amount, a.date, a.dueDate);
        type = QStringLiteral("debt");
        break;
    case Pending::Payment:
        details = AuditDetails::paymentAdded(a.customerId, a.amount, a.date, a.text, a.allocated);
        type = QStringLiteral("payment");
        break;
    }
    if (a.bindRows)
        details.insert(CanonicalRows::detailsKey(), rows(a));
    return AuditLog::makeRecord(previous, m_now, m_user, QStringLiteral("add"), type, a.objectId, details);
}

QJsonArray AuditChainer::rows(const Pending &a) const
{
    // Each row as CanonicalRows::read reads it back from the book: the values
    // BulkLedgerWriter writes, in the columns of canonical form v1.
    using C = CanonicalRows;
    QJsonArray rows;
    if (a.kind == Pending::Customer) {
        const CustomerInput &c = a.customer;
        rows.append(QJsonArray{ QStringLiteral("customers"), C::integer(a.objectId), C::text(c.ref), C::text(c.name),
            C::text(c.phone), C::text(a.phoneE164), C::text(c.email), C::text(c.address), C::text(c.notes),
            c.creditLimit ? C::integer(*c.creditLimit) : C::null(), C::text(m_createdAt) });
    } else if (a.kind == Pending::Debt) {
        rows.append(QJsonArray{ QStringLiteral("debts"), C::integer(a.objectId), C::integer(a.customerId),
            C::text(a.text), C::text(a.description), AuditDetails::isoDate(a.date), AuditDetails::isoDate(a.dueDate),
            a.termsDays ? C::integer(*a.termsDays) : C::null(), C::integer(a.amount), C::text(m_createdAt),
            QStringLiteral("sale"), C::null() });
    }
    qint64 id = a.firstEntryId;
    for (const NewEntry &e : a.entries)
        rows.append(QJsonArray{ QStringLiteral("entries"), C::integer(id++), C::integer(e.customerId), C::id(e.debtId),
            C::id(e.paymentId), C::id(e.sourceId), entryKindKey(e.kind), C::integer(e.amount),
            C::integer(e.openDelta - e.creditDelta), C::integer(e.openDelta), C::integer(e.creditDelta),
            AuditDetails::isoDate(e.date), C::text(m_now), C::text(m_user), C::textOrNull(e.ref),
            C::textOrNull(e.method), C::text(e.reference), C::text(e.note) });
    return rows;
}

} // namespace recoup
