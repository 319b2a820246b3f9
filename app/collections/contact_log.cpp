// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "collections/contact_log.h"

#include "collections/collection_checks.h"
#include "collections/collection_records.h"
#include "core/clock.h"
#include "db/database.h"
#include "db/transaction.h"
#include "ledger/book_rules.h"
#include "ledger/ledger.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

namespace recoup {

ContactLog::ContactLog(Ledger &ledger) : m_ledger(ledger) { }

Result<qint64> ContactLog::log(const ContactInput &input)
{
    const CollectionChecks checks(m_ledger);
    const QDate date = input.date.isValid() ? input.date : m_ledger.clock().today();
    const auto who = m_ledger.customer(input.customerId);
    if (!who)
        return who.failure();
    if (input.debtId) {
        const auto debt = m_ledger.debt(input.debtId);
        if (!debt)
            return debt.failure();
        if (debt->customerId != input.customerId)
            return Error{ tr("The sale %1 is not this customer's.").arg(debt->ref) };
    }
    if (auto ok = checks.checkDate(date); !ok)
        return ok.failure();
    static const QRegularExpression hhmm(QStringLiteral("^([01]\\d|2[0-3]):[0-5]\\d$"));
    if (!input.time.isEmpty() && !hhmm.match(input.time).hasMatch())
        return Error{ tr("“%1” is not a time written HH:MM (00:00 to 23:59).").arg(input.time) };
    if (input.followUp.isValid() && input.followUp < date)
        return Error{ tr("The follow-up date (%1) cannot be before the contact (%2).")
                          .arg(input.followUp.toString(Qt::ISODate), date.toString(Qt::ISODate)) };
    if (input.followUp.isValid())
        if (auto ok = BookRules::checkDate(input.followUp); !ok)
            return ok.failure();
    const QString note = input.note.trimmed();
    const QString madeBy = input.madeBy.trimmed().isEmpty() ? m_ledger.user() : input.madeBy.trimmed();
    for (const QString &text : { note, madeBy })
        if (auto ok = BookRules::checkText(text); !ok)
            return ok.failure();
    if (auto ok = checks.checkClock(); !ok)
        return ok.failure();

    Database &db = m_ledger.database();
    Transaction tx(db);
    if (!tx.started())
        return tx.started().failure();
    QSqlQuery &q = db.prepare(
        QStringLiteral("INSERT INTO contacts (customer_id, debt_id, contact_date, contact_time, channel, made_by, "
                       "outcome, note, follow_up, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(input.customerId);
    q.addBindValue(input.debtId ? QVariant(input.debtId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(date.toString(Qt::ISODate));
    q.addBindValue(input.time.isNull() ? QStringLiteral("") : input.time);
    q.addBindValue(CollectionPolicy::channelKey(input.channel));
    q.addBindValue(madeBy);
    q.addBindValue(CollectionRecords::outcomeKey(input.outcome));
    q.addBindValue(note.isNull() ? QStringLiteral("") : note);
    q.addBindValue(input.followUp.isValid() ? QVariant(input.followUp.toString(Qt::ISODate))
                                            : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(m_ledger.clock().nowUtc().toString(Qt::ISODateWithMs));
    q.addBindValue(m_ledger.user());
    if (auto done = db.exec(q); !done)
        return done.failure();
    const qint64 id = q.lastInsertId().toLongLong();
    QJsonObject details{ { QStringLiteral("customer_id"), input.customerId },
        { QStringLiteral("date"), date.toString(Qt::ISODate) },
        { QStringLiteral("channel"), CollectionPolicy::channelKey(input.channel) },
        { QStringLiteral("outcome"), CollectionRecords::outcomeKey(input.outcome) } };
    if (input.debtId)
        details.insert(QStringLiteral("debt_id"), input.debtId);
    if (input.followUp.isValid())
        details.insert(QStringLiteral("follow_up"), input.followUp.toString(Qt::ISODate));
    if (auto done = m_ledger.writer().audit(QStringLiteral("add"), QStringLiteral("contact"), id, details); !done)
        return done.failure();
    m_ledger.writer().noteCustomer(input.customerId);
    if (auto done = tx.commit(); !done)
        return done.failure();
    return id;
}

} // namespace recoup
