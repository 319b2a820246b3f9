// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "collections/ladder_settings.h"

#include "collections/collection_checks.h"
#include "collections/collection_records.h"
#include "db/database.h"
#include "db/transaction.h"
#include "ledger/ledger.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QVariant>

namespace recoup {

LadderSettings::LadderSettings(Ledger &ledger) : m_ledger(ledger) { }

Result<void> LadderSettings::set(qint64 customerId, const CustomerLadder &ladder)
{
    if (auto who = m_ledger.customer(customerId); !who)
        return who.failure();
    if (auto ok = CollectionChecks(m_ledger).checkClock(); !ok)
        return ok;
    Database &db = m_ledger.database();
    Transaction tx(db);
    if (!tx.started())
        return tx.started();
    // Settings, not records of what happened: replaced, with the audit record keeping each version.
    for (const QString &sql : { QStringLiteral("DELETE FROM customer_ladders WHERE customer_id = ?"),
             QStringLiteral("DELETE FROM customer_blocked_channels WHERE customer_id = ?") }) {
        QSqlQuery &q = db.prepare(sql);
        q.addBindValue(customerId);
        if (auto done = db.exec(q); !done)
            return done;
    }
    if (ladder.mode != LadderMode::Standard) {
        QSqlQuery &q = db.prepare(QStringLiteral("INSERT INTO customer_ladders (customer_id, ladder) VALUES (?, ?)"));
        q.addBindValue(customerId);
        q.addBindValue(CollectionRecords::ladderKey(ladder.mode));
        if (auto done = db.exec(q); !done)
            return done;
    }
    QJsonArray blocked;
    for (Channel c : CollectionPolicy::allChannels()) {
        if (!ladder.isBlocked(c))
            continue;
        QSqlQuery &q
            = db.prepare(QStringLiteral("INSERT INTO customer_blocked_channels (customer_id, channel) VALUES (?, ?)"));
        q.addBindValue(customerId);
        q.addBindValue(CollectionPolicy::channelKey(c));
        if (auto done = db.exec(q); !done)
            return done;
        blocked.append(CollectionPolicy::channelKey(c));
    }
    if (auto done = m_ledger.writer().audit(QStringLiteral("set_ladder"), QStringLiteral("customer"), customerId,
            { { QStringLiteral("ladder"), CollectionRecords::ladderKey(ladder.mode) },
                { QStringLiteral("blocked"), blocked } });
        !done)
        return done;
    m_ledger.writer().noteCustomer(customerId);
    return tx.commit();
}

} // namespace recoup
