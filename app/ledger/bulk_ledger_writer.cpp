// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/bulk_ledger_writer.h"

#include "core/clock.h"
#include "core/money.h"
#include "db/database.h"
#include "ledger/audit_details.h"
#include "ledger/book_rules.h"
#include "ledger/book_total.h"
#include "messaging/phone_number.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <functional>
#include <limits>
#include <sqlite3.h>
#include <thread>

namespace recoup {

namespace detail {

/// One INSERT on SQLite's own interface: the rows are many and each goes
/// through unchanged, so binding plain values directly (no QVariant, no
/// placeholder names) is most of what makes the bulk path fast.
class Statement
{
public:
    Statement(sqlite3 *db, const char *sql) : m_db(db)
    {
        if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) != SQLITE_OK)
            m_stmt = nullptr;
    }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Q_DISABLE_COPY_MOVE(Statement)

    bool ok() const { return m_stmt != nullptr; }
    void bind(int column, qint64 value) { sqlite3_bind_int64(m_stmt, column, value); }
    void bindNull(int column) { sqlite3_bind_null(m_stmt, column); }
    /// 0 as NULL, for the optional references.
    void bindId(int column, qint64 id) { id ? bind(column, id) : bindNull(column); }
    /// The text must outlive step(): SQLite reads it there, without a copy.
    void bind(int column, const QString &text)
    {
        // A null QString is stored as '' (the text columns are NOT NULL), as the Ledger stores it.
        const void *data = text.isNull() ? static_cast<const void *>(u"") : static_cast<const void *>(text.utf16());
        sqlite3_bind_text16(m_stmt, column, data, int(text.size() * 2), SQLITE_STATIC);
    }
    void bindTextOrNull(int column, const QString &text) { text.isEmpty() ? bindNull(column) : bind(column, text); }
    /// UTF-8 as the book stores it: no conversion inside SQLite. Must outlive step() too.
    void bindUtf8(int column, const QByteArray &text)
    {
        sqlite3_bind_text(m_stmt, column, text.constData(), int(text.size()), SQLITE_STATIC);
    }
    Result<void> step()
    {
        const int rc = sqlite3_step(m_stmt);
        sqlite3_reset(m_stmt);
        if (rc != SQLITE_DONE)
            return Error{ Database::describe(sqlite3_extended_errcode(m_db), QString::fromUtf8(sqlite3_errmsg(m_db))) };
        return {};
    }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
};

} // namespace detail

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

BulkLedgerWriter::~BulkLedgerWriter()
{
    if (!m_previousCacheSize.isEmpty()) {
        QSqlQuery q(m_db.connection());
        q.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_previousCacheSize));
    }
}

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
    auto head = m_ledger.audit().head();
    if (!head)
        return head.failure();
    m_head = head.value();
    auto total = BookTotal::read(m_db);
    if (!total)
        return total.failure();
    m_bookTotal = total.value();
    m_closedThrough = m_ledger.closedThrough();
    const QDateTime now = m_ledger.clock().nowUtc();
    m_now = now.toString(Qt::ISODateWithMs);
    m_createdAt = now.toString(Qt::ISODate);
    m_callingCode = m_db.meta(QStringLiteral("country_calling_code"));
    const QVariant handle = m_db.connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return Error{ tr("The book is not an SQLite database.") };
    m_handle = *static_cast<sqlite3 *const *>(handle.constData());
    // A large page cache for the duration keeps the indexes being filled in
    // memory instead of spilling dirty pages to the WAL before the commit.
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("PRAGMA cache_size")) && q.next()) {
        m_previousCacheSize = q.value(0).toString();
        q.finish();
        q.exec(QStringLiteral("PRAGMA cache_size = -65536"));
    }
    m_started = true;
    return {};
}

void BulkLedgerWriter::audit(PendingAudit record)
{
    record.call = m_calls;
    m_audit.push_back(std::move(record));
}

std::vector<AuditLog::Record> BulkLedgerWriter::chain() const
{
    // The records Ledger::addCustomer, addDebt and recordPayment append, each
    // hashed onto the one before.
    const QString add = QStringLiteral("add");
    const QString types[] = { QStringLiteral("customer"), QStringLiteral("debt"), QStringLiteral("payment") };
    const QString user = m_ledger.user();
    std::vector<AuditLog::Record> records;
    records.reserve(m_audit.size());
    QString previous = m_head;
    for (const PendingAudit &a : m_audit) {
        QJsonObject details;
        switch (a.kind) {
        case PendingAudit::Customer:
            details = AuditDetails::customerAdded(a.text, a.name);
            break;
        case PendingAudit::Debt:
            details = AuditDetails::debtAdded(a.text, a.customerId, a.amount, a.date, a.dueDate);
            break;
        case PendingAudit::Payment:
            details = AuditDetails::paymentAdded(a.customerId, a.amount, a.date, a.text, a.allocated);
            break;
        }
        records.push_back(AuditLog::makeRecord(previous, m_now, user, add, types[a.kind], a.objectId, details));
        previous = records.back().hash;
    }
    return records;
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

qint64 BulkLedgerWriter::appendEntry(CustomerState &customer, EntryRecord entry)
{
    customer.touched = true;
    entry.call = m_calls;
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
    audit({ PendingAudit::Customer, id, 0, 0, 0, {}, {}, state.details.ref, state.details.name });
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
    EntryRecord charge;
    charge.customerId = input.customerId;
    charge.debtId = debtId;
    charge.kind = EntryKind::Charge;
    charge.amount = input.amount;
    charge.openDelta = input.amount;
    charge.date = input.issueDate;
    charge.ref = ref;
    charge.note = m_newDebts.back().description;
    appendEntry(customer, std::move(charge));
    customer.open.append({ debtId, input.issueDate, due, input.amount });
    audit({ PendingAudit::Debt, debtId, input.customerId, input.amount, 0, input.issueDate, due, ref, {} });

    // Credit waiting goes onto the new sale alone, as the ledger applies it
    // (the same CreditApplication), effective no earlier than the sale's date.
    if (hadCredit) {
        QList<OpenItem> sale{ customer.open.back() };
        for (const CreditAllocation &c : CreditApplication::apply(customer.credits, sale, input.issueDate)) {
            EntryRecord a;
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

    EntryRecord payment;
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
    outcome.paymentEntryId = appendEntry(customer, std::move(payment));
    for (const AllocationLine &line : std::as_const(outcome.lines)) {
        EntryRecord a;
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
    audit({ PendingAudit::Payment, outcome.paymentEntryId, input.customerId, input.amount, allocated, input.date, {},
        method, {} });
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

Result<void> BulkLedgerWriter::insertRows(const char *head, const char *row, int params, size_t count,
    const std::function<void(Statement &, int, size_t)> &bind, const std::function<int(size_t)> &callOf)
{
    // Rows go many to a statement: SQLite's cost per statement (cursors on
    // every index, the statement journal) is then paid once per batch.
    constexpr size_t Batch = 50;
    QByteArray many = QByteArray(head) + " VALUES ";
    for (size_t i = 0; i < Batch; ++i)
        many += (i ? ", " : "") + QByteArray(row);
    Statement batch(m_handle, many.constData());
    Statement single(m_handle, (QByteArray(head) + " VALUES " + row).constData());
    if (!batch.ok() || !single.ok())
        return Error{ Database::describe(
            sqlite3_extended_errcode(m_handle), QString::fromUtf8(sqlite3_errmsg(m_handle))) };
    const auto one = [&](size_t i) -> Result<void> {
        bind(single, 0, i);
        if (auto done = single.step(); !done) {
            m_failedCall = callOf(i);
            return done;
        }
        return {};
    };
    size_t i = 0;
    for (; i + Batch <= count; i += Batch) {
        for (size_t k = 0; k < Batch; ++k)
            bind(batch, int(k) * params, i + k);
        if (auto done = batch.step(); !done) {
            // The failed statement wrote nothing: find the row the book refuses.
            for (size_t k = 0; k < Batch; ++k)
                if (auto alone = one(i + k); !alone)
                    return alone;
            return done;
        }
    }
    for (; i < count; ++i)
        if (auto done = one(i); !done)
            return done;
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
        "INSERT INTO customers (id, ref, name, phone, phone_e164, email, address, notes, credit_limit, created_at, "
        "balance, credit, last_payment_date)",
        "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", 13, rows.size(),
        [&](Statement &st, int b, size_t i) {
            const CustomerState &c = *rows[i];
            st.bind(b + 1, m_newCustomers[i]);
            st.bind(b + 2, c.details.ref);
            st.bind(b + 3, c.details.name);
            st.bind(b + 4, c.details.phone);
            st.bind(b + 5, c.phoneE164);
            st.bind(b + 6, c.details.email);
            st.bind(b + 7, c.details.address);
            st.bind(b + 8, c.details.notes);
            c.details.creditLimit ? st.bind(b + 9, *c.details.creditLimit) : st.bindNull(b + 9);
            st.bindUtf8(b + 10, createdAt);
            st.bind(b + 11, c.balance);
            st.bind(b + 12, c.credit);
            c.lastPaymentDate.isNull() ? st.bindNull(b + 13) : st.bind(b + 13, c.lastPaymentDate);
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
        "INSERT INTO debts (id, customer_id, ref, description, issue_date, due_date, terms_days, "
        "amount, created_at, open_amount)",
        "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", 10, m_newDebts.size(),
        [&](Statement &st, int b, size_t i) {
            const DebtRecord &d = m_newDebts[i];
            st.bind(b + 1, m_firstDebtId + qint64(i));
            st.bind(b + 2, d.customerId);
            st.bind(b + 3, d.ref);
            st.bind(b + 4, d.description);
            st.bindUtf8(b + 5, dateText(d.issueDate));
            st.bindUtf8(b + 6, dateText(d.dueDate));
            d.termsDays ? st.bind(b + 7, qint64(*d.termsDays)) : st.bindNull(b + 7);
            st.bind(b + 8, d.amount);
            st.bindUtf8(b + 9, createdAt);
            st.bind(b + 10, d.open);
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
    for (const EntryRecord &e : m_entries)
        dateText(e.date); // every date's text made before binding starts
    return insertRows(
        "INSERT INTO entries (id, customer_id, debt_id, payment_id, source_id, kind, amount, balance_delta, "
        "open_delta, credit_delta, effective_date, recorded_at, recorded_by, ref, method, reference, note)",
        "(?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", 16, m_entries.size(),
        [&](Statement &st, int b, size_t i) {
            const EntryRecord &e = m_entries[i];
            st.bind(b + 1, m_firstEntryId + qint64(i));
            st.bind(b + 2, e.customerId);
            st.bindId(b + 3, e.debtId);
            st.bindId(b + 4, e.paymentId);
            st.bindUtf8(b + 5, kinds[int(e.kind)]);
            st.bind(b + 6, e.amount);
            st.bind(b + 7, e.openDelta - e.creditDelta);
            st.bind(b + 8, e.openDelta);
            st.bind(b + 9, e.creditDelta);
            st.bindUtf8(b + 10, dateText(e.date));
            st.bindUtf8(b + 11, now);
            st.bindUtf8(b + 12, user);
            st.bindTextOrNull(b + 13, e.ref);
            st.bindTextOrNull(b + 14, e.method);
            st.bind(b + 15, e.reference);
            st.bind(b + 16, e.note);
        },
        [&](size_t i) { return m_entries[i].call; });
}

Result<void> BulkLedgerWriter::writeAudit(const std::vector<AuditLog::Record> &records)
{
    return insertRows(
        "INSERT INTO audit_log (id, recorded_at, recorded_by, action, object_type, object_id, details, "
        "prev_hash, hash)",
        "(?, ?, ?, ?, ?, ?, ?, ?, ?)", 9, records.size(),
        [&](Statement &st, int b, size_t i) {
            const AuditLog::Record &r = records[i];
            st.bind(b + 1, m_firstAuditId + qint64(i));
            st.bind(b + 2, r.recordedAt);
            st.bind(b + 3, r.recordedBy);
            st.bind(b + 4, r.action);
            st.bind(b + 5, r.objectType);
            st.bind(b + 6, r.objectId);
            st.bind(b + 7, r.details);
            st.bind(b + 8, r.prevHash);
            st.bind(b + 9, r.hash);
        },
        [&](size_t i) { return m_audit[i].call; });
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
    // When the rows added to a table are at least as many as it holds, building
    // its indexes afresh afterwards (one sort each) costs far less than keeping
    // them up to date row by row. The same CREATE text is run again, inside this
    // transaction, so the schema after is exactly the one before.
    QStringList rebuild;
    QSqlQuery q(m_db.connection());
    const std::pair<const char *, qint64> tables[]
        = { { "customers", m_firstCustomerId }, { "debts", m_firstDebtId }, { "entries", m_firstEntryId } };
    const qint64 added[] = { qint64(m_newCustomers.size()), qint64(m_newDebts.size()), qint64(m_entries.size()) };
    for (int t = 0; t < 3; ++t) {
        if (added[t] < tables[t].second - 1 || added[t] < 1000)
            continue;
        q.prepare(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                                 "AND sql IS NOT NULL"));
        q.addBindValue(QString::fromLatin1(tables[t].first));
        if (!q.exec())
            return Error{ Database::describe(q.lastError()) };
        QStringList names;
        while (q.next()) {
            names.append(q.value(0).toString());
            rebuild.append(q.value(1).toString());
        }
        q.finish();
        for (const QString &name : std::as_const(names))
            if (!q.exec(QStringLiteral("DROP INDEX \"%1\"").arg(name)))
                return Error{ Database::describe(q.lastError()) };
    }
    // The audit chain (JSON and a SHA-256 per record) is computed on a second
    // core while this one writes the rows. Parents before children, for the
    // foreign keys.
    std::vector<AuditLog::Record> records;
    std::thread hashing([this, &records] { records = chain(); });
    Result<void> done;
    for (auto step :
        { &BulkLedgerWriter::writeCustomers, &BulkLedgerWriter::writeDebts, &BulkLedgerWriter::writeEntries }) {
        done = (this->*step)();
        if (!done)
            break;
    }
    hashing.join();
    if (!done)
        return done;
    if (done = writeAudit(records); !done)
        return done;
    for (const QString &sql : std::as_const(rebuild))
        if (!q.exec(sql))
            return Error{ Database::describe(q.lastError()) };
    if (!m_entries.empty())
        if (done = BookTotal::store(m_db, m_bookTotal, m_firstEntryId + qint64(m_entries.size()) - 1); !done)
            return done;
    if (!records.empty())
        m_ledger.audit().setHead(records.back().hash);
    return {};
}

} // namespace recoup
