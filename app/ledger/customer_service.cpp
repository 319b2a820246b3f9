// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/customer_service.h"

#include "core/clock.h"
#include "db/database.h"
#include "db/transaction.h"
#include "ledger/audit_details.h"
#include "ledger/book_rules.h"
#include "ledger/business_details.h"
#include "ledger/entry_writer.h"
#include "ledger/ledger_reader.h"
#include "messaging/phone_number.h"

#include <QSqlQuery>
#include <QVariant>

namespace recoup {

namespace {

/// Text columns are NOT NULL; a null QString would bind as NULL.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

} // namespace

CustomerService::CustomerService(Database &db, const Clock &clock, const LedgerReader &reader, EntryWriter &writer)
    : m_db(db), m_clock(clock), m_reader(reader), m_writer(writer)
{ }

Result<QString> CustomerService::nextRef() const
{
    auto largest = m_reader.largestId(QStringLiteral("customers"));
    if (!largest)
        return largest.failure();
    for (qint64 n = largest.value() + 1;; ++n) {
        const QString ref = QStringLiteral("C-%1").arg(n, 5, 10, QLatin1Char('0'));
        auto taken = m_reader.customerIdByRef(ref);
        if (!taken)
            return taken.failure();
        if (taken.value() == 0)
            return ref;
    }
}

Result<CustomerInput> CustomerService::check(CustomerInput input, qint64 existingId) const
{
    auto checked = BookRules::checkCustomer(std::move(input));
    if (!checked)
        return checked;
    input = std::move(checked).value();
    if (input.ref.isEmpty()) {
        auto next = nextRef();
        if (!next)
            return next.failure();
        input.ref = next.value();
    }
    auto other = m_reader.customerIdByRef(input.ref);
    if (!other)
        return other.failure();
    if (other.value() != 0 && other.value() != existingId)
        return Error{ tr("Another customer already has the reference “%1”.").arg(input.ref) };
    return input;
}

void CustomerService::bind(QSqlQuery &q, const CustomerInput &c) const
{
    q.addBindValue(text(c.ref));
    q.addBindValue(text(c.name));
    q.addBindValue(text(c.phone));
    q.addBindValue(text(PhoneNumber::toE164(c.phone, BusinessDetails::callingCode(m_db))));
    q.addBindValue(text(c.email));
    q.addBindValue(text(c.address));
    q.addBindValue(text(c.notes));
    q.addBindValue(c.creditLimit ? QVariant(*c.creditLimit) : QVariant(QMetaType(QMetaType::LongLong)));
}

Result<qint64> CustomerService::add(CustomerInput input)
{
    auto checked = check(std::move(input), 0);
    if (!checked)
        return checked.failure();
    const CustomerInput &c = checked.value();
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().failure();
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "INSERT INTO customers (ref, name, phone, phone_e164, email, address, notes, credit_limit, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bind(q, c);
    q.addBindValue(m_clock.nowUtc().toString(Qt::ISODate));
    if (auto done = m_db.exec(q); !done)
        return done.failure();
    const qint64 id = q.lastInsertId().toLongLong();
    if (auto done = m_writer.audit(
            QStringLiteral("add"), QStringLiteral("customer"), id, AuditDetails::customerAdded(c.ref, c.name));
        !done)
        return done.failure();
    m_writer.noteCustomer(id);
    if (auto done = tx.commit(); !done)
        return done.failure();
    return id;
}

Result<void> CustomerService::update(qint64 id, CustomerInput input)
{
    if (auto existing = m_reader.customer(id); !existing)
        return existing.failure();
    auto checked = check(std::move(input), id);
    if (!checked)
        return checked.failure();
    const CustomerInput &c = checked.value();
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    QSqlQuery &q = m_db.prepare(QStringLiteral("UPDATE customers SET ref = ?, name = ?, phone = ?, phone_e164 = ?, "
                                               "email = ?, address = ?, notes = ?, credit_limit = ? WHERE id = ?"));
    bind(q, c);
    q.addBindValue(id);
    if (auto done = m_db.exec(q); !done)
        return done;
    // The row as it is now is bound into the chain with the edit.
    m_writer.binder().rebind(QStringLiteral("customers"), id);
    if (auto done = m_writer.audit(QStringLiteral("edit"), QStringLiteral("customer"), id,
            { { QStringLiteral("ref"), c.ref }, { QStringLiteral("name"), c.name },
                { QStringLiteral("phone"), c.phone }, { QStringLiteral("email"), c.email },
                { QStringLiteral("address"), c.address }, { QStringLiteral("notes"), c.notes },
                { QStringLiteral("credit_limit"),
                    c.creditLimit ? QJsonValue(QString::number(*c.creditLimit)) : QJsonValue(QJsonValue::Null) } });
        !done)
        return done;
    m_writer.noteCustomer(id);
    return tx.commit();
}

} // namespace recoup
