// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/payment_service.h"

#include "db/database.h"
#include "db/sql_dialect.h"
#include "db/transaction.h"
#include "ledger/audit_details.h"
#include "ledger/book_rules.h"
#include "ledger/credit_application.h"
#include "ledger/entry_writer.h"
#include "ledger/ledger_reader.h"

#include <QSqlQuery>
#include <QVariant>

namespace recoup {

PaymentService::PaymentService(Database &db, const LedgerReader &reader, EntryWriter &writer)
    : m_db(db), m_reader(reader), m_writer(writer)
{ }

Result<PaymentOutcome> PaymentService::preview(const PaymentInput &input) const
{
    const auto who = m_reader.customer(input.customerId);
    if (!who)
        return who.failure();
    if (auto ok = BookRules::checkPayment(input, m_db.currency(), m_writer.closedThrough()); !ok)
        return ok.failure();
    const auto items = m_reader.openItems(input.customerId, input.date);
    if (!items)
        return items.failure();
    PaymentOutcome outcome;
    if (input.allocation) {
        if (auto ok = Allocator::validate(items.value(), *input.allocation, input.amount, input.date); !ok)
            return ok.failure();
        outcome.lines = *input.allocation;
    } else {
        outcome.lines = Allocator::allocate(items.value(), input.amount, input.date, input.preferredDebtId);
    }
    // The payment and its allocations are entries: the book must have room for both.
    const auto total = m_writer.bookTotal();
    if (!total)
        return total.failure();
    const qint64 allocated = Allocator::total(outcome.lines);
    if (auto ok = BookRules::checkBookTotal(total.value(), input.amount + allocated, m_db.currency()); !ok)
        return ok.failure();
    outcome.toCredit = input.amount - allocated;
    outcome.newBalance = who->balance - input.amount;
    return outcome;
}

Result<PaymentOutcome> PaymentService::record(const PaymentInput &input)
{
    auto planned = preview(input);
    if (!planned)
        return planned;
    PaymentOutcome outcome = planned.value();
    const QString ref = input.ref.trimmed();
    if (!ref.isEmpty()) {
        auto taken = m_reader.paymentRefTaken(ref);
        if (!taken)
            return taken.failure();
        if (taken.value())
            return Error{ tr("A payment with the reference “%1” already exists.").arg(ref) };
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
    auto paymentId = m_writer.write(payment);
    if (!paymentId)
        return paymentId.failure();
    outcome.paymentEntryId = paymentId.value();
    if (auto done = m_writer.allocate(
            input.customerId, outcome.paymentEntryId, outcome.lines, input.date, payment.method, payment.reference);
        !done)
        return done.failure();
    const QString later = SqlDialect::of(m_db.connection())
                              .greatest(QStringLiteral("coalesce(last_payment_date, '')"), QStringLiteral("?"));
    QSqlQuery &last
        = m_db.prepare(QStringLiteral("UPDATE customers SET last_payment_date = %1 WHERE id = ?").arg(later));
    last.addBindValue(input.date.toString(Qt::ISODate));
    last.addBindValue(input.customerId);
    if (auto done = m_db.exec(last); !done)
        return done.failure();
    if (auto done = m_writer.audit(QStringLiteral("add"), QStringLiteral("payment"), outcome.paymentEntryId,
            AuditDetails::paymentAdded(
                input.customerId, input.amount, input.date, payment.method, Allocator::total(outcome.lines)));
        !done)
        return done.failure();
    if (auto done = tx.commit(); !done)
        return done.failure();
    return outcome;
}

Result<void> PaymentService::applyCreditTo(qint64 customerId, QList<OpenItem> items, const QDate &notBefore)
{
    auto credits = m_reader.unappliedCredits(customerId);
    if (!credits)
        return credits.failure();
    for (const CreditAllocation &a : CreditApplication::apply(credits.value(), items, notBefore))
        if (auto done
            = m_writer.allocate(customerId, a.paymentId, { { a.debtId, a.amount } }, a.date, a.method, a.reference);
            !done)
            return done;
    return {};
}

Result<void> PaymentService::applyCredit(qint64 customerId)
{
    if (auto who = m_reader.customer(customerId); !who)
        return who.failure();
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    auto items = m_reader.openItems(customerId);
    if (!items)
        return items.failure();
    // Nothing is entered in the closed period: credit applied now takes effect
    // on the first open day at the earliest.
    const QDate closed = m_writer.closedThrough();
    if (auto done = applyCreditTo(customerId, items.value(), closed.isValid() ? closed.addDays(1) : QDate()); !done)
        return done;
    if (auto done = m_writer.audit(QStringLiteral("apply_credit"), QStringLiteral("customer"), customerId, {}); !done)
        return done;
    m_writer.noteCustomer(customerId);
    return tx.commit();
}

} // namespace recoup
