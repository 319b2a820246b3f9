// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/statement_run.h"

#include "core/clock.h"
#include "db/database.h"
#include "ledger/ledger.h"

namespace recoup {

StatementRun::StatementRun(Request request, QObject *parent) : QThread(parent), m_request(std::move(request)) { }

StatementRun::~StatementRun()
{
    m_cancel = true;
    wait();
}

void StatementRun::run()
{
    auto db = Database::open(m_request.bookPath);
    if (!db) {
        Q_EMIT ended(0, 0, false, {}, db.error());
        return;
    }
    if (!db.value()->isWritable()) {
        Q_EMIT ended(0, 0, false, {}, db.value()->readOnlyReason());
        return;
    }
    const SystemClock systemClock;
    Ledger ledger(*db.value(), m_request.clock ? *m_request.clock : static_cast<const Clock &>(systemClock));
    ledger.setUser(m_request.user);
    StatementBatch batch(ledger, m_request.kind, m_request.from, m_request.asOf);
    auto outcome = batch.run(m_request.folder, m_request.output, [this](int done, int total) {
        Q_EMIT progressed(done, total);
        return !m_cancel;
    });
    if (!outcome) {
        Q_EMIT ended(0, 0, false, {}, outcome.error());
        return;
    }
    Q_EMIT ended(outcome->statements, outcome->total, outcome->cancelled, outcome->files, QString());
}

} // namespace recoup
