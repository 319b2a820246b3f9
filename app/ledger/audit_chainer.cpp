// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/audit_chainer.h"

#include "ledger/entry.h"
#include "ledger/json_text.h"

#include <cstdio>

namespace recoup {

AuditChainer::AuditChainer(QString head, QString now, QString user, QString createdAt)
    : m_now(std::move(now)), m_createdAt(std::move(createdAt)), m_user(std::move(user)), m_previous(head.toUtf8())
{
    using namespace JsonText;
    // A null created_at is written as "" (CanonicalRows::text).
    appendString(m_nowJson, m_now);
    appendString(m_createdAtJson, m_createdAt);
    appendString(m_userJson, m_user);
    for (int k = 0; k <= int(EntryKind::Reversal); ++k)
        appendString(m_kindJson[k], entryKindKey(EntryKind(k)));
    // AuditLog::canonical: recorded_at, recorded_by, action, object type, id
    // and details, joined by the unit separator.
    const char sep = 0x1f;
    m_hashedPrefix = m_now.toUtf8() + sep + m_user.toUtf8() + sep + QByteArrayLiteral("add") + sep;
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

std::vector<AuditChainer::Record> AuditChainer::finish()
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
            for (const Pending &pending : chunk)
                m_records.push_back(make(pending));
    }
}

QByteArray AuditChainer::objectType(Pending::Kind kind)
{
    switch (kind) {
    case Pending::Customer:
        return QByteArrayLiteral("customer");
    case Pending::Debt:
        return QByteArrayLiteral("debt");
    case Pending::Payment:
        return QByteArrayLiteral("payment");
    }
    return {};
}

AuditChainer::Record AuditChainer::make(const Pending &a)
{
    // The records Ledger::addCustomer, addDebt and recordPayment append, with
    // the details AuditDetails makes: a QJsonObject writes its keys sorted.
    using namespace JsonText;
    Record r{ a.kind, a.objectId, {}, {} };
    QByteArray &d = r.details;
    d.reserve(a.bindRows ? 256 + 160 * qsizetype(a.entries.size()) : 128);
    switch (a.kind) {
    case Pending::Customer:
        d += "{\"name\":";
        appendString(d, a.name);
        d += ",\"ref\":";
        appendString(d, a.text);
        break;
    case Pending::Debt:
        d += "{\"amount\":";
        appendInteger(d, a.amount);
        d += ",\"customer_id\":";
        appendInteger(d, a.customerId);
        d += ",\"due_date\":";
        appendDate(d, a.dueDate);
        d += ",\"issue_date\":";
        appendDate(d, a.date);
        d += ",\"ref\":";
        appendString(d, a.text);
        break;
    case Pending::Payment:
        d += "{\"allocated\":";
        appendInteger(d, a.allocated);
        d += ",\"amount\":";
        appendInteger(d, a.amount);
        d += ",\"customer_id\":";
        appendInteger(d, a.customerId);
        d += ",\"date\":";
        appendDate(d, a.date);
        d += ",\"method\":";
        appendString(d, a.text);
        break;
    }
    if (a.bindRows) {
        // CanonicalRows::detailsKey()
        d += ",\"rows_v1\":";
        appendRows(d, a);
    }
    d += '}';

    // AuditLog::chainHash over AuditLog::canonical, in UTF-8.
    char id[24];
    const int idLength = std::snprintf(id, sizeof id, "%lld", static_cast<long long>(a.objectId));
    const QByteArray type = objectType(a.kind);
    m_hash.reset();
    m_hash.addData(m_previous);
    m_hash.addData(m_hashedPrefix);
    m_hash.addData(type);
    m_hash.addData(QByteArrayView("\x1f", 1));
    m_hash.addData(QByteArrayView(id, idLength));
    m_hash.addData(QByteArrayView("\x1f", 1));
    m_hash.addData(d);
    r.hash = m_hash.result().toHex();
    m_previous = r.hash;
    return r;
}

void AuditChainer::appendRows(QByteArray &out, const Pending &a) const
{
    // Each row as CanonicalRows::read reads it back from the book: the values
    // BulkLedgerWriter writes, in the columns of canonical form v1, each as
    // CanonicalRows::text, textOrNull, integer, id and null make it.
    using namespace JsonText;
    const auto text = [&out](const QString &value) { appendString(out, value); };
    const auto textOrNull = [&out](const QString &value) {
        if (value.isEmpty())
            out += "null";
        else
            appendString(out, value);
    };
    const auto integer = [&out](qint64 value) { appendIntegerString(out, value); };
    const auto id = [&out](qint64 value) {
        if (value)
            appendIntegerString(out, value);
        else
            out += "null";
    };
    const auto comma = [&out] { out += ','; };
    out += '[';
    bool first = true;
    if (a.kind == Pending::Customer) {
        const CustomerInput &c = a.customer;
        out += "[\"customers\",";
        integer(a.objectId);
        for (const QString *value : { &c.ref, &c.name, &c.phone, &a.phoneE164, &c.email, &c.address, &c.notes }) {
            comma();
            text(*value);
        }
        comma();
        if (c.creditLimit)
            integer(*c.creditLimit);
        else
            out += "null";
        comma();
        out += m_createdAtJson;
        out += ']';
        first = false;
    } else if (a.kind == Pending::Debt) {
        out += "[\"debts\",";
        integer(a.objectId);
        comma();
        integer(a.customerId);
        comma();
        text(a.text);
        comma();
        text(a.description);
        comma();
        appendDate(out, a.date);
        comma();
        appendDate(out, a.dueDate);
        comma();
        if (a.termsDays)
            integer(*a.termsDays);
        else
            out += "null";
        comma();
        integer(a.amount);
        comma();
        out += m_createdAtJson;
        out += ",\"sale\",null]";
        first = false;
    }
    qint64 entryId = a.firstEntryId;
    for (const NewEntry &e : a.entries) {
        if (!first)
            comma();
        first = false;
        out += "[\"entries\",";
        integer(entryId++);
        comma();
        integer(e.customerId);
        comma();
        id(e.debtId);
        comma();
        id(e.paymentId);
        comma();
        id(e.sourceId);
        comma();
        out += m_kindJson[int(e.kind)];
        comma();
        integer(e.amount);
        comma();
        integer(e.openDelta - e.creditDelta);
        comma();
        integer(e.openDelta);
        comma();
        integer(e.creditDelta);
        comma();
        appendDate(out, e.date);
        comma();
        out += m_nowJson;
        comma();
        out += m_userJson;
        comma();
        textOrNull(e.ref);
        comma();
        textOrNull(e.method);
        comma();
        text(e.reference);
        comma();
        text(e.note);
        out += ']';
    }
    out += ']';
}

} // namespace recoup
