// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/outside_change_watcher.h"

#include "db/database.h"
#include "ledger/ledger.h"

namespace recoup {

OutsideChangeWatcher::OutsideChangeWatcher(Ledger &ledger, QObject *parent) : QObject(parent), m_ledger(ledger)
{
    if (const auto version = m_ledger.database().dataVersion())
        m_dataVersion = version.value();
    if (const auto last = m_ledger.audit().lastId())
        m_lastAudit = last.value();
    connect(&m_ledger, &Ledger::changed, this, &OutsideChangeWatcher::ownChange);
    connect(&m_timer, &QTimer::timeout, this, &OutsideChangeWatcher::check);
    m_timer.start(IntervalMs);
}

void OutsideChangeWatcher::check()
{
    Database &db = m_ledger.database();
    // Inside one of our own transactions the book is ours alone; look after it.
    if (db.inTransaction())
        return;
    const auto version = db.dataVersion();
    if (!version || version.value() == m_dataVersion)
        return;
    m_dataVersion = version.value();
    const auto last = m_ledger.audit().lastId();
    if (!last || last.value() == m_lastAudit)
        return;
    m_lastAudit = last.value();
    m_ledger.announce(ChangeSet::fromOutside());
}

void OutsideChangeWatcher::ownChange(const ChangeSet &changes)
{
    if (changes.outside)
        return;
    // Our own write grew the audit chain. Take its new end as known only when no
    // other connection committed since the last look; else the next look reports it.
    const auto version = m_ledger.database().dataVersion();
    if (!version || version.value() != m_dataVersion)
        return;
    if (const auto last = m_ledger.audit().lastId())
        m_lastAudit = last.value();
}

} // namespace recoup
