// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "collections/collection_checks.h"

#include "core/clock.h"
#include "db/database.h"
#include "ledger/book_rules.h"
#include "ledger/ledger.h"

#include <QLocale>
#include <QSqlQuery>
#include <QVariant>

namespace recoup {

CollectionChecks::CollectionChecks(Ledger &ledger) : m_ledger(ledger) { }

Result<void> CollectionChecks::checkClock() const
{
    // The audit chain's last record is the book's newest write, from any program.
    Database &db = m_ledger.database();
    QSqlQuery &q = db.prepare(QStringLiteral("SELECT recorded_at FROM audit_log ORDER BY id DESC LIMIT 1"));
    if (auto done = db.exec(q); !done)
        return done;
    if (!q.next())
        return {};
    const QDateTime last = QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs);
    q.finish();
    const QDateTime now = m_ledger.clock().nowUtc();
    if (last.isValid() && now.secsTo(last) > ClockToleranceSeconds)
        return Error{ tr("This computer's clock says %1, but the book holds a record made at %2. Set the clock right "
                         "and try again; nothing was saved.")
                          .arg(QLocale().toString(now.toLocalTime(), QLocale::ShortFormat),
                              QLocale().toString(last.toLocalTime(), QLocale::ShortFormat)) };
    return {};
}

Result<void> CollectionChecks::checkDate(const QDate &date) const
{
    if (auto ok = BookRules::checkDate(date); !ok)
        return ok;
    const QDate today = m_ledger.clock().today();
    if (date > today)
        return Error{ tr("%1 is in the future; record what has happened, up to today (%2).")
                          .arg(date.toString(Qt::ISODate), today.toString(Qt::ISODate)) };
    return BookRules::checkOpen(date, m_ledger.closedThrough());
}

} // namespace recoup
