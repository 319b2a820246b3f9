// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "collections/promise_service.h"

#include "collections/collection_checks.h"
#include "core/clock.h"
#include "core/money.h"
#include "db/database.h"
#include "db/transaction.h"
#include "ledger/book_rules.h"
#include "ledger/ledger.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QVariant>

namespace recoup {

PromiseService::PromiseService(Ledger &ledger) : m_ledger(ledger) { }

Result<qint64> PromiseService::record(const PromiseInput &input)
{
    const CollectionChecks checks(m_ledger);
    const Currency &currency = m_ledger.currency();
    const QDate promisedOn = input.promisedOn.isValid() ? input.promisedOn : m_ledger.clock().today();
    const auto who = m_ledger.customer(input.customerId);
    if (!who)
        return who.failure();
    if (auto ok = checks.checkDate(promisedOn); !ok)
        return ok.failure();
    if (auto ok = BookRules::checkAmount(input.amount, currency); !ok)
        return ok.failure();
    if (!input.dueDate.isValid())
        return Error{ tr("Give the date the money is promised for.") };
    if (auto ok = BookRules::checkDate(input.dueDate); !ok)
        return ok.failure();
    if (input.dueDate < promisedOn)
        return Error{ tr("The promised date (%1) cannot be before the day the promise is made (%2).")
                          .arg(input.dueDate.toString(Qt::ISODate), promisedOn.toString(Qt::ISODate)) };
    const QString note = input.note.trimmed();
    if (auto ok = BookRules::checkText(note); !ok)
        return ok.failure();

    // The debts it covers: the ones named, each the customer's and open, or all open ones.
    const auto open = m_ledger.openDebts(input.customerId);
    if (!open)
        return open.failure();
    QList<Debt> covered;
    if (input.debtIds.isEmpty()) {
        for (const Debt &d : open.value())
            if (d.openAmount > 0)
                covered.append(d);
    } else {
        for (qint64 id : input.debtIds) {
            const auto d = m_ledger.debt(id);
            if (!d)
                return d.failure();
            if (d->customerId != input.customerId)
                return Error{ tr("The sale %1 is not this customer's.").arg(d->ref) };
            if (d->openAmount <= 0)
                return Error{ tr("Nothing is owed on the sale %1.").arg(d->ref) };
            if (std::none_of(covered.cbegin(), covered.cend(), [id](const Debt &c) { return c.id == id; }))
                covered.append(d.value());
        }
    }
    if (covered.isEmpty())
        return Error{ tr("%1 owes nothing, so there is nothing to promise.").arg(who->details.name) };
    qint64 owed = 0;
    for (const Debt &d : covered)
        owed += d.openAmount;
    if (input.amount > owed)
        return Error{ tr("The promise (%1) is for more than is owed on those sales (%2).")
                          .arg(Money::toFileText(input.amount, currency), Money::toFileText(owed, currency)) };
    if (input.contactId) {
        Database &db = m_ledger.database();
        QSqlQuery &c = db.prepare(QStringLiteral("SELECT customer_id FROM contacts WHERE id = ?"));
        c.addBindValue(input.contactId);
        if (auto done = db.exec(c); !done)
            return done.failure();
        const bool ours = c.next() && c.value(0).toLongLong() == input.customerId;
        c.finish();
        if (!ours)
            return Error{ tr("That contact is not in this customer's log.") };
    }
    if (auto ok = checks.checkClock(); !ok)
        return ok.failure();

    Database &db = m_ledger.database();
    Transaction tx(db);
    if (!tx.started())
        return tx.started().failure();
    QSqlQuery &q = db.prepare(
        QStringLiteral("INSERT INTO promises (customer_id, contact_id, amount, promised_on, due_date, note, "
                       "recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(input.customerId);
    q.addBindValue(input.contactId ? QVariant(input.contactId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(input.amount);
    q.addBindValue(promisedOn.toString(Qt::ISODate));
    q.addBindValue(input.dueDate.toString(Qt::ISODate));
    q.addBindValue(note.isNull() ? QStringLiteral("") : note);
    q.addBindValue(m_ledger.clock().nowUtc().toString(Qt::ISODateWithMs));
    q.addBindValue(m_ledger.user());
    if (auto done = db.exec(q); !done)
        return done.failure();
    const qint64 id = q.lastInsertId().toLongLong();
    QJsonArray debtIds;
    for (const Debt &d : std::as_const(covered)) {
        QSqlQuery &link = db.prepare(QStringLiteral("INSERT INTO promise_debts (promise_id, debt_id) VALUES (?, ?)"));
        link.addBindValue(id);
        link.addBindValue(d.id);
        if (auto done = db.exec(link); !done)
            return done.failure();
        debtIds.append(d.id);
        m_ledger.writer().noteDebt(d.id);
    }
    if (auto done = m_ledger.writer().audit(QStringLiteral("add"), QStringLiteral("promise"), id,
            { { QStringLiteral("customer_id"), input.customerId }, { QStringLiteral("amount"), input.amount },
                { QStringLiteral("promised_on"), promisedOn.toString(Qt::ISODate) },
                { QStringLiteral("due_date"), input.dueDate.toString(Qt::ISODate) },
                { QStringLiteral("debts"), debtIds } });
        !done)
        return done.failure();
    m_ledger.writer().noteCustomer(input.customerId);
    if (auto done = tx.commit(); !done)
        return done.failure();
    return id;
}

} // namespace recoup
