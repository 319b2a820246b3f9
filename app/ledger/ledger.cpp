// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/ledger.h"

#include "core/clock.h"
#include "core/money.h"
#include "db/database.h"
#include "db/transaction.h"
#include "ledger/audit_details.h"
#include "ledger/book_rules.h"
#include "ledger/book_total.h"
#include "messaging/phone_number.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

#include <limits>

namespace recoup {

namespace {

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QVariant nullable(qint64 id)
{
    return id ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

/// Text columns are NOT NULL; a null QString would bind as NULL.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QVariant nullableText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

QString defaultUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? QStringLiteral("recoup") : user;
}

const QString EntryColumns = QStringLiteral(
    "e.id, e.customer_id, e.debt_id, e.payment_id, e.source_id, e.kind, e.amount, e.balance_delta, e.open_delta, "
    "e.credit_delta, e.effective_date, e.recorded_at, e.recorded_by, e.ref, e.method, e.reference, e.note, "
    "r.id, r.note");

Entry entryFrom(const QSqlQuery &q)
{
    Entry e;
    e.id = q.value(0).toLongLong();
    e.customerId = q.value(1).toLongLong();
    e.debtId = q.value(2).toLongLong();
    e.paymentId = q.value(3).toLongLong();
    e.sourceId = q.value(4).toLongLong();
    e.kind = entryKindFromKey(q.value(5).toString());
    e.amount = q.value(6).toLongLong();
    e.balanceDelta = q.value(7).toLongLong();
    e.openDelta = q.value(8).toLongLong();
    e.creditDelta = q.value(9).toLongLong();
    e.effectiveDate = QDate::fromString(q.value(10).toString(), Qt::ISODate);
    e.recordedAt = QDateTime::fromString(q.value(11).toString(), Qt::ISODateWithMs);
    e.recordedBy = q.value(12).toString();
    e.ref = q.value(13).toString();
    e.method = q.value(14).toString();
    e.reference = q.value(15).toString();
    e.note = q.value(16).toString();
    e.reversedBy = q.value(17).toLongLong();
    e.reversalReason = q.value(18).toString();
    return e;
}

const QString CustomerColumns = QStringLiteral(
    "id, ref, name, phone, email, address, notes, credit_limit, phone_e164, balance, credit, last_payment_date");

Customer customerFrom(const QSqlQuery &q)
{
    Customer c;
    c.id = q.value(0).toLongLong();
    c.details.ref = q.value(1).toString();
    c.details.name = q.value(2).toString();
    c.details.phone = q.value(3).toString();
    c.details.email = q.value(4).toString();
    c.details.address = q.value(5).toString();
    c.details.notes = q.value(6).toString();
    if (!q.value(7).isNull())
        c.details.creditLimit = q.value(7).toLongLong();
    c.phoneE164 = q.value(8).toString();
    c.balance = q.value(9).toLongLong();
    c.credit = q.value(10).toLongLong();
    c.lastPaymentDate = QDate::fromString(q.value(11).toString(), Qt::ISODate);
    return c;
}

const QString DebtColumns
    = QStringLiteral("id, customer_id, ref, description, issue_date, due_date, terms_days, amount, open_amount");

Debt debtFrom(const QSqlQuery &q)
{
    Debt d;
    d.id = q.value(0).toLongLong();
    d.customerId = q.value(1).toLongLong();
    d.ref = q.value(2).toString();
    d.description = q.value(3).toString();
    d.issueDate = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    d.dueDate = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    if (!q.value(6).isNull())
        d.termsDays = q.value(6).toInt();
    d.amount = q.value(7).toLongLong();
    d.openAmount = q.value(8).toLongLong();
    return d;
}

} // namespace

Ledger::Ledger(Database &db, const Clock &clock, QObject *parent)
    : QObject(parent), m_db(db), m_clock(clock), m_audit(db, clock), m_user(defaultUser())
{ }

const Currency &Ledger::currency() const
{
    return m_db.currency();
}

// ---- customers -------------------------------------------------------------

Result<CustomerInput> Ledger::checkCustomer(CustomerInput input, qint64 existingId) const
{
    auto checked = BookRules::checkCustomer(std::move(input));
    if (!checked)
        return checked;
    input = std::move(checked).value();
    if (input.ref.isEmpty())
        input.ref = nextCustomerRef();
    if (auto other = customerByRef(input.ref); other && other->id != existingId)
        return Error{ tr("Another customer already has the reference “%1”.").arg(input.ref) };
    return input;
}

Result<qint64> Ledger::addCustomer(CustomerInput input)
{
    auto checked = checkCustomer(std::move(input), 0);
    if (!checked)
        return checked.failure();
    const CustomerInput &c = checked.value();
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().failure();
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "INSERT INTO customers (ref, name, phone, phone_e164, email, address, notes, credit_limit, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(text(c.ref));
    q.addBindValue(text(c.name));
    q.addBindValue(text(c.phone));
    q.addBindValue(text(PhoneNumber::toE164(c.phone, m_db.meta(QStringLiteral("country_calling_code")))));
    q.addBindValue(text(c.email));
    q.addBindValue(text(c.address));
    q.addBindValue(text(c.notes));
    q.addBindValue(c.creditLimit ? QVariant(*c.creditLimit) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(m_clock.nowUtc().toString(Qt::ISODate));
    if (auto done = m_db.exec(q); !done)
        return done.failure();
    const qint64 id = q.lastInsertId().toLongLong();
    auto audited = m_audit.append(
        m_user, QStringLiteral("add"), QStringLiteral("customer"), id, AuditDetails::customerAdded(c.ref, c.name));
    if (!audited)
        return audited.failure();
    if (auto done = tx.commit(); !done)
        return done.failure();
    if (!m_db.inTransaction())
        Q_EMIT customerAdded(id);
    return id;
}

Result<void> Ledger::updateCustomer(qint64 id, CustomerInput input)
{
    if (!customer(id))
        return Error{ tr("That customer does not exist.") };
    auto checked = checkCustomer(std::move(input), id);
    if (!checked)
        return checked.failure();
    const CustomerInput &c = checked.value();
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    QSqlQuery &q = m_db.prepare(QStringLiteral("UPDATE customers SET ref = ?, name = ?, phone = ?, phone_e164 = ?, "
                                               "email = ?, address = ?, notes = ?, credit_limit = ? WHERE id = ?"));
    q.addBindValue(text(c.ref));
    q.addBindValue(text(c.name));
    q.addBindValue(text(c.phone));
    q.addBindValue(text(PhoneNumber::toE164(c.phone, m_db.meta(QStringLiteral("country_calling_code")))));
    q.addBindValue(text(c.email));
    q.addBindValue(text(c.address));
    q.addBindValue(text(c.notes));
    q.addBindValue(c.creditLimit ? QVariant(*c.creditLimit) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(id);
    if (auto done = m_db.exec(q); !done)
        return done;
    auto audited = m_audit.append(m_user, QStringLiteral("edit"), QStringLiteral("customer"), id,
        { { QStringLiteral("ref"), c.ref }, { QStringLiteral("name"), c.name }, { QStringLiteral("phone"), c.phone },
            { QStringLiteral("email"), c.email }, { QStringLiteral("address"), c.address },
            { QStringLiteral("notes"), c.notes } });
    if (!audited)
        return audited;
    if (auto done = tx.commit(); !done)
        return done;
    Q_EMIT customerChanged(id);
    return {};
}

std::optional<Customer> Ledger::customer(qint64 id) const
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT %1 FROM customers WHERE id = ?").arg(CustomerColumns));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Customer c = customerFrom(q);
    q.finish();
    return c;
}

std::optional<Customer> Ledger::customerByRef(const QString &ref) const
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT %1 FROM customers WHERE ref = ?").arg(CustomerColumns));
    q.addBindValue(ref);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Customer c = customerFrom(q);
    q.finish();
    return c;
}

QString Ledger::nextCustomerRef() const
{
    QSqlQuery q(m_db.connection());
    q.exec(QStringLiteral("SELECT max(id) FROM customers"));
    qint64 n = q.next() ? q.value(0).toLongLong() + 1 : 1;
    for (;; ++n) {
        const QString ref = QStringLiteral("C-%1").arg(n, 5, 10, QLatin1Char('0'));
        if (!customerByRef(ref))
            return ref;
    }
}

qint64 Ledger::customerCount() const
{
    QSqlQuery q(m_db.connection());
    q.exec(QStringLiteral("SELECT count(*) FROM customers"));
    return q.next() ? q.value(0).toLongLong() : 0;
}

// ---- dates -------------------------------------------------------------------

QDate Ledger::closedThrough() const
{
    // Read once per transaction: nothing inside one changes the closed period.
    if (!m_db.inTransaction() || m_closedThroughSerial != m_db.transactionSerial()) {
        m_closedThrough = QDate::fromString(m_db.meta(QStringLiteral("closed_through")), Qt::ISODate);
        m_closedThroughSerial = m_db.transactionSerial();
    }
    return m_closedThrough;
}

Result<void> Ledger::checkDate(const QDate &date) const
{
    if (auto ok = BookRules::checkDate(date); !ok)
        return ok;
    return BookRules::checkOpen(date, closedThrough());
}

Result<qint64> Ledger::bookTotal() const
{
    // Read once per transaction, then kept up to date by insertEntry.
    if (m_db.inTransaction() && m_bookTotalSerial == m_db.transactionSerial())
        return m_bookTotal;
    auto total = BookTotal::read(m_db);
    if (total && m_db.inTransaction()) {
        m_bookTotal = total.value();
        m_bookTotalSerial = m_db.transactionSerial();
    }
    return total;
}

// ---- entries -----------------------------------------------------------------

Result<qint64> Ledger::insertEntry(const NewEntry &e)
{
    // Every entry passes here: its amount and what the book's entries then add
    // up to are checked, so no sum the book holds can pass 64 bits.
    const qint64 size = Money::magnitude(e.amount).value_or(std::numeric_limits<qint64>::max());
    if (auto ok = BookRules::checkAmount(size, currency()); !ok)
        return ok.failure();
    const auto total = bookTotal();
    if (!total)
        return total.failure();
    if (auto ok = BookRules::checkBookTotal(total.value(), size, currency()); !ok)
        return ok.failure();
    const qint64 balanceDelta = e.openDelta - e.creditDelta;
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "INSERT INTO entries (customer_id, debt_id, payment_id, source_id, kind, amount, balance_delta, open_delta, "
        "credit_delta, effective_date, recorded_at, recorded_by, ref, method, reference, note) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(e.customerId);
    q.addBindValue(nullable(e.debtId));
    q.addBindValue(nullable(e.paymentId));
    q.addBindValue(nullable(e.sourceId));
    q.addBindValue(entryKindKey(e.kind));
    q.addBindValue(e.amount);
    q.addBindValue(balanceDelta);
    q.addBindValue(e.openDelta);
    q.addBindValue(e.creditDelta);
    q.addBindValue(isoDate(e.date));
    q.addBindValue(m_clock.nowUtc().toString(Qt::ISODateWithMs));
    q.addBindValue(text(m_user));
    q.addBindValue(nullableText(e.ref));
    q.addBindValue(nullableText(e.method));
    q.addBindValue(text(e.reference));
    q.addBindValue(text(e.note));
    if (auto done = m_db.exec(q); !done)
        return done.failure();
    const qint64 id = q.lastInsertId().toLongLong();
    m_bookTotal = total.value() + size;
    m_bookTotalSerial = m_db.transactionSerial();
    if (auto done = BookTotal::store(m_db, m_bookTotal, id); !done)
        return done.failure();

    // Keep the caches in step with the entry, in the same transaction.
    if (e.openDelta != 0) {
        QSqlQuery &d = m_db.prepare(QStringLiteral("UPDATE debts SET open_amount = open_amount + ? WHERE id = ?"));
        d.addBindValue(e.openDelta);
        d.addBindValue(e.debtId);
        if (auto done = m_db.exec(d); !done)
            return done.failure();
    }
    if (balanceDelta != 0 || e.creditDelta != 0) {
        QSqlQuery &c = m_db.prepare(
            QStringLiteral("UPDATE customers SET balance = balance + ?, credit = credit + ? WHERE id = ?"));
        c.addBindValue(balanceDelta);
        c.addBindValue(e.creditDelta);
        c.addBindValue(e.customerId);
        if (auto done = m_db.exec(c); !done)
            return done.failure();
    }
    return id;
}

QList<OpenItem> Ledger::openItems(qint64 customerId, const QDate &from) const
{
    QList<OpenItem> items;
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT id, issue_date, due_date, open_amount FROM debts "
                                               "WHERE customer_id = ? AND open_amount <> 0"));
    q.addBindValue(customerId);
    if (!q.exec())
        return items;
    while (q.next())
        items.append({ q.value(0).toLongLong(), QDate::fromString(q.value(1).toString(), Qt::ISODate),
            QDate::fromString(q.value(2).toString(), Qt::ISODate), q.value(3).toLongLong() });
    q.finish();
    if (from.isValid())
        capToLaterDays(customerId, from, items);
    return items;
}

void Ledger::capToLaterDays(qint64 customerId, const QDate &from, QList<OpenItem> &items) const
{
    // A payment dated before entries already recorded may take from a debt only
    // what stays open on every day from its date on, or a past day would show
    // the debt open below zero. Open on a day = open now - what came after it.
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "SELECT debt_id, effective_date, sum(open_delta) FROM entries WHERE customer_id = ? AND effective_date > ? "
        "AND debt_id IS NOT NULL GROUP BY debt_id, effective_date ORDER BY debt_id, effective_date"));
    q.addBindValue(customerId);
    q.addBindValue(isoDate(from));
    if (!q.exec())
        return;
    QHash<qint64, QList<qint64>> later; // per debt, the day-by-day changes after `from`
    while (q.next())
        later[q.value(0).toLongLong()].append(q.value(2).toLongLong());
    q.finish();
    for (OpenItem &item : items) {
        const QList<qint64> changes = later.value(item.debtId);
        qint64 open = item.open;
        for (qint64 change : changes)
            open -= change; // open as of `from`
        qint64 lowest = open;
        for (qint64 change : changes)
            lowest = std::min(lowest, open += change);
        item.open = std::max<qint64>(0, std::min(item.open, lowest));
    }
}

// ---- debts -------------------------------------------------------------------

Result<qint64> Ledger::addDebt(const DebtInput &input)
{
    const QString ref = input.ref.trimmed().isEmpty() ? nextDebtRef() : input.ref.trimmed();
    const QString description = input.description.trimmed();
    const auto dueDate = BookRules::checkSale(input, currency(), closedThrough());
    if (!dueDate)
        return dueDate.failure();
    const QDate due = dueDate.value();
    const auto who = customer(input.customerId);
    if (!who)
        return Error{ tr("That customer does not exist.") };
    if (debtByRef(ref))
        return Error{ tr("A sale with the reference “%1” already exists.").arg(ref) };

    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().failure();
    QSqlQuery &q = m_db.prepare(
        QStringLiteral("INSERT INTO debts (customer_id, ref, description, issue_date, due_date, terms_days, amount, "
                       "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(input.customerId);
    q.addBindValue(ref);
    q.addBindValue(text(description));
    q.addBindValue(isoDate(input.issueDate));
    q.addBindValue(isoDate(due));
    q.addBindValue(input.termsDays ? QVariant(*input.termsDays) : QVariant(QMetaType(QMetaType::Int)));
    q.addBindValue(input.amount);
    q.addBindValue(m_clock.nowUtc().toString(Qt::ISODate));
    if (auto done = m_db.exec(q); !done)
        return done.failure();
    const qint64 debtId = q.lastInsertId().toLongLong();

    NewEntry charge;
    charge.customerId = input.customerId;
    charge.debtId = debtId;
    charge.kind = EntryKind::Charge;
    charge.amount = input.amount;
    charge.openDelta = input.amount;
    charge.date = input.issueDate;
    charge.ref = ref;
    charge.note = description;
    if (auto done = insertEntry(charge); !done)
        return done.failure();
    auto audited = m_audit.append(m_user, QStringLiteral("add"), QStringLiteral("debt"), debtId,
        AuditDetails::debtAdded(ref, input.customerId, input.amount, input.issueDate, due));
    if (!audited)
        return audited.failure();
    // Credit waiting from earlier payments goes to the new sale at once.
    if (who->credit > 0) {
        OpenItem item{ debtId, input.issueDate, due, input.amount };
        if (auto done = applyCreditTo(input.customerId, { item }, input.issueDate); !done)
            return done.failure();
    }
    if (auto done = tx.commit(); !done)
        return done.failure();
    if (!m_db.inTransaction())
        Q_EMIT customerChanged(input.customerId);
    return debtId;
}

std::optional<Debt> Ledger::debt(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM debts WHERE id = ?").arg(DebtColumns));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return debtFrom(q);
}

std::optional<Debt> Ledger::debtByRef(const QString &ref) const
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT %1 FROM debts WHERE ref = ?").arg(DebtColumns));
    q.addBindValue(ref);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Debt d = debtFrom(q);
    q.finish();
    return d;
}

QList<Debt> Ledger::openDebts(qint64 customerId) const
{
    return customerDebts(customerId, true);
}

QList<Debt> Ledger::debts(qint64 customerId) const
{
    return customerDebts(customerId, false);
}

QList<Debt> Ledger::customerDebts(qint64 customerId, bool openOnly) const
{
    QList<Debt> debts;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM debts WHERE customer_id = ? %2 ORDER BY due_date, issue_date, id")
                  .arg(DebtColumns, openOnly ? QStringLiteral("AND open_amount <> 0") : QString()));
    q.addBindValue(customerId);
    if (q.exec())
        while (q.next())
            debts.append(debtFrom(q));
    return debts;
}

QString Ledger::nextDebtRef() const
{
    QSqlQuery q(m_db.connection());
    q.exec(QStringLiteral("SELECT max(id) FROM debts"));
    qint64 n = q.next() ? q.value(0).toLongLong() + 1 : 1;
    for (;; ++n) {
        const QString ref = QStringLiteral("S-%1").arg(n, 5, 10, QLatin1Char('0'));
        if (!debtByRef(ref))
            return ref;
    }
}

// ---- payments ----------------------------------------------------------------

Result<PaymentOutcome> Ledger::planPayment(const PaymentInput &input) const
{
    const auto who = customer(input.customerId);
    if (!who)
        return Error{ tr("That customer does not exist.") };
    if (auto ok = BookRules::checkPayment(input, currency(), closedThrough()); !ok)
        return ok.failure();
    const QList<OpenItem> items = openItems(input.customerId, input.date);
    PaymentOutcome outcome;
    if (input.allocation) {
        if (auto ok = Allocator::validate(items, *input.allocation, input.amount, input.date); !ok)
            return ok.failure();
        outcome.lines = *input.allocation;
    } else {
        outcome.lines = Allocator::allocate(items, input.amount, input.date, input.preferredDebtId);
    }
    // The payment and its allocations are entries: the book must have room for both.
    const auto total = bookTotal();
    if (!total)
        return total.failure();
    const qint64 allocated = Allocator::total(outcome.lines);
    if (auto ok = BookRules::checkBookTotal(total.value(), input.amount + allocated, currency()); !ok)
        return ok.failure();
    outcome.toCredit = input.amount - allocated;
    outcome.newBalance = who->balance - input.amount;
    return outcome;
}

Result<PaymentOutcome> Ledger::previewPayment(const PaymentInput &input) const
{
    return planPayment(input);
}

Result<PaymentOutcome> Ledger::recordPayment(const PaymentInput &input)
{
    auto planned = planPayment(input);
    if (!planned)
        return planned;
    PaymentOutcome outcome = planned.value();
    const QString ref = input.ref.trimmed();
    if (!ref.isEmpty()) {
        QSqlQuery &dup = m_db.prepare(QStringLiteral("SELECT 1 FROM entries WHERE ref = ? AND kind = 'payment'"));
        dup.addBindValue(ref);
        if (dup.exec() && dup.next()) {
            dup.finish();
            return Error{ tr("A payment with the reference “%1” already exists.").arg(ref) };
        }
    }
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().failure();
    NewEntry payment;
    payment.customerId = input.customerId;
    payment.kind = EntryKind::Payment;
    payment.amount = input.amount;
    payment.creditDelta = input.amount;
    payment.date = input.date;
    payment.ref = ref;
    payment.method = paymentMethodKey(input.method);
    payment.reference = input.reference.trimmed();
    auto paymentId = insertEntry(payment);
    if (!paymentId)
        return paymentId.failure();
    outcome.paymentEntryId = paymentId.value();
    if (auto done = allocate(
            input.customerId, outcome.paymentEntryId, outcome.lines, input.date, payment.method, payment.reference);
        !done)
        return done.failure();
    QSqlQuery &last = m_db.prepare(QStringLiteral(
        "UPDATE customers SET last_payment_date = max(coalesce(last_payment_date, ''), ?) WHERE id = ?"));
    last.addBindValue(isoDate(input.date));
    last.addBindValue(input.customerId);
    if (auto done = m_db.exec(last); !done)
        return done.failure();
    auto audited = m_audit.append(m_user, QStringLiteral("add"), QStringLiteral("payment"), outcome.paymentEntryId,
        AuditDetails::paymentAdded(
            input.customerId, input.amount, input.date, payment.method, Allocator::total(outcome.lines)));
    if (!audited)
        return audited.failure();
    if (auto done = tx.commit(); !done)
        return done.failure();
    if (!m_db.inTransaction())
        Q_EMIT customerChanged(input.customerId);
    return outcome;
}

Result<void> Ledger::allocate(qint64 customerId, qint64 paymentId, const QList<AllocationLine> &lines,
    const QDate &date, const QString &method, const QString &reference)
{
    for (const AllocationLine &line : lines) {
        NewEntry a;
        a.customerId = customerId;
        a.debtId = line.debtId;
        a.paymentId = paymentId;
        a.kind = EntryKind::Allocation;
        a.amount = line.amount;
        a.openDelta = -line.amount;
        a.creditDelta = -line.amount;
        a.date = date;
        a.method = method;
        a.reference = reference;
        if (auto done = insertEntry(a); !done)
            return done.failure();
    }
    return {};
}

Result<QList<Ledger::UnappliedCredit>> Ledger::unappliedCredits(qint64 customerId) const
{
    // Unapplied money, payment by payment, oldest first.
    QList<UnappliedCredit> credits;
    QSqlQuery &q = m_db.prepare(
        QStringLiteral("SELECT p.id, p.effective_date, p.method, p.reference, sum(e.credit_delta) AS remaining "
                       "FROM entries e JOIN entries p ON p.id = coalesce(e.payment_id, e.id) "
                       "WHERE e.customer_id = ? AND e.credit_delta <> 0 "
                       "GROUP BY p.id HAVING remaining > 0 ORDER BY p.effective_date, p.id"));
    q.addBindValue(customerId);
    if (auto done = m_db.exec(q); !done)
        return done.failure();
    while (q.next())
        credits.append({ q.value(0).toLongLong(), QDate::fromString(q.value(1).toString(), Qt::ISODate),
            q.value(2).toString(), q.value(3).toString(), q.value(4).toLongLong() });
    q.finish();
    return credits;
}

Result<void> Ledger::applyCreditTo(qint64 customerId, const QList<OpenItem> &items, const QDate &notBefore)
{
    const auto credits = unappliedCredits(customerId);
    if (!credits)
        return credits.failure();
    QList<OpenItem> open = items;
    for (const UnappliedCredit &credit : credits.value()) {
        // Credit applied to a later sale takes effect on the sale's date.
        const QList<AllocationLine> lines = Allocator::allocate(open, credit.remaining, QDate());
        for (const AllocationLine &line : lines) {
            const auto item = std::find_if(
                open.begin(), open.end(), [&line](const OpenItem &i) { return i.debtId == line.debtId; });
            const QDate effective = std::max({ credit.date, item->issueDate, notBefore });
            if (auto done
                = allocate(customerId, credit.paymentId, { line }, effective, credit.method, credit.reference);
                !done)
                return done;
            item->open -= line.amount;
        }
    }
    return {};
}

Result<void> Ledger::applyCredit(qint64 customerId)
{
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    if (auto done = applyCreditTo(customerId, openItems(customerId), QDate()); !done)
        return done;
    if (auto done = m_audit.append(m_user, QStringLiteral("apply_credit"), QStringLiteral("customer"), customerId, {});
        !done)
        return done;
    if (auto done = tx.commit(); !done)
        return done;
    Q_EMIT customerChanged(customerId);
    return {};
}

// ---- corrections -------------------------------------------------------------

Result<qint64> Ledger::addAdjustment(qint64 debtId, qint64 signedAmount, const QDate &date, const QString &reason)
{
    const auto d = debt(debtId);
    if (!d)
        return Error{ tr("That sale does not exist.") };
    if (reason.trimmed().isEmpty())
        return Error{ tr("Give a reason for the adjustment.") };
    if (auto ok = BookRules::checkAdjustment(signedAmount, currency()); !ok)
        return ok.failure();
    if (signedAmount < 0 && -signedAmount > d->openAmount)
        return Error{ tr("A reduction cannot be more than is open on the sale.") };
    if (auto ok = checkDate(date); !ok)
        return ok.failure();
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().failure();
    NewEntry a;
    a.customerId = d->customerId;
    a.debtId = debtId;
    a.kind = EntryKind::Adjustment;
    a.amount = signedAmount;
    a.openDelta = signedAmount;
    a.date = std::max(date, d->issueDate);
    a.note = reason.trimmed();
    auto id = insertEntry(a);
    if (!id)
        return id;
    if (auto done = m_audit.append(m_user, QStringLiteral("add"), QStringLiteral("adjustment"), id.value(),
            { { QStringLiteral("debt_id"), debtId }, { QStringLiteral("amount"), signedAmount },
                { QStringLiteral("reason"), a.note } });
        !done)
        return done.failure();
    if (auto done = tx.commit(); !done)
        return done.failure();
    Q_EMIT customerChanged(d->customerId);
    return id;
}

Result<void> Ledger::reverse(qint64 entryId, const QString &reason, const QDate &date)
{
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return Error{ tr("Give a reason for the reversal.") };
    if (auto ok = BookRules::checkText(why); !ok)
        return ok;
    const auto target = entry(entryId);
    if (!target)
        return Error{ tr("That entry does not exist.") };
    if (target->kind == EntryKind::Reversal)
        return Error{ tr("A reversal cannot itself be reversed; record the entry again instead.") };
    if (target->reversedBy)
        return Error{ tr("That entry has already been reversed.") };
    const QDate when = date.isValid() ? date : m_clock.today();
    if (auto ok = checkDate(when); !ok)
        return ok;

    // What goes with the entry: a payment takes its allocations along, a sale
    // everything applied to it; the entry itself last.
    QList<Entry> targets;
    if (target->kind == EntryKind::Payment)
        targets = readEntries(QStringLiteral("e.payment_id = ? AND e.kind = 'allocation'"), entryId);
    else if (target->kind == EntryKind::Charge || target->kind == EntryKind::Fee || target->kind == EntryKind::Interest)
        targets = readEntries(
            QStringLiteral("e.debt_id = ? AND e.kind IN ('allocation', 'adjustment', 'write_off')"), target->debtId);
    targets.erase(std::remove_if(targets.begin(), targets.end(), [](const Entry &e) { return e.reversedBy != 0; }),
        targets.end());
    targets.append(*target);

    Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    for (const Entry &t : std::as_const(targets)) {
        NewEntry r;
        r.customerId = t.customerId;
        r.debtId = t.debtId;
        r.paymentId = t.kind == EntryKind::Payment ? t.id : t.paymentId;
        r.sourceId = t.id;
        r.kind = EntryKind::Reversal;
        r.amount = t.amount;
        r.openDelta = -t.openDelta;
        r.creditDelta = -t.creditDelta;
        r.date = std::max(when, t.effectiveDate);
        r.method = t.method;
        r.reference = t.reference;
        r.note = why;
        if (auto done = insertEntry(r); !done)
            return done.failure();
    }
    if (target->kind == EntryKind::Payment)
        if (auto done = refreshLastPayment(target->customerId); !done)
            return done;
    if (auto done = m_audit.append(m_user, QStringLiteral("reverse"), QStringLiteral("entry"), entryId,
            { { QStringLiteral("reason"), why }, { QStringLiteral("kind"), entryKindKey(target->kind) },
                { QStringLiteral("entries"), qint64(targets.size()) } });
        !done)
        return done;
    if (auto done = tx.commit(); !done)
        return done;
    Q_EMIT customerChanged(target->customerId);
    return {};
}

Result<void> Ledger::refreshLastPayment(qint64 customerId)
{
    QSqlQuery &q = m_db.prepare(
        QStringLiteral("UPDATE customers SET last_payment_date = (SELECT max(p.effective_date) FROM entries p "
                       "WHERE p.customer_id = customers.id AND p.kind = 'payment' AND NOT EXISTS "
                       "(SELECT 1 FROM entries r WHERE r.source_id = p.id AND r.kind = 'reversal')) WHERE id = ?"));
    q.addBindValue(customerId);
    return m_db.exec(q);
}

// ---- reads -------------------------------------------------------------------

QList<Entry> Ledger::readEntries(const QString &where, qint64 id) const
{
    QList<Entry> entries;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM entries e LEFT JOIN entries r ON r.source_id = e.id AND r.kind = "
                             "'reversal' WHERE %2 ORDER BY e.effective_date, e.id")
                  .arg(EntryColumns, where));
    q.addBindValue(id);
    if (q.exec())
        while (q.next())
            entries.append(entryFrom(q));
    return entries;
}

std::optional<Entry> Ledger::entry(qint64 id) const
{
    const QList<Entry> found = readEntries(QStringLiteral("e.id = ?"), id);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<Entry> Ledger::debtTimeline(qint64 debtId) const
{
    return readEntries(QStringLiteral("e.debt_id = ?"), debtId);
}

QList<Entry> Ledger::customerEntries(qint64 customerId) const
{
    return readEntries(QStringLiteral("e.customer_id = ?"), customerId);
}

} // namespace recoup
