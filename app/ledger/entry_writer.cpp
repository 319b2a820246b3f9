// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/entry_writer.h"

#include "core/clock.h"
#include "core/money.h"
#include "db/database.h"
#include "ledger/audit_log.h"
#include "ledger/book_rules.h"
#include "ledger/book_total.h"
#include "ledger/canonical_rows.h"

#include <QSqlQuery>
#include <QVariant>

#include <limits>

namespace recoup {

namespace {

QVariant nullable(qint64 id)
{
    return id ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

/// Text columns are NOT NULL; a null QString would bind as NULL.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QVariant nullableText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

} // namespace

EntryWriter::EntryWriter(Database &db, const Clock &clock, AuditLog &audit)
    : m_db(db), m_clock(clock), m_audit(audit), m_binder(db, clock)
{ }

QDate EntryWriter::closedThrough() const
{
    // Read once per transaction: nothing inside one changes the closed period.
    if (!m_db.inTransaction() || m_closedThroughSerial != m_db.transactionSerial()) {
        m_closedThrough = QDate::fromString(m_db.meta(QStringLiteral("closed_through")), Qt::ISODate);
        m_closedThroughSerial = m_db.transactionSerial();
    }
    return m_closedThrough;
}

Result<void> EntryWriter::checkDate(const QDate &date) const
{
    if (auto ok = BookRules::checkDate(date); !ok)
        return ok;
    return BookRules::checkOpen(date, closedThrough());
}

Result<qint64> EntryWriter::bookTotal() const
{
    // Read once per transaction, then kept up to date by write().
    if (m_db.inTransaction() && m_bookTotalSerial == m_db.transactionSerial())
        return m_bookTotal;
    auto total = BookTotal::read(m_db);
    if (total && m_db.inTransaction()) {
        m_bookTotal = total.value();
        m_bookTotalSerial = m_db.transactionSerial();
    }
    return total;
}

Result<qint64> EntryWriter::write(const NewEntry &e)
{
    // Every entry passes here: its amount, its date and what the book's entries
    // then add up to are checked, so no entry lands in a closed period and no
    // sum the book holds can pass 64 bits.
    const qint64 size = Money::magnitude(e.amount).value_or(std::numeric_limits<qint64>::max());
    if (auto ok = BookRules::checkAmount(size, m_db.currency()); !ok)
        return ok.failure();
    if (auto ok = checkDate(e.date); !ok)
        return ok.failure();
    const auto total = bookTotal();
    if (!total)
        return total.failure();
    if (auto ok = BookRules::checkBookTotal(total.value(), size, m_db.currency()); !ok)
        return ok.failure();
    const qint64 balanceDelta = e.openDelta - e.creditDelta;
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "INSERT INTO entries (customer_id, debt_id, payment_id, source_id, kind, amount, balance_delta, open_delta, "
        "credit_delta, effective_date, recorded_at, recorded_by, ref, method, reference, note) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(e.customerId);
    q.addBindValue(nullable(e.debtId));
    q.addBindValue(nullable(e.paymentId));
    q.addBindValue(nullable(e.sourceId));
    q.addBindValue(entryKindKey(e.kind));
    q.addBindValue(e.amount);
    q.addBindValue(balanceDelta);
    q.addBindValue(e.openDelta);
    q.addBindValue(e.creditDelta);
    q.addBindValue(e.date.toString(Qt::ISODate));
    q.addBindValue(m_clock.nowUtc().toString(Qt::ISODateWithMs));
    q.addBindValue(text(m_user));
    q.addBindValue(nullableText(e.ref));
    q.addBindValue(nullableText(e.method));
    q.addBindValue(text(e.reference));
    q.addBindValue(text(e.note));
    if (auto done = m_db.exec(q); !done)
        return done.failure();
    const qint64 id = q.lastInsertId().toLongLong();
    m_bookTotal = total.value() + size;
    m_bookTotalSerial = m_db.transactionSerial();
    if (auto done = BookTotal::store(m_db, m_bookTotal, id); !done)
        return done.failure();

    // Keep the caches in step with the entry, in the same transaction.
    if (e.openDelta != 0) {
        QSqlQuery &d = m_db.prepare(QStringLiteral("UPDATE debts SET open_amount = open_amount + ? WHERE id = ?"));
        d.addBindValue(e.openDelta);
        d.addBindValue(e.debtId);
        if (auto done = m_db.exec(d); !done)
            return done.failure();
    }
    if (balanceDelta != 0 || e.creditDelta != 0) {
        QSqlQuery &c = m_db.prepare(
            QStringLiteral("UPDATE customers SET balance = balance + ?, credit = credit + ? WHERE id = ?"));
        c.addBindValue(balanceDelta);
        c.addBindValue(e.creditDelta);
        c.addBindValue(e.customerId);
        if (auto done = m_db.exec(c); !done)
            return done.failure();
    }
    m_changes.entries.insert(id);
    m_changes.customers.insert(e.customerId);
    if (e.debtId)
        m_changes.debts.insert(e.debtId);
    return id;
}

Result<void> EntryWriter::allocate(qint64 customerId, qint64 paymentId, const QList<AllocationLine> &lines,
    const QDate &date, const QString &method, const QString &reference)
{
    for (const AllocationLine &line : lines) {
        NewEntry a;
        a.customerId = customerId;
        a.debtId = line.debtId;
        a.paymentId = paymentId;
        a.kind = EntryKind::Allocation;
        a.amount = line.amount;
        a.openDelta = -line.amount;
        a.creditDelta = -line.amount;
        a.date = date;
        a.method = method;
        a.reference = reference;
        if (auto done = write(a); !done)
            return done.failure();
    }
    return {};
}

Result<void> EntryWriter::audit(
    const QString &action, const QString &objectType, qint64 objectId, const QJsonObject &details)
{
    if (auto bound = m_binder.bindBook(m_audit, m_user); !bound)
        return bound;
    auto rows = m_binder.take();
    if (!rows)
        return rows.failure();
    if (rows->isEmpty())
        return m_audit.append(m_user, action, objectType, objectId, details);
    QJsonObject bound = details;
    bound.insert(CanonicalRows::detailsKey(), rows.value());
    return m_audit.append(m_user, action, objectType, objectId, bound);
}

ChangeSet EntryWriter::takeChanges()
{
    return std::exchange(m_changes, ChangeSet());
}

} // namespace recoup
