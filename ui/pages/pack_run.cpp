// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/pack_run.h"

#include "collections/collections.h"
#include "core/clock.h"
#include "db/database.h"
#include "documents/pack_writer.h"
#include "ledger/ledger.h"

namespace recoup {

PackRun::PackRun(Request request, QObject *parent) : QThread(parent), m_request(std::move(request)) { }

PackRun::~PackRun()
{
    wait();
}

void PackRun::run()
{
    auto db = Database::open(m_request.bookPath);
    if (!db) {
        Q_EMIT ended({}, {}, db.error());
        return;
    }
    if (!db.value()->isWritable()) {
        Q_EMIT ended({}, {}, db.value()->readOnlyReason());
        return;
    }
    const SystemClock systemClock;
    Ledger ledger(*db.value(), m_request.clock ? *m_request.clock : static_cast<const Clock &>(systemClock));
    ledger.setUser(m_request.user);
    Collections collections(ledger);
    auto made = PackWriter(collections).write(m_request.customerId, m_request.debtId, m_request.asOf, m_request.folder);
    if (!made) {
        Q_EMIT ended({}, {}, made.error());
        return;
    }
    Q_EMIT ended(made->pdfPath, made->csvFolder, QString());
}

} // namespace recoup
