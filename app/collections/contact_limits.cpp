// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "collections/contact_limits.h"

#include "collections/collection_checks.h"
#include "collections/collection_policy.h"
#include "db/database.h"
#include "db/sql_dialect.h"
#include "db/transaction.h"
#include "ledger/ledger.h"

#include <QJsonObject>
#include <QSqlQuery>

namespace recoup {

namespace {

// Kept in the book's meta table as "7 7 08:00 21:00": calls, days, earliest, latest.
const QString MetaKey = QStringLiteral("contact_limits");
const QString TimeFormat = QStringLiteral("HH:mm");

} // namespace

Result<ContactLimits> ContactLimits::load(const Database &db)
{
    ContactLimits limits;
    const QString stored = db.meta(MetaKey);
    if (stored.isEmpty())
        return limits;
    const QStringList parts = stored.split(QLatin1Char(' '));
    bool callsOk = false;
    bool daysOk = false;
    if (parts.size() == 4) {
        limits.maxCalls = parts.at(0).toInt(&callsOk);
        limits.perDays = parts.at(1).toInt(&daysOk);
        limits.earliest = QTime::fromString(parts.at(2), TimeFormat);
        limits.latest = QTime::fromString(parts.at(3), TimeFormat);
    }
    if (!callsOk || !daysOk || !limits.validate())
        return Error{ tr("The contact limits kept in the book (“%1”) cannot be read.").arg(stored) };
    return limits;
}

Result<void> ContactLimits::validate() const
{
    if (maxCalls < 1 || maxCalls > MaxCallsLimit)
        return Error{ tr("The number of calls must be from 1 to %1.").arg(MaxCallsLimit) };
    if (perDays < 1 || perDays > MaxDaysLimit)
        return Error{ tr("The number of days must be from 1 to %1.").arg(MaxDaysLimit) };
    if (!earliest.isValid() || !latest.isValid() || earliest >= latest)
        return Error{ tr("The earliest hour to contact a customer must be before the latest.") };
    return {};
}

Result<void> ContactLimits::save(Ledger &ledger) const
{
    if (auto ok = validate(); !ok)
        return ok;
    if (auto ok = CollectionChecks(ledger).checkClock(); !ok)
        return ok;
    Database &db = ledger.database();
    Transaction tx(db);
    if (!tx.started())
        return tx.started();
    const QString value = QStringLiteral("%1 %2 %3 %4")
                              .arg(maxCalls)
                              .arg(perDays)
                              .arg(earliest.toString(TimeFormat), latest.toString(TimeFormat));
    if (auto done = db.setMeta(MetaKey, value); !done)
        return done;
    if (auto done = ledger.writer().audit(QStringLiteral("set_contact_limits"), QStringLiteral("book"), 0,
            { { QStringLiteral("max_calls"), maxCalls }, { QStringLiteral("per_days"), perDays },
                { QStringLiteral("earliest"), earliest.toString(TimeFormat) },
                { QStringLiteral("latest"), latest.toString(TimeFormat) } });
        !done)
        return done;
    return tx.commit();
}

Result<QStringList> ContactLimits::warnings(Database &db, const ContactInput &contact) const
{
    QStringList found;
    if (contact.channel == Channel::Letter)
        return found;
    const QTime at = QTime::fromString(contact.time, TimeFormat);
    if (at.isValid() && (at < earliest || at > latest))
        found << tr("%1 is outside the hours for contacting a customer (%2 to %3).")
                     .arg(at.toString(TimeFormat), earliest.toString(TimeFormat), latest.toString(TimeFormat));
    if (contact.channel != Channel::Phone)
        return found;
    // Call attempts about the same debt (or about the account) in the window ending on the contact's day.
    const QDate day = contact.date;
    QSqlQuery &q
        = db.prepare(QStringLiteral("SELECT count(*) FROM contacts WHERE customer_id = :customer AND channel = 'phone' "
                                    "AND contact_date BETWEEN :from AND :to AND %1")
                         .arg(contact.debtId ? QStringLiteral("debt_id = :debt") : QStringLiteral("debt_id IS NULL")));
    q.bindValue(QStringLiteral(":customer"), contact.customerId);
    q.bindValue(QStringLiteral(":from"), SqlDialect::date(day.addDays(1 - perDays)));
    q.bindValue(QStringLiteral(":to"), SqlDialect::date(day));
    if (contact.debtId)
        q.bindValue(QStringLiteral(":debt"), contact.debtId);
    if (auto done = db.exec(q); !done)
        return done.failure();
    const qint64 before = q.next() ? q.value(0).toLongLong() : 0;
    if (before >= maxCalls)
        found << tr("This would be call %1 in %2 days about the same debt; the limit is %3.")
                     .arg(before + 1)
                     .arg(perDays)
                     .arg(maxCalls);
    return found;
}

} // namespace recoup
