// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/chain_binder.h"

#include "core/clock.h"
#include "db/database.h"
#include "ledger/audit_details.h"
#include "ledger/audit_log.h"
#include "ledger/canonical_rows.h"

#include <QJsonObject>

namespace recoup {

namespace {

// Rows per record when a whole book is bound: records stay a few hundred kB.
constexpr qsizetype RowsPerBindRecord = 500;

} // namespace

ChainBinder::ChainBinder(Database &db, const Clock &clock) : m_db(db), m_clock(clock) { }

Result<void> ChainBinder::load()
{
    // Read once per transaction: inside one this connection holds the write lock.
    if (m_db.inTransaction() && m_serial == m_db.transactionSerial())
        return {};
    m_through.clear();
    m_binds = m_db.schemaVersion() >= FirstSchema;
    // "v1 customers=12 debts=40 ..."; absent: the book is not bound yet.
    const QString value = m_db.meta(metaKey());
    m_bound = value.startsWith(QLatin1String("v1"));
    for (const QString &part : value.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        if (eq > 0)
            m_through.insert(part.left(eq), part.mid(eq + 1).toLongLong());
    }
    m_serial = m_db.inTransaction() ? m_db.transactionSerial() : 0;
    return {};
}

Result<void> ChainBinder::store()
{
    QString value = QStringLiteral("v1");
    for (const CanonicalRows::Table &t : CanonicalRows::tables())
        value += QStringLiteral(" %1=%2").arg(t.name).arg(m_through.value(t.name));
    m_bound = true;
    return m_db.setMeta(metaKey(), value);
}

Result<bool> ChainBinder::isBound()
{
    if (auto done = load(); !done)
        return done.failure();
    return m_bound;
}

Result<void> ChainBinder::bindBook(AuditLog &audit, const QString &user)
{
    if (auto done = load(); !done)
        return done;
    if (m_bound || !m_binds)
        return {};
    const QString boundOn = AuditDetails::isoDate(m_clock.nowUtc().date());
    QJsonArray rows;
    Result<void> appended;
    const auto flush = [&]() {
        const QJsonObject details{ { QStringLiteral("bound_on"), boundOn }, { CanonicalRows::detailsKey(), rows } };
        appended = audit.append(user, bindAction(), QStringLiteral("book"), 0, details);
        rows = QJsonArray();
        return appended.ok();
    };
    for (const CanonicalRows::Table &t : CanonicalRows::tables()) {
        qint64 last = 0;
        auto done = CanonicalRows::read(m_db, t, 0, 0, [&](QJsonArray row) {
            last = row.at(1).toString().toLongLong();
            rows.append(std::move(row));
            return rows.size() < RowsPerBindRecord || flush();
        });
        if (!done)
            return done;
        if (!appended)
            return appended;
        m_through.insert(t.name, last);
    }
    // The last record (or the only one, for a book with no rows) says the day too.
    if (!flush())
        return appended;
    return store();
}

Result<QJsonArray> ChainBinder::take()
{
    if (auto done = load(); !done)
        return done.failure();
    QJsonArray rows;
    if (!m_binds)
        return rows;
    bool moved = false;
    for (const CanonicalRows::Table &t : CanonicalRows::tables()) {
        qint64 &through = m_through[t.name];
        auto done = CanonicalRows::read(m_db, t, through, 0, [&](QJsonArray row) {
            through = row.at(1).toString().toLongLong();
            rows.append(std::move(row));
            moved = true;
            return true;
        });
        if (!done)
            return done.failure();
        for (const auto &[table, rowid] : std::as_const(m_rebind)) {
            if (table != t.name || rowid > through)
                continue; // a row just added is bound already
            auto again = CanonicalRows::read(m_db, t, 0, rowid, [&](QJsonArray row) {
                rows.append(std::move(row));
                return true;
            });
            if (!again)
                return again.failure();
        }
    }
    m_rebind.clear();
    if (moved)
        if (auto done = store(); !done)
            return done.failure();
    return rows;
}

Result<void> ChainBinder::boundThrough(const QHash<QString, qint64> &through)
{
    if (auto done = load(); !done)
        return done;
    if (!m_binds)
        return {};
    for (auto it = through.cbegin(); it != through.cend(); ++it)
        m_through[it.key()] = std::max(m_through.value(it.key()), it.value());
    return store();
}

} // namespace recoup
