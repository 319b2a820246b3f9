// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/bulk_ledger_writer.h"

#include "core/clock.h"
#include "core/money.h"
#include "db/bulk_inserter.h"
#include "db/database.h"
#include "ledger/audit_details.h"
#include "ledger/book_rules.h"
#include "ledger/book_total.h"
#include "ledger/business_details.h"
#include "messaging/phone_number.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <functional>
#include <limits>

namespace recoup {

namespace {

Result<qint64> nextId(Database &db, const QString &sql)
{
    QSqlQuery &q = db.prepare(sql);
    if (auto done = db.exec(q); !done)
        return done.failure();
    const qint64 id = q.next() ? q.value(0).toLongLong() + 1 : 1;
    q.finish();
    return id;
}

} // namespace

BulkLedgerWriter::BulkLedgerWriter(Ledger &ledger) : m_ledger(ledger), m_db(ledger.database()) { }

BulkLedgerWriter::~BulkLedgerWriter() = default;

Result<void> BulkLedgerWriter::start()
{
    if (!m_db.inTransaction())
        return Error{ tr("The bulk writer needs a write transaction.") };
    for (auto [sql, id] :
        { std::pair{ QStringLiteral("SELECT coalesce(max(id), 0) FROM customers"), &m_firstCustomerId },
            std::pair{ QStringLiteral("SELECT coalesce(max(id), 0) FROM debts"), &m_firstDebtId },
            std::pair{ QStringLiteral("SELECT coalesce(max(id), 0) FROM entries"), &m_firstEntryId },
            std::pair{ QStringLiteral("SELECT coalesce(max(id), 0) FROM audit_log"), &m_firstAuditId } }) {
        auto next = nextId(m_db, sql);
        if (!next)
            return next.failure();
        *id = next.value();
    }
    // A book upgraded from before the binding is bound first, whole.
    if (auto bound = m_ledger.writer().bindBook(); !bound)
        return bound;
    auto head = m_ledger.audit().head();
    if (!head)
        return head.failure();
    auto total = BookTotal::read(m_db);
    if (!total)
        return total.failure();
    m_bookTotal = total.value();
    m_closedThrough = m_ledger.closedThrough();
    const QDateTime now = m_ledger.clock().nowUtc();
    m_now = now.toString(Qt::ISODateWithMs);
    m_createdAt = now.toString(Qt::ISODate);
    m_callingCode = BusinessDetails::callingCode(m_db);
    auto inserter = BulkInserter::open(m_db);
    if (!inserter)
        return inserter.failure();
    m_inserter = std::move(inserter).value();
    m_inserter->enlargeCache();
    m_head = head.value();
    m_chainer = std::make_unique<AuditChainer>(m_head, m_now, m_ledger.user(), m_createdAt);
    m_started = true;
    return {};
}

void BulkLedgerWriter::bindEntries(AuditChainer::Pending &record, size_t first) const
{
    record.bindRows = true;
    record.firstEntryId = m_firstEntryId + qint64(first);
    record.entries.assign(m_entries.begin() + qsizetype(first), m_entries.end());
}

void BulkLedgerWriter::audit(AuditChainer::Pending record)
{
    m_auditCalls.push_back(m_calls);
    m_chainer->add(std::move(record));
}

Result<BulkLedgerWriter::CustomerState *> BulkLedgerWriter::customerState(qint64 id)
{
    if (const auto it = m_customers.find(id); it != m_customers.end())
        return &it.value();
    // A customer already in the book: what is open and unapplied now.
    QSqlQuery &q
        = m_db.prepare(QStringLiteral("SELECT balance, credit, last_payment_date FROM customers WHERE id = ?"));
    q.addBindValue(id);
    if (auto done = m_db.exec(q); !done)
        return done.failure();
    if (!q.next())
        return Error{ tr("That customer does not exist.") };
    CustomerState state;
    state.balance = q.value(0).toLongLong();
    state.credit = q.value(1).toLongLong();
    state.lastPaymentDate = q.value(2).toString();
    q.finish();
    auto open = m_ledger.openItems(id);
    if (!open)
        return open.failure();
    state.open = std::move(open).value();
    auto credits = m_ledger.unappliedCredits(id);
    if (!credits)
        return credits.failure();
    state.credits = std::move(credits).value();
    return &m_customers.insert(id, std::move(state)).value();
}

qint64 BulkLedgerWriter::appendEntry(CustomerState &customer, NewEntry entry)
{
    customer.touched = true;
    m_entryCalls.push_back(m_calls);
    // The calls checked the book total first, so none of these can overflow;
    // checked all the same, a sum past 64 bits stays at the limit instead of wrapping.
    constexpr qint64 Largest = std::numeric_limits<qint64>::max();
    customer.balance = Money::add(customer.balance, entry.openDelta - entry.creditDelta).value_or(Largest);
    customer.credit = Money::add(customer.credit, entry.creditDelta).value_or(Largest);
    m_bookTotal = Money::add(m_bookTotal, Money::magnitude(entry.amount).value_or(Largest)).value_or(Largest);
    m_entries.push_back(std::move(entry));
    return m_firstEntryId + qint64(m_entries.size()) - 1;
}

void BulkLedgerWriter::changeOpen(CustomerState &customer, qint64 debtId, qint64 delta)
{
    const auto item = std::find_if(
        customer.open.begin(), customer.open.end(), [debtId](const OpenItem &i) { return i.debtId == debtId; });
    Q_ASSERT(item != customer.open.end());
    item->open += delta;
    const qint64 open = item->open;
    if (open == 0)
        customer.open.erase(item);
    if (debtId >= m_firstDebtId)
        m_newDebts[size_t(debtId - m_firstDebtId)].open = open;
    else
        m_bookDebtOpen.insert(debtId, open);
}

Result<qint64> BulkLedgerWriter::addCustomer(const CustomerInput &input)
{
    if (!m_started)
        return Error{ tr("The bulk writer was not started.") };
    auto checked = BookRules::checkCustomer(input);
    if (!checked)
        return checked.failure();
    if (checked->ref.isEmpty())
        return Error{ tr("Each customer needs a reference.") };
    const qint64 id = m_firstCustomerId + qint64(m_newCustomers.size());
    CustomerState state;
    state.isNew = true;
    state.details = std::move(checked).value();
    state.phoneE164 = PhoneNumber::toE164(state.details.phone, m_callingCode);
    state.call = m_calls;
    AuditChainer::Pending record{ AuditChainer::Pending::Customer, id, 0, 0, 0, {}, {}, state.details.ref,
        state.details.name };
    record.bindRows = true;
    record.customer = state.details;
    record.phoneE164 = state.phoneE164;
    audit(std::move(record));
    m_customers.insert(id, std::move(state));
    m_newCustomers.push_back(id);
    ++m_calls;
    return id;
}

Result<qint64> BulkLedgerWriter::addDebt(const DebtInput &input)
{
    if (!m_started)
        return Error{ tr("The bulk writer was not started.") };
    auto found = customerState(input.customerId);
    if (!found)
        return found.failure();
    CustomerState &customer = *found.value();
    const QString ref = input.ref.trimmed();
    if (ref.isEmpty())
        return Error{ tr("Each sale needs a reference.") };
    const auto dueDate = BookRules::checkSale(input, m_ledger.currency(), m_closedThrough);
    if (!dueDate)
        return dueDate.failure();
    const QDate due = dueDate.value();
    // The charge, and the credit waiting that goes onto it.
    const qint64 applied = customer.credit > 0 ? std::min(input.amount, customer.credit) : 0;
    if (auto ok = BookRules::checkBookTotal(m_bookTotal, input.amount + applied, m_ledger.currency()); !ok)
        return ok.failure();

    const qint64 debtId = m_firstDebtId + qint64(m_newDebts.size());
    m_newDebts.push_back({ input.customerId, ref, input.description.trimmed(), input.issueDate, due, input.termsDays,
        input.amount, input.amount, m_calls });
    const bool hadCredit = customer.credit > 0;
    NewEntry charge;
    charge.customerId = input.customerId;
    charge.debtId = debtId;
    charge.kind = EntryKind::Charge;
    charge.amount = input.amount;
    charge.openDelta = input.amount;
    charge.date = input.issueDate;
    charge.ref = ref;
    charge.note = m_newDebts.back().description;
    const size_t firstEntry = m_entries.size();
    appendEntry(customer, std::move(charge));
    customer.open.append({ debtId, input.issueDate, due, input.amount });

    // Credit waiting goes onto the new sale alone, as the ledger applies it
    // (the same CreditApplication), effective no earlier than the sale's date.
    if (hadCredit) {
        QList<OpenItem> sale{ customer.open.back() };
        for (const CreditAllocation &c : CreditApplication::apply(customer.credits, sale, input.issueDate)) {
            NewEntry a;
            a.customerId = input.customerId;
            a.debtId = c.debtId;
            a.paymentId = c.paymentId;
            a.kind = EntryKind::Allocation;
            a.amount = c.amount;
            a.openDelta = -c.amount;
            a.creditDelta = -c.amount;
            a.date = c.date;
            a.method = c.method;
            a.reference = c.reference;
            appendEntry(customer, std::move(a));
            changeOpen(customer, c.debtId, -c.amount);
        }
    }
    // The sale's record binds the debt, its charge and the credit applied to it.
    AuditChainer::Pending record{ AuditChainer::Pending::Debt, debtId, input.customerId, input.amount, 0,
        input.issueDate, due, ref, {} };
    record.description = m_newDebts.back().description;
    record.termsDays = input.termsDays;
    bindEntries(record, firstEntry);
    audit(std::move(record));
    ++m_calls;
    return debtId;
}

Result<PaymentOutcome> BulkLedgerWriter::recordPayment(const PaymentInput &input)
{
    if (!m_started)
        return Error{ tr("The bulk writer was not started.") };
    if (input.allocation)
        return Error{ tr("The bulk writer allocates by the rule only.") };
    if (auto ok = BookRules::checkPayment(input, m_ledger.currency(), m_closedThrough); !ok)
        return ok.failure();
    auto found = customerState(input.customerId);
    if (!found)
        return found.failure();
    CustomerState &customer = *found.value();

    PaymentOutcome outcome;
    outcome.lines = Allocator::allocate(customer.open, input.amount, input.date, input.preferredDebtId);
    const qint64 allocated = Allocator::total(outcome.lines);
    // The payment and its allocations are entries: the book must have room for both.
    if (auto ok = BookRules::checkBookTotal(m_bookTotal, input.amount + allocated, m_ledger.currency()); !ok)
        return ok.failure();
    outcome.toCredit = input.amount - allocated;
    outcome.newBalance = customer.balance - input.amount;

    NewEntry payment;
    payment.customerId = input.customerId;
    payment.kind = EntryKind::Payment;
    payment.amount = input.amount;
    payment.creditDelta = input.amount;
    payment.date = input.date;
    payment.ref = input.ref.trimmed();
    payment.method = paymentMethodKey(input.method);
    payment.reference = input.reference.trimmed();
    const QString method = payment.method;
    const QString reference = payment.reference;
    const size_t firstEntry = m_entries.size();
    outcome.paymentEntryId = appendEntry(customer, std::move(payment));
    for (const AllocationLine &line : std::as_const(outcome.lines)) {
        NewEntry a;
        a.customerId = input.customerId;
        a.debtId = line.debtId;
        a.paymentId = outcome.paymentEntryId;
        a.kind = EntryKind::Allocation;
        a.amount = line.amount;
        a.openDelta = -line.amount;
        a.creditDelta = -line.amount;
        a.date = input.date;
        a.method = method;
        a.reference = reference;
        appendEntry(customer, std::move(a));
        changeOpen(customer, line.debtId, -line.amount);
    }
    if (outcome.toCredit > 0) {
        // Kept in the order Ledger::unappliedCredits reads them: by date, then id.
        const UnappliedCredit credit{ outcome.paymentEntryId, input.date, method, reference, outcome.toCredit };
        const auto at = std::upper_bound(customer.credits.begin(), customer.credits.end(), credit,
            [](const UnappliedCredit &a, const UnappliedCredit &b) {
                return a.date != b.date ? a.date < b.date : a.paymentId < b.paymentId;
            });
        customer.credits.insert(at, credit);
    }
    const QString date = AuditDetails::isoDate(input.date);
    if (customer.lastPaymentDate.isNull() || customer.lastPaymentDate < date)
        customer.lastPaymentDate = date;
    AuditChainer::Pending record{ AuditChainer::Pending::Payment, outcome.paymentEntryId, input.customerId,
        input.amount, allocated, input.date, {}, method, {} };
    bindEntries(record, firstEntry);
    audit(std::move(record));
    ++m_calls;
    return outcome;
}

const QByteArray &BulkLedgerWriter::dateText(const QDate &date)
{
    QByteArray &text = m_dateTexts[date.toJulianDay()];
    if (text.isEmpty())
        text = AuditDetails::isoDate(date).toLatin1();
    return text;
}

Result<void> BulkLedgerWriter::insertRows(const QByteArray &table, const QByteArrayList &columns, size_t count,
    const std::function<void(BulkRow &, size_t)> &bind, const std::function<int(size_t)> &callOf)
{
    auto insert = m_inserter->prepare(table, columns);
    if (!insert)
        return insert.failure();
    if (auto done = insert.value()->insert(count, bind); !done) {
        if (const auto row = insert.value()->failedRow())
            m_failedCall = callOf(*row);
        return done;
    }
    return {};
}

Result<void> BulkLedgerWriter::writeCustomers()
{
    const QByteArray createdAt = m_createdAt.toUtf8();
    std::vector<const CustomerState *> rows;
    rows.reserve(m_newCustomers.size());
    for (const qint64 id : m_newCustomers)
        rows.push_back(&*m_customers.constFind(id));
    auto done = insertRows(
        "customers",
        { "id", "ref", "name", "phone", "phone_e164", "email", "address", "notes", "credit_limit", "created_at",
            "balance", "credit", "last_payment_date" },
        rows.size(),
        [&](BulkRow &row, size_t i) {
            const CustomerState &c = *rows[i];
            row.bind(0, m_newCustomers[i]);
            row.bind(1, c.details.ref);
            row.bind(2, c.details.name);
            row.bind(3, c.details.phone);
            row.bind(4, c.phoneE164);
            row.bind(5, c.details.email);
            row.bind(6, c.details.address);
            row.bind(7, c.details.notes);
            c.details.creditLimit ? row.bind(8, *c.details.creditLimit) : row.bindNull(8);
            row.bindUtf8(9, createdAt);
            row.bind(10, c.balance);
            row.bind(11, c.credit);
            c.lastPaymentDate.isNull() ? row.bindNull(12) : row.bind(12, c.lastPaymentDate);
        },
        [&](size_t i) { return rows[i]->call; });
    if (!done)
        return done;
    QSqlQuery &update = m_db.prepare(
        QStringLiteral("UPDATE customers SET balance = ?, credit = ?, last_payment_date = ? WHERE id = ?"));
    for (auto it = m_customers.cbegin(); it != m_customers.cend(); ++it) {
        if (it->isNew || !it->touched)
            continue;
        update.bindValue(0, it->balance);
        update.bindValue(1, it->credit);
        update.bindValue(
            2, it->lastPaymentDate.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(it->lastPaymentDate));
        update.bindValue(3, it.key());
        if (auto updated = m_db.exec(update); !updated)
            return updated;
    }
    return {};
}

Result<void> BulkLedgerWriter::writeDebts()
{
    const QByteArray createdAt = m_createdAt.toUtf8();
    auto done = insertRows(
        "debts",
        { "id", "customer_id", "ref", "description", "issue_date", "due_date", "terms_days", "amount", "created_at",
            "open_amount" },
        m_newDebts.size(),
        [&](BulkRow &row, size_t i) {
            const DebtRecord &d = m_newDebts[i];
            row.bind(0, m_firstDebtId + qint64(i));
            row.bind(1, d.customerId);
            row.bind(2, d.ref);
            row.bind(3, d.description);
            row.bindUtf8(4, dateText(d.issueDate));
            row.bindUtf8(5, dateText(d.dueDate));
            d.termsDays ? row.bind(6, qint64(*d.termsDays)) : row.bindNull(6);
            row.bind(7, d.amount);
            row.bindUtf8(8, createdAt);
            row.bind(9, d.open);
        },
        [&](size_t i) { return m_newDebts[i].call; });
    if (!done)
        return done;
    QSqlQuery &update = m_db.prepare(QStringLiteral("UPDATE debts SET open_amount = ? WHERE id = ?"));
    for (auto it = m_bookDebtOpen.cbegin(); it != m_bookDebtOpen.cend(); ++it) {
        update.bindValue(0, it.value());
        update.bindValue(1, it.key());
        if (auto updated = m_db.exec(update); !updated)
            return updated;
    }
    return {};
}

Result<void> BulkLedgerWriter::writeEntries()
{
    const QByteArray now = m_now.toUtf8();
    const QByteArray user = m_ledger.user().toUtf8();
    QByteArray kinds[int(EntryKind::Reversal) + 1];
    for (int k = 0; k <= int(EntryKind::Reversal); ++k)
        kinds[k] = entryKindKey(EntryKind(k)).toUtf8();
    for (const NewEntry &e : m_entries)
        dateText(e.date); // every date's text made before binding starts
    return insertRows(
        "entries",
        { "id", "customer_id", "debt_id", "payment_id", "source_id", "kind", "amount", "balance_delta", "open_delta",
            "credit_delta", "effective_date", "recorded_at", "recorded_by", "ref", "method", "reference", "note" },
        m_entries.size(),
        [&](BulkRow &row, size_t i) {
            const NewEntry &e = m_entries[i];
            row.bind(0, m_firstEntryId + qint64(i));
            row.bind(1, e.customerId);
            row.bindId(2, e.debtId);
            row.bindId(3, e.paymentId);
            row.bindId(4, e.sourceId);
            row.bindUtf8(5, kinds[int(e.kind)]);
            row.bind(6, e.amount);
            row.bind(7, e.openDelta - e.creditDelta);
            row.bind(8, e.openDelta);
            row.bind(9, e.creditDelta);
            row.bindUtf8(10, dateText(e.date));
            row.bindUtf8(11, now);
            row.bindUtf8(12, user);
            row.bindTextOrNull(13, e.ref);
            row.bindTextOrNull(14, e.method);
            row.bind(15, e.reference);
            row.bind(16, e.note);
        },
        [&](size_t i) { return m_entryCalls[i]; });
}

Result<void> BulkLedgerWriter::writeAudit(const std::vector<AuditChainer::Record> &records)
{
    // As the chainer made them: UTF-8 already, bound without a conversion.
    const QByteArray now = m_now.toUtf8();
    const QByteArray user = m_ledger.user().toUtf8();
    const QByteArray add = QByteArrayLiteral("add");
    const QByteArray head = m_head.toUtf8();
    const QByteArray types[] = { AuditChainer::objectType(AuditChainer::Pending::Customer),
        AuditChainer::objectType(AuditChainer::Pending::Debt),
        AuditChainer::objectType(AuditChainer::Pending::Payment) };
    return insertRows(
        "audit_log",
        { "id", "recorded_at", "recorded_by", "action", "object_type", "object_id", "details", "prev_hash", "hash" },
        records.size(),
        [&](BulkRow &row, size_t i) {
            const AuditChainer::Record &r = records[i];
            row.bind(0, m_firstAuditId + qint64(i));
            row.bindUtf8(1, now);
            row.bindUtf8(2, user);
            row.bindUtf8(3, add);
            row.bindUtf8(4, types[int(r.kind)]);
            row.bind(5, r.objectId);
            row.bindUtf8(6, r.details);
            row.bindUtf8(7, i ? records[i - 1].hash : head);
            row.bindUtf8(8, r.hash);
        },
        [&](size_t i) { return m_auditCalls[i]; });
}

ChangeSet BulkLedgerWriter::changes() const
{
    ChangeSet changes;
    for (auto it = m_customers.cbegin(); it != m_customers.cend(); ++it)
        if (it->isNew || it->touched)
            changes.customers.insert(it.key());
    for (size_t i = 0; i < m_newDebts.size(); ++i)
        changes.debts.insert(m_firstDebtId + qint64(i));
    for (auto it = m_bookDebtOpen.cbegin(); it != m_bookDebtOpen.cend(); ++it)
        changes.debts.insert(it.key());
    // Many entries (an import): listeners reload rather than look each one up.
    constexpr size_t ManyEntries = 1000;
    if (m_entries.size() > ManyEntries)
        changes.everything = true;
    else
        for (size_t i = 0; i < m_entries.size(); ++i)
            changes.entries.insert(m_firstEntryId + qint64(i));
    return changes;
}

Result<void> BulkLedgerWriter::finish()
{
    if (!m_started)
        return Error{ tr("The bulk writer was not started.") };
    m_started = false;
    // When the rows added to a table are at least as many as it holds, its
    // indexes are built afresh afterwards (one sort each) instead of kept up to
    // date row by row, inside this transaction.
    QStringList rebuild;
    const std::pair<const char *, qint64> tables[]
        = { { "customers", m_firstCustomerId }, { "debts", m_firstDebtId }, { "entries", m_firstEntryId } };
    const qint64 added[] = { qint64(m_newCustomers.size()), qint64(m_newDebts.size()), qint64(m_entries.size()) };
    for (int t = 0; t < 3; ++t) {
        if (added[t] < tables[t].second - 1 || added[t] < 1000)
            continue;
        auto dropped = m_inserter->dropIndexes(QString::fromLatin1(tables[t].first));
        if (!dropped)
            return dropped.failure();
        rebuild += dropped.value();
    }
    // Parents before children; meanwhile the AuditChainer finishes the audit
    // chain on a second core. The indexes are built while the rows they read
    // are still in the page cache: built after the audit records (the larger
    // part of the book), they read those rows back from the WAL.
    Result<void> done;
    for (auto step :
        { &BulkLedgerWriter::writeCustomers, &BulkLedgerWriter::writeDebts, &BulkLedgerWriter::writeEntries }) {
        done = (this->*step)();
        if (!done)
            break;
    }
    if (!done)
        return done;
    if (done = m_inserter->createIndexes(rebuild); !done)
        return done;
    const std::vector<AuditChainer::Record> records = m_chainer->finish();
    if (done = writeAudit(records); !done)
        return done;
    if (!m_entries.empty())
        if (done = BookTotal::store(m_db, m_bookTotal, m_firstEntryId + qint64(m_entries.size()) - 1); !done)
            return done;
    if (!records.empty())
        m_ledger.audit().setHead(QString::fromLatin1(records.back().hash));
    // The records bound every row written here.
    return m_ledger.writer().binder().boundThrough(
        { { QStringLiteral("customers"), m_firstCustomerId + qint64(m_newCustomers.size()) - 1 },
            { QStringLiteral("debts"), m_firstDebtId + qint64(m_newDebts.size()) - 1 },
            { QStringLiteral("entries"), m_firstEntryId + qint64(m_entries.size()) - 1 } });
}

} // namespace recoup
