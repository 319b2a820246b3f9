// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "collections/policy_store.h"

#include "collections/fee_terms_store.h"
#include "db/database.h"
#include "db/transaction.h"
#include "ledger/entry_writer.h"

#include <QSqlQuery>
#include <QVariant>

namespace recoup {

PolicyStore::PolicyStore(Database &db, EntryWriter &writer) : m_db(db), m_writer(writer) { }

Result<bool> PolicyStore::isSaved() const
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT count(*) FROM collection_policy"));
    if (auto done = m_db.exec(q); !done)
        return done.failure();
    const bool saved = q.next() && q.value(0).toInt() > 0;
    q.finish();
    return saved;
}

Result<CollectionPolicy> PolicyStore::read(Database &db)
{
    auto fees = FeeTermsStore::readBook(db);
    if (!fees)
        return fees.failure();
    QSqlQuery &head
        = db.prepare(QStringLiteral("SELECT promise_grace_days, gentle_factor FROM collection_policy WHERE id = 1"));
    if (auto done = db.exec(head); !done)
        return done.failure();
    if (!head.next()) {
        CollectionPolicy policy = CollectionPolicy::defaultPolicy();
        policy.fees = fees.value();
        return policy;
    }
    CollectionPolicy policy;
    policy.fees = fees.value();
    policy.promiseGraceDays = head.value(0).toInt();
    policy.gentleFactor = head.value(1).toInt();
    head.finish();
    QSqlQuery &steps = db.prepare(QStringLiteral(
        "SELECT key, name, day_offset, action, channel, needs_approval FROM collection_steps ORDER BY position"));
    if (auto done = db.exec(steps); !done)
        return done.failure();
    while (steps.next()) {
        LadderStep s;
        s.key = steps.value(0).toString();
        s.name = steps.value(1).toString();
        s.dayOffset = steps.value(2).toInt();
        if (!CollectionPolicy::actionFromKey(steps.value(3).toString(), &s.action))
            return Error{ tr("The book's collection policy has a step of an unknown kind; it was made by a newer "
                             "version of Recoup.") };
        if (!CollectionPolicy::channelFromKey(steps.value(4).toString(), &s.channel))
            s.channel = Channel::Letter;
        s.needsApproval = steps.value(5).toInt() != 0;
        policy.steps.append(s);
    }
    return policy;
}

Result<void> PolicyStore::save(const CollectionPolicy &given, const QString &savedAt)
{
    // The fee terms' amounts are minor units of the book's currency, whatever
    // currency the policy came with (an import checks it matches first).
    CollectionPolicy policy = given;
    policy.fees.currency = m_db.currency();
    if (auto ok = policy.validate(); !ok)
        return ok;
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    // The policy is the owner's settings, not a record of what happened: it is
    // replaced whole, and the audit record keeps every version.
    QSqlQuery &clear = m_db.prepare(QStringLiteral("DELETE FROM collection_steps"));
    if (auto done = m_db.exec(clear); !done)
        return done;
    QSqlQuery &old = m_db.prepare(QStringLiteral("DELETE FROM collection_policy"));
    if (auto done = m_db.exec(old); !done)
        return done;
    QSqlQuery &head = m_db.prepare(QStringLiteral("INSERT INTO collection_policy (id, promise_grace_days, "
                                                  "gentle_factor, saved_at, saved_by) VALUES (1, ?, ?, ?, ?)"));
    head.addBindValue(policy.promiseGraceDays);
    head.addBindValue(policy.gentleFactor);
    head.addBindValue(savedAt);
    head.addBindValue(m_writer.user().isNull() ? QStringLiteral("") : m_writer.user());
    if (auto done = m_db.exec(head); !done)
        return done;
    for (qsizetype i = 0; i < policy.steps.size(); ++i) {
        const LadderStep &s = policy.steps.at(i);
        QSqlQuery &q = m_db.prepare(
            QStringLiteral("INSERT INTO collection_steps (key, position, name, day_offset, action, channel, "
                           "needs_approval) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(s.key);
        q.addBindValue(qint64(i));
        q.addBindValue(s.name.isNull() ? QStringLiteral("") : s.name);
        q.addBindValue(s.dayOffset);
        q.addBindValue(CollectionPolicy::actionKey(s.action));
        q.addBindValue(s.action == LadderAction::Reminder ? QVariant(CollectionPolicy::channelKey(s.channel))
                                                          : QVariant(QMetaType(QMetaType::QString)));
        q.addBindValue(s.needsApproval ? 1 : 0);
        if (auto done = m_db.exec(q); !done)
            return done;
    }
    if (auto done = FeeTermsStore::saveBook(m_db, policy.fees); !done)
        return done;
    if (auto done = m_writer.audit(QStringLiteral("save"), QStringLiteral("collection_policy"), 1, policy.toJson());
        !done)
        return done;
    return tx.commit();
}

} // namespace recoup
