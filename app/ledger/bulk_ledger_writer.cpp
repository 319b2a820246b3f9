// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/bulk_ledger_writer.h"

#include "core/clock.h"
#include "db/database.h"
#include "ledger/audit_details.h"
#include "messaging/phone_number.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <sqlite3.h>

namespace recoup {

namespace {

const QVariant NullText = QVariant(QMetaType(QMetaType::QString));

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

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
    Result<void> step()
    {
        const int rc = sqlite3_step(m_stmt);
        sqlite3_reset(m_stmt);
        if (rc != SQLITE_DONE)
            return Error{ QString::fromUtf8(sqlite3_errmsg(m_db)) };
        return {};
    }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
};

Result<qint64> nextId(Database &db, const QString &sql)
{
    QSqlQuery &q = db.prepare(sql);
    if (auto done = db.exec(q); !done)
        return Error{ done.error() };
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
            return Error{ next.error() };
        *id = next.value();
    }
    auto head = m_ledger.audit().head();
    if (!head)
        return Error{ head.error() };
    m_head = head.value();
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

void BulkLedgerWriter::audit(
    const QString &action, const QString &objectType, qint64 objectId, const QJsonObject &details)
{
    m_audit.push_back(AuditLog::makeRecord(m_head, m_now, m_ledger.user(), action, objectType, objectId, details));
    m_head = m_audit.back().hash;
    m_auditCalls.push_back(m_calls);
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
        return Error{ done.error() };
    if (!q.next())
        return Error{ tr("That customer does not exist.") };
    CustomerState state;
    state.balance = q.value(0).toLongLong();
    state.credit = q.value(1).toLongLong();
    state.lastPaymentDate = q.value(2).toString();
    q.finish();
    state.open = m_ledger.openItems(id);
    auto credits = m_ledger.unappliedCredits(id);
    if (!credits)
        return Error{ credits.error() };
    state.credits = std::move(credits).value();
    return &m_customers.insert(id, std::move(state)).value();
}

qint64 BulkLedgerWriter::appendEntry(CustomerState &customer, EntryRecord entry)
{
    customer.touched = true;
    entry.call = m_calls;
    customer.balance += entry.openDelta - entry.creditDelta;
    customer.credit += entry.creditDelta;
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
    if (input.ref.trimmed().isEmpty() || input.name.trimmed().isEmpty())
        return Error{ tr("Enter the customer's name.") };
    const qint64 id = m_firstCustomerId + qint64(m_newCustomers.size());
    CustomerState state;
    state.isNew = true;
    state.details = input;
    for (QString *field : { &state.details.ref, &state.details.name, &state.details.phone, &state.details.email,
             &state.details.address, &state.details.notes })
        *field = field->trimmed();
    state.phoneE164 = PhoneNumber::toE164(state.details.phone, m_callingCode);
    state.call = m_calls;
    audit(QStringLiteral("add"), QStringLiteral("customer"), id,
        AuditDetails::customerAdded(state.details.ref, state.details.name));
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
        return Error{ found.error() };
    CustomerState &customer = *found.value();
    const QString ref = input.ref.trimmed();
    if (ref.isEmpty())
        return Error{ tr("Each sale needs a reference.") };
    if (input.amount <= 0)
        return Error{ tr("The amount must be more than zero.") };
    const QDate due = input.termsDays ? input.issueDate.addDays(*input.termsDays) : input.dueDate;
    if (!input.issueDate.isValid() || !due.isValid() || due < input.issueDate)
        return Error{ tr("The due date cannot be before the issue date.") };

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
    audit(QStringLiteral("add"), QStringLiteral("debt"), debtId,
        AuditDetails::debtAdded(ref, input.customerId, input.amount, input.issueDate, due));

    // As Ledger::applyCreditTo for the new sale alone: oldest payment's credit
    // first, effective on the later of the payment's and the sale's dates.
    if (hadCredit) {
        for (auto credit = customer.credits.begin(); credit != customer.credits.end();) {
            const qsizetype at = customer.open.size() - 1; // the new sale, while it is open
            if (at < 0 || customer.open.at(at).debtId != debtId)
                break;
            const QList<AllocationLine> lines
                = Allocator::allocate({ customer.open.at(at) }, credit->remaining, QDate());
            for (const AllocationLine &line : lines) {
                EntryRecord a;
                a.customerId = input.customerId;
                a.debtId = line.debtId;
                a.paymentId = credit->paymentId;
                a.kind = EntryKind::Allocation;
                a.amount = line.amount;
                a.openDelta = -line.amount;
                a.creditDelta = -line.amount;
                a.date = std::max(credit->date, input.issueDate);
                a.method = credit->method;
                a.reference = credit->reference;
                appendEntry(customer, std::move(a));
                changeOpen(customer, line.debtId, -line.amount);
                credit->remaining -= line.amount;
            }
            if (credit->remaining <= 0)
                credit = customer.credits.erase(credit);
            else
                ++credit;
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
    if (input.amount <= 0)
        return Error{ tr("The amount must be more than zero.") };
    auto found = customerState(input.customerId);
    if (!found)
        return Error{ found.error() };
    CustomerState &customer = *found.value();

    PaymentOutcome outcome;
    outcome.lines = Allocator::allocate(customer.open, input.amount, input.date, input.preferredDebtId);
    const qint64 allocated = Allocator::total(outcome.lines);
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
        const Ledger::UnappliedCredit credit{ outcome.paymentEntryId, input.date, method, reference, outcome.toCredit };
        const auto at = std::upper_bound(customer.credits.begin(), customer.credits.end(), credit,
            [](const Ledger::UnappliedCredit &a, const Ledger::UnappliedCredit &b) {
                return a.date != b.date ? a.date < b.date : a.paymentId < b.paymentId;
            });
        customer.credits.insert(at, credit);
    }
    const QString date = isoDate(input.date);
    if (customer.lastPaymentDate.isNull() || customer.lastPaymentDate < date)
        customer.lastPaymentDate = date;
    audit(QStringLiteral("add"), QStringLiteral("payment"), outcome.paymentEntryId,
        AuditDetails::paymentAdded(input.customerId, input.amount, input.date, method, allocated));
    ++m_calls;
    return outcome;
}

Result<void> BulkLedgerWriter::writeCustomers()
{
    Statement insert(m_handle,
        "INSERT INTO customers (id, ref, name, phone, phone_e164, email, address, notes, credit_limit, created_at, "
        "balance, credit, last_payment_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!insert.ok())
        return Error{ QString::fromUtf8(sqlite3_errmsg(m_handle)) };
    for (const qint64 id : m_newCustomers) {
        const CustomerState &c = *m_customers.constFind(id);
        insert.bind(1, id);
        insert.bind(2, c.details.ref);
        insert.bind(3, c.details.name);
        insert.bind(4, c.details.phone);
        insert.bind(5, c.phoneE164);
        insert.bind(6, c.details.email);
        insert.bind(7, c.details.address);
        insert.bind(8, c.details.notes);
        c.details.creditLimit ? insert.bind(9, *c.details.creditLimit) : insert.bindNull(9);
        insert.bind(10, m_createdAt);
        insert.bind(11, c.balance);
        insert.bind(12, c.credit);
        c.lastPaymentDate.isNull() ? insert.bindNull(13) : insert.bind(13, c.lastPaymentDate);
        if (auto done = insert.step(); !done) {
            m_failedCall = c.call;
            return done;
        }
    }
    QSqlQuery &update = m_db.prepare(
        QStringLiteral("UPDATE customers SET balance = ?, credit = ?, last_payment_date = ? WHERE id = ?"));
    for (auto it = m_customers.cbegin(); it != m_customers.cend(); ++it) {
        if (it->isNew || !it->touched)
            continue;
        update.bindValue(0, it->balance);
        update.bindValue(1, it->credit);
        update.bindValue(2, it->lastPaymentDate.isNull() ? NullText : QVariant(it->lastPaymentDate));
        update.bindValue(3, it.key());
        if (auto done = m_db.exec(update); !done)
            return done;
    }
    return {};
}

Result<void> BulkLedgerWriter::writeDebts()
{
    Statement insert(m_handle,
        "INSERT INTO debts (id, customer_id, ref, description, issue_date, due_date, terms_days, amount, created_at, "
        "open_amount) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!insert.ok())
        return Error{ QString::fromUtf8(sqlite3_errmsg(m_handle)) };
    qint64 id = m_firstDebtId;
    for (const DebtRecord &d : m_newDebts) {
        const QString issued = isoDate(d.issueDate);
        const QString due = isoDate(d.dueDate);
        insert.bind(1, id++);
        insert.bind(2, d.customerId);
        insert.bind(3, d.ref);
        insert.bind(4, d.description);
        insert.bind(5, issued);
        insert.bind(6, due);
        d.termsDays ? insert.bind(7, qint64(*d.termsDays)) : insert.bindNull(7);
        insert.bind(8, d.amount);
        insert.bind(9, m_createdAt);
        insert.bind(10, d.open);
        if (auto done = insert.step(); !done) {
            m_failedCall = d.call;
            return done;
        }
    }
    QSqlQuery &update = m_db.prepare(QStringLiteral("UPDATE debts SET open_amount = ? WHERE id = ?"));
    for (auto it = m_bookDebtOpen.cbegin(); it != m_bookDebtOpen.cend(); ++it) {
        update.bindValue(0, it.value());
        update.bindValue(1, it.key());
        if (auto done = m_db.exec(update); !done)
            return done;
    }
    return {};
}

Result<void> BulkLedgerWriter::writeEntries()
{
    Statement insert(m_handle,
        "INSERT INTO entries (id, customer_id, debt_id, payment_id, source_id, kind, amount, balance_delta, "
        "open_delta, credit_delta, effective_date, recorded_at, recorded_by, ref, method, reference, note) "
        "VALUES (?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!insert.ok())
        return Error{ QString::fromUtf8(sqlite3_errmsg(m_handle)) };
    const QString user = m_ledger.user();
    // Kinds and dates repeat: convert each once.
    QHash<int, QString> kinds;
    QDate lastDate;
    QString lastDateText;
    qint64 id = m_firstEntryId;
    for (const EntryRecord &e : m_entries) {
        QString &kind = kinds[int(e.kind)];
        if (kind.isEmpty())
            kind = entryKindKey(e.kind);
        if (e.date != lastDate) {
            lastDate = e.date;
            lastDateText = isoDate(e.date);
        }
        insert.bind(1, id++);
        insert.bind(2, e.customerId);
        insert.bindId(3, e.debtId);
        insert.bindId(4, e.paymentId);
        insert.bind(5, kind);
        insert.bind(6, e.amount);
        insert.bind(7, e.openDelta - e.creditDelta);
        insert.bind(8, e.openDelta);
        insert.bind(9, e.creditDelta);
        insert.bind(10, lastDateText);
        insert.bind(11, m_now);
        insert.bind(12, user);
        insert.bindTextOrNull(13, e.ref);
        insert.bindTextOrNull(14, e.method);
        insert.bind(15, e.reference);
        insert.bind(16, e.note);
        if (auto done = insert.step(); !done) {
            m_failedCall = e.call;
            return done;
        }
    }
    return {};
}

Result<void> BulkLedgerWriter::writeAudit()
{
    Statement insert(m_handle,
        "INSERT INTO audit_log (id, recorded_at, recorded_by, action, object_type, object_id, details, prev_hash, "
        "hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!insert.ok())
        return Error{ QString::fromUtf8(sqlite3_errmsg(m_handle)) };
    qint64 id = m_firstAuditId;
    for (size_t i = 0; i < m_audit.size(); ++i) {
        const AuditLog::Record &r = m_audit[i];
        insert.bind(1, id++);
        insert.bind(2, r.recordedAt);
        insert.bind(3, r.recordedBy);
        insert.bind(4, r.action);
        insert.bind(5, r.objectType);
        insert.bind(6, r.objectId);
        insert.bind(7, r.details);
        insert.bind(8, r.prevHash);
        insert.bind(9, r.hash);
        if (auto done = insert.step(); !done) {
            m_failedCall = m_auditCalls[i];
            return done;
        }
    }
    return {};
}

Result<void> BulkLedgerWriter::finish()
{
    if (!m_started)
        return Error{ tr("The bulk writer was not started.") };
    m_started = false;
    // Parents before children, for the foreign keys.
    for (auto step : { &BulkLedgerWriter::writeCustomers, &BulkLedgerWriter::writeDebts,
             &BulkLedgerWriter::writeEntries, &BulkLedgerWriter::writeAudit })
        if (auto done = (this->*step)(); !done)
            return done;
    m_ledger.audit().setHead(m_head);
    return {};
}

} // namespace recoup
