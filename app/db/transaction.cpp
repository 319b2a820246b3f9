// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/transaction.h"

#include "db/database.h"

namespace recoup {

Transaction::Transaction(Database &db) : m_db(db), m_started(db.begin())
{
    m_open = m_started.ok();
}

Transaction::~Transaction()
{
    if (m_open)
        m_db.rollback();
}

Result<void> Transaction::commit()
{
    Q_ASSERT(m_open);
    m_open = false;
    return m_db.commit();
}

} // namespace recoup
