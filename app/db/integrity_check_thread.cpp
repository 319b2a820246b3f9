// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/integrity_check_thread.h"

#include <utility>

namespace recoup {

IntegrityCheckThread::IntegrityCheckThread(QString path, QObject *parent) : QThread(parent), m_path(std::move(path))
{
    setObjectName(QStringLiteral("IntegrityCheck"));
}

IntegrityCheckThread::~IntegrityCheckThread()
{
    wait();
}

void IntegrityCheckThread::run()
{
    // Opening read-only runs the same checks as opening for writing (pages,
    // then schema) and changes nothing; the connection is this thread's own.
    auto opened = Database::open(m_path, Database::Access::ReadOnly);
    if (opened) {
        m_damage = opened.value()->damage();
        m_problems = opened.value()->integrityProblems();
    } else
        m_error = opened.error();
}

} // namespace recoup
