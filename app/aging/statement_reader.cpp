// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "aging/statement_reader.h"

#include "core/clock.h"
#include "db/database.h"
#include "ledger/audit_log.h"
#include "ledger/ledger_reader.h"

#include <QRegularExpression>

#include <algorithm>

namespace recoup {

namespace {

QString chargeLabel(DebtKind kind)
{
    switch (kind) {
    case DebtKind::Sale:
        return entryKindLabel(EntryKind::Charge);
    case DebtKind::Fee:
        return entryKindLabel(EntryKind::Fee);
    case DebtKind::Interest:
        return entryKindLabel(EntryKind::Interest);
    case DebtKind::Installment:
        return StatementReader::tr("Installment");
    }
    return {};
}

} // namespace

StatementReader::StatementReader(Database &db, StatementKind kind, QDate from, QDate asOf)
    : m_db(&db), m_kind(kind), m_from(from), m_asOf(asOf)
{ }

Result<std::pair<QDate, QDate>> StatementReader::parsePeriod(const QString &text)
{
    static const QRegularExpression month(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const auto match = month.match(text);
    const QDate first = match.hasMatch() ? QDate(match.captured(1).toInt(), match.captured(2).toInt(), 1) : QDate();
    if (!first.isValid())
        return Error{ tr("“%1” is not a month: give it as YYYY-MM, as 2026-03.").arg(text) };
    return std::pair{ first, first.addMonths(1).addDays(-1) };
}

Result<StatementReader> StatementReader::prepare(Database &db, StatementKind kind, const QDate &from, const QDate &asOf)
{
    if (!from.isValid() || !asOf.isValid() || from > asOf)
        return Error{ tr("A statement's period must start on or before its last day.") };
    StatementReader reader(db, kind, from, asOf);
    reader.m_options.asOf = asOf;
    auto aging = AgingReport::compute(db, reader.m_options);
    if (!aging)
        return aging.failure();
    reader.m_aging = aging->customers();
    for (qsizetype i = 0; i < reader.m_aging.size(); ++i)
        reader.m_row.insert(reader.m_aging.at(i).customerId, i);
    return reader;
}

QList<qint64> StatementReader::customersWithBalance() const
{
    QList<qint64> ids;
    for (const AgingLine &line : m_aging)
        if (line.balance() != 0)
            ids.append(line.customerId);
    return ids;
}

Result<CustomerStatement> StatementReader::statement(qint64 customerId) const
{
    const LedgerReader reader(*m_db);
    auto customer = reader.customer(customerId);
    if (!customer)
        return customer.failure();
    CustomerStatement st;
    st.kind = m_kind;
    st.from = m_from;
    st.asOf = m_asOf;
    st.customer = customer.value();
    st.bucketTitles = m_options.buckets.titles();
    if (const auto row = m_row.constFind(customerId); row != m_row.cend()) {
        st.buckets = m_aging.at(*row).buckets;
        st.credit = m_aging.at(*row).credit;
    } else {
        st.buckets = QList<qint64>(m_options.buckets.count(), 0);
    }

    auto debts = reader.customerDebts(customerId, false);
    if (!debts)
        return debts.failure();
    QHash<qint64, Debt> byId;
    for (const Debt &debt : debts.value())
        byId.insert(debt.id, debt);

    if (m_kind == StatementKind::OpenItem) {
        auto open = AgingReport::debts(*m_db, m_options, customerId);
        if (!open)
            return open.failure();
        for (const AgingDebtLine &line : open.value()) {
            const Debt debt = byId.value(line.debtId);
            st.items.append(
                { line.ref, debt.description, line.issueDate, line.dueDate, debt.amount, line.open, line.daysPastDue });
        }
    }

    auto entries = reader.entries(QStringLiteral("e.customer_id = ?"), customerId);
    if (!entries)
        return entries.failure();
    QList<Entry> sorted = entries.value();
    std::stable_sort(sorted.begin(), sorted.end(), [](const Entry &a, const Entry &b) {
        return a.effectiveDate != b.effectiveDate ? a.effectiveDate < b.effectiveDate : a.id < b.id;
    });
    qint64 running = 0;
    for (const Entry &e : sorted) {
        if (e.effectiveDate > m_asOf)
            break;
        if (e.effectiveDate < m_from) {
            running += e.balanceDelta;
            st.opening = running;
            continue;
        }
        running += e.balanceDelta;
        if (m_kind == StatementKind::OpenItem)
            continue;
        const bool allocation = e.kind == EntryKind::Allocation;
        if (e.balanceDelta == 0 && !(allocation && m_kind == StatementKind::Activity))
            continue;
        CustomerStatement::Line line;
        line.date = e.effectiveDate;
        line.balance = running;
        line.allocation = allocation;
        const Debt debt = byId.value(e.debtId);
        if (e.kind == EntryKind::Charge) {
            line.what = chargeLabel(debt.kind);
            line.ref = debt.ref;
            line.detail = debt.description;
        } else if (e.kind == EntryKind::Payment) {
            PaymentMethod method = PaymentMethod::Cash;
            line.what = entryKindLabel(EntryKind::Payment);
            line.ref = e.ref;
            line.detail = paymentMethodFromKey(e.method, &method) ? paymentMethodLabel(method) : e.method;
            if (!e.reference.isEmpty())
                line.detail += QStringLiteral(" · ") + e.reference;
        } else if (allocation) {
            line.what = tr("Applied to %1").arg(debt.ref);
            line.ref = debt.ref;
            line.payment = e.amount;
        } else {
            line.what = entryKindLabel(e.kind);
            line.ref = debt.ref;
            line.detail = e.note;
        }
        if (!allocation) {
            if (e.balanceDelta > 0)
                line.charge = e.balanceDelta;
            else
                line.payment = -e.balanceDelta;
            st.charges += line.charge;
            st.payments += line.payment;
        }
        st.lines.append(line);
    }
    st.closing = running;
    // The head of the chain as the statement is made (the clock is asked only to append).
    const SystemClock clock;
    const auto head = AuditLog(*m_db, clock).lastRecord();
    if (!head)
        return head.failure();
    if (head->first > 0)
        st.chainHead = AuditLog::headText(head->first, head->second);
    return st;
}

} // namespace recoup
