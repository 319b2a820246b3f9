// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/ledger_reader.h"

#include "db/database.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

namespace recoup {

namespace {

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

const QString EntryColumns = QStringLiteral(
    "e.id, e.customer_id, e.debt_id, e.payment_id, e.source_id, e.kind, e.amount, e.balance_delta, e.open_delta, "
    "e.credit_delta, e.effective_date, e.recorded_at, e.recorded_by, e.ref, e.method, e.reference, e.note, "
    "r.id, r.note");

Entry entryFrom(const QSqlQuery &q)
{
    Entry e;
    e.id = q.value(0).toLongLong();
    e.customerId = q.value(1).toLongLong();
    e.debtId = q.value(2).toLongLong();
    e.paymentId = q.value(3).toLongLong();
    e.sourceId = q.value(4).toLongLong();
    e.kind = entryKindFromKey(q.value(5).toString());
    e.amount = q.value(6).toLongLong();
    e.balanceDelta = q.value(7).toLongLong();
    e.openDelta = q.value(8).toLongLong();
    e.creditDelta = q.value(9).toLongLong();
    e.effectiveDate = QDate::fromString(q.value(10).toString(), Qt::ISODate);
    e.recordedAt = QDateTime::fromString(q.value(11).toString(), Qt::ISODateWithMs);
    e.recordedBy = q.value(12).toString();
    e.ref = q.value(13).toString();
    e.method = q.value(14).toString();
    e.reference = q.value(15).toString();
    e.note = q.value(16).toString();
    e.reversedBy = q.value(17).toLongLong();
    e.reversalReason = q.value(18).toString();
    return e;
}

const QString CustomerColumns = QStringLiteral(
    "id, ref, name, phone, email, address, notes, credit_limit, phone_e164, balance, credit, last_payment_date");

Customer customerFrom(const QSqlQuery &q)
{
    Customer c;
    c.id = q.value(0).toLongLong();
    c.details.ref = q.value(1).toString();
    c.details.name = q.value(2).toString();
    c.details.phone = q.value(3).toString();
    c.details.email = q.value(4).toString();
    c.details.address = q.value(5).toString();
    c.details.notes = q.value(6).toString();
    if (!q.value(7).isNull())
        c.details.creditLimit = q.value(7).toLongLong();
    c.phoneE164 = q.value(8).toString();
    c.balance = q.value(9).toLongLong();
    c.credit = q.value(10).toLongLong();
    c.lastPaymentDate = QDate::fromString(q.value(11).toString(), Qt::ISODate);
    return c;
}

const QString DebtColumns
    = QStringLiteral("id, customer_id, ref, description, issue_date, due_date, terms_days, amount, open_amount, kind, "
                     "source_debt_id");

Debt debtFrom(const QSqlQuery &q)
{
    Debt d;
    d.id = q.value(0).toLongLong();
    d.customerId = q.value(1).toLongLong();
    d.ref = q.value(2).toString();
    d.description = q.value(3).toString();
    d.issueDate = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    d.dueDate = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    if (!q.value(6).isNull())
        d.termsDays = q.value(6).toInt();
    d.amount = q.value(7).toLongLong();
    d.openAmount = q.value(8).toLongLong();
    d.kind = debtKindFromName(q.value(9).toString()).value_or(DebtKind::Sale);
    d.sourceDebtId = q.value(10).toLongLong();
    return d;
}

/// Runs a cached query bound to one value and maps its first row; `missing`
/// when there is no row, the book's own error when the read fails.
template <typename T, typename Map>
Result<T> one(Database &db, const QString &sql, const QVariant &bound, Map map, const QString &missing)
{
    QSqlQuery &q = db.prepare(sql);
    q.addBindValue(bound);
    if (auto done = db.exec(q); !done)
        return done.failure();
    if (!q.next())
        return Error{ missing };
    T row = map(q);
    q.finish();
    return row;
}

} // namespace

LedgerReader::LedgerReader(Database &db) : m_db(db) { }

Result<Customer> LedgerReader::customer(qint64 id) const
{
    return one<Customer>(m_db, QStringLiteral("SELECT %1 FROM customers WHERE id = ?").arg(CustomerColumns), id,
        customerFrom, tr("That customer does not exist."));
}

Result<Customer> LedgerReader::customerByRef(const QString &ref) const
{
    return one<Customer>(m_db, QStringLiteral("SELECT %1 FROM customers WHERE ref = ?").arg(CustomerColumns), ref,
        customerFrom, tr("That customer does not exist."));
}

Result<qint64> LedgerReader::customerIdByRef(const QString &ref) const
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT id FROM customers WHERE ref = ?"));
    q.addBindValue(ref);
    if (auto done = m_db.exec(q); !done)
        return done.failure();
    const qint64 id = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return id;
}

Result<qint64> LedgerReader::customerCount() const
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT count(*) FROM customers"));
    if (auto done = m_db.exec(q); !done)
        return done.failure();
    const qint64 n = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return n;
}

Result<Debt> LedgerReader::debt(qint64 id) const
{
    return one<Debt>(m_db, QStringLiteral("SELECT %1 FROM debts WHERE id = ?").arg(DebtColumns), id, debtFrom,
        tr("That sale does not exist."));
}

Result<Debt> LedgerReader::debtByRef(const QString &ref) const
{
    return one<Debt>(m_db, QStringLiteral("SELECT %1 FROM debts WHERE ref = ?").arg(DebtColumns), ref, debtFrom,
        tr("That sale does not exist."));
}

Result<bool> LedgerReader::debtRefTaken(const QString &ref) const
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT 1 FROM debts WHERE ref = ?"));
    q.addBindValue(ref);
    if (auto done = m_db.exec(q); !done)
        return done.failure();
    const bool taken = q.next();
    q.finish();
    return taken;
}

Result<bool> LedgerReader::paymentRefTaken(const QString &ref) const
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT 1 FROM entries WHERE ref = ? AND kind = 'payment'"));
    q.addBindValue(ref);
    if (auto done = m_db.exec(q); !done)
        return done.failure();
    const bool taken = q.next();
    q.finish();
    return taken;
}

Result<QList<Debt>> LedgerReader::customerDebts(qint64 customerId, bool openOnly) const
{
    QSqlQuery &q
        = m_db.prepare(QStringLiteral("SELECT %1 FROM debts WHERE customer_id = ? %2 ORDER BY due_date, issue_date, id")
                           .arg(DebtColumns, openOnly ? QStringLiteral("AND open_amount <> 0") : QString()));
    q.addBindValue(customerId);
    if (auto done = m_db.exec(q); !done)
        return done.failure();
    QList<Debt> debts;
    while (q.next())
        debts.append(debtFrom(q));
    q.finish();
    return debts;
}

Result<qint64> LedgerReader::largestId(const QString &table) const
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT coalesce(max(id), 0) FROM %1").arg(table));
    if (auto done = m_db.exec(q); !done)
        return done.failure();
    const qint64 id = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return id;
}

Result<QList<Entry>> LedgerReader::entries(const QString &where, qint64 id) const
{
    QSqlQuery &q
        = m_db.prepare(QStringLiteral("SELECT %1 FROM entries e LEFT JOIN entries r ON r.source_id = e.id AND r.kind = "
                                      "'reversal' WHERE %2 ORDER BY e.effective_date, e.id")
                           .arg(EntryColumns, where));
    q.addBindValue(id);
    if (auto done = m_db.exec(q); !done)
        return done.failure();
    QList<Entry> entries;
    while (q.next())
        entries.append(entryFrom(q));
    q.finish();
    return entries;
}

Result<Entry> LedgerReader::entry(qint64 id) const
{
    auto found = entries(QStringLiteral("e.id = ?"), id);
    if (!found)
        return found.failure();
    if (found->isEmpty())
        return Error{ tr("That entry does not exist.") };
    return found->first();
}

Result<QList<OpenItem>> LedgerReader::openItems(qint64 customerId, const QDate &from) const
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT id, issue_date, due_date, open_amount FROM debts "
                                               "WHERE customer_id = ? AND open_amount <> 0"));
    q.addBindValue(customerId);
    if (auto done = m_db.exec(q); !done)
        return done.failure();
    QList<OpenItem> items;
    while (q.next())
        items.append({ q.value(0).toLongLong(), QDate::fromString(q.value(1).toString(), Qt::ISODate),
            QDate::fromString(q.value(2).toString(), Qt::ISODate), q.value(3).toLongLong() });
    q.finish();
    if (from.isValid())
        if (auto done = capToLaterDays(customerId, from, items); !done)
            return done.failure();
    return items;
}

Result<void> LedgerReader::capToLaterDays(qint64 customerId, const QDate &from, QList<OpenItem> &items) const
{
    // A payment dated before entries already recorded may take from a debt only
    // what stays open on every day from its date on, or a past day would show
    // the debt open below zero. Open on a day = open now - what came after it.
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "SELECT debt_id, effective_date, sum(open_delta) FROM entries WHERE customer_id = ? AND effective_date > ? "
        "AND debt_id IS NOT NULL GROUP BY debt_id, effective_date ORDER BY debt_id, effective_date"));
    q.addBindValue(customerId);
    q.addBindValue(isoDate(from));
    if (auto done = m_db.exec(q); !done)
        return done;
    QHash<qint64, QList<qint64>> later; // per debt, the day-by-day changes after `from`
    while (q.next())
        later[q.value(0).toLongLong()].append(q.value(2).toLongLong());
    q.finish();
    for (OpenItem &item : items) {
        const QList<qint64> changes = later.value(item.debtId);
        qint64 open = item.open;
        for (qint64 change : changes)
            open -= change; // open as of `from`
        qint64 lowest = open;
        for (qint64 change : changes)
            lowest = std::min(lowest, open += change);
        item.open = std::max<qint64>(0, std::min(item.open, lowest));
    }
    return {};
}

Result<QList<UnappliedCredit>> LedgerReader::unappliedCredits(qint64 customerId) const
{
    QSqlQuery &q = m_db.prepare(
        QStringLiteral("SELECT p.id, p.effective_date, p.method, p.reference, sum(e.credit_delta) AS remaining "
                       "FROM entries e JOIN entries p ON p.id = coalesce(e.payment_id, e.id) "
                       "WHERE e.customer_id = ? AND e.credit_delta <> 0 "
                       "GROUP BY p.id HAVING remaining > 0 ORDER BY p.effective_date, p.id"));
    q.addBindValue(customerId);
    if (auto done = m_db.exec(q); !done)
        return done.failure();
    QList<UnappliedCredit> credits;
    while (q.next())
        credits.append({ q.value(0).toLongLong(), QDate::fromString(q.value(1).toString(), Qt::ISODate),
            q.value(2).toString(), q.value(3).toString(), q.value(4).toLongLong() });
    q.finish();
    return credits;
}

} // namespace recoup
