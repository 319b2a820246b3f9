// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "collections/payment_receipt.h"

#include "collections/collections.h"
#include "db/database.h"
#include "ledger/ledger.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace recoup {

namespace {

Result<qint64> sumUpTo(Database &db, const QString &sql, qint64 id, qint64 upTo)
{
    QSqlQuery &q = db.prepare(sql);
    q.addBindValue(id);
    q.addBindValue(upTo);
    if (auto done = db.exec(q); !done)
        return done.failure();
    const qint64 sum = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return sum;
}

} // namespace

QString PaymentReceipt::numberFor(qint64 paymentEntryId)
{
    return QStringLiteral("R-%1").arg(paymentEntryId, 6, 10, QLatin1Char('0'));
}

Result<qint64> PaymentReceipt::lastPayment(const Collections &collections, qint64 customerId)
{
    Database &db = collections.ledger().database();
    QSqlQuery &q
        = db.prepare(QStringLiteral("SELECT p.id FROM entries p WHERE p.customer_id = ? AND p.kind = 'payment' "
                                    "AND NOT EXISTS (SELECT 1 FROM entries r WHERE r.source_id = p.id "
                                    "AND r.kind = 'reversal') ORDER BY p.effective_date DESC, p.id DESC LIMIT 1"));
    q.addBindValue(customerId);
    if (auto done = db.exec(q); !done)
        return done.failure();
    const qint64 id = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    if (id == 0)
        return Error{ tr("That customer has made no payment.") };
    return id;
}

Result<PaymentReceipt> PaymentReceipt::read(const Collections &collections, const QString &paymentRef)
{
    Database &db = collections.ledger().database();
    QSqlQuery &q = db.prepare(QStringLiteral("SELECT id FROM entries WHERE ref = ? AND kind = 'payment'"));
    q.addBindValue(paymentRef);
    if (auto done = db.exec(q); !done)
        return done.failure();
    const qint64 id = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    if (id != 0)
        return read(collections, id);
    // A payment saved without a reference is known by its receipt number.
    static const QRegularExpression number(QStringLiteral("^R-(\\d+)$"));
    if (const auto match = number.match(paymentRef); match.hasMatch()) {
        auto receipt = read(collections, match.captured(1).toLongLong());
        if (receipt && receipt->ref == paymentRef)
            return receipt;
    }
    return Error{ tr("There is no payment with the reference “%1”.").arg(paymentRef) };
}

Result<PaymentReceipt> PaymentReceipt::read(const Collections &collections, qint64 paymentEntryId)
{
    const Ledger &ledger = collections.ledger();
    Database &db = ledger.database();
    auto payment = ledger.entry(paymentEntryId);
    if (!payment)
        return payment.failure();
    if (payment->kind != EntryKind::Payment)
        return Error{ tr("That entry is not a payment.") };
    auto customer = ledger.customer(payment->customerId);
    if (!customer)
        return customer.failure();

    PaymentReceipt receipt;
    receipt.paymentId = payment->id;
    receipt.ref = payment->ref.isEmpty() ? numberFor(payment->id) : payment->ref;
    receipt.date = payment->effectiveDate;
    receipt.amount = payment->amount;
    PaymentMethod method = PaymentMethod::Cash;
    receipt.methodLabel = paymentMethodFromKey(payment->method, &method) ? paymentMethodLabel(method) : payment->method;
    receipt.bankReference = payment->reference;
    receipt.recordedBy = payment->recordedBy;
    receipt.recordedAt = payment->recordedAt;
    receipt.customer = customer.value();
    receipt.reversed = payment->reversedBy != 0;
    receipt.reversalReason = payment->reversalReason;

    auto allocations = ledger.reader().entries(QStringLiteral("e.payment_id = ?"), payment->id);
    if (!allocations)
        return allocations.failure();
    qint64 applied = 0;
    for (const Entry &e : allocations.value()) {
        if (e.kind != EntryKind::Allocation || e.reversedBy != 0)
            continue;
        auto debt = ledger.debt(e.debtId);
        if (!debt)
            return debt.failure();
        auto open = sumUpTo(db,
            QStringLiteral("SELECT COALESCE(SUM(open_delta), 0) FROM entries WHERE debt_id = ? AND id <= ?"), e.debtId,
            e.id);
        if (!open)
            return open.failure();
        receipt.lines.append({ debt->ref, debt->description, debt->dueDate, e.amount, open.value() });
        applied += e.amount;
    }
    receipt.toCredit = receipt.reversed ? 0 : receipt.amount - applied;
    // Allocations move money from credit to items and leave the balance as it
    // is, so the balance right after the payment is the sum up to its entry.
    auto balance = sumUpTo(db,
        QStringLiteral("SELECT COALESCE(SUM(balance_delta), 0) FROM entries WHERE customer_id = ? AND id <= ?"),
        receipt.customer.id, payment->id);
    if (!balance)
        return balance.failure();
    receipt.balanceAfter = balance.value();

    // The next installment of a plan on track, or the next promise not yet kept.
    auto plans = collections.plans(receipt.date, receipt.customer.id);
    if (!plans)
        return plans.failure();
    for (const PaymentPlan &plan : plans.value()) {
        if (plan.state == PlanState::Completed)
            continue;
        for (const PlanInstallment &in : plan.draft.installments) {
            if (in.open <= 0)
                continue;
            if (receipt.next == NextKind::None || in.dueDate < receipt.nextDate) {
                receipt.next = NextKind::Installment;
                receipt.nextDate = in.dueDate;
                receipt.nextAmount = in.open;
                receipt.nextRef = in.ref;
            }
            break;
        }
    }
    auto policy = collections.policy();
    if (!policy)
        return policy.failure();
    auto promises = collections.records().promises(receipt.date, policy->promiseGraceDays, receipt.customer.id);
    if (!promises)
        return promises.failure();
    for (const Promise &promise : promises.value()) {
        if (promise.state != PromiseState::Pending || promise.amount <= promise.paid || promise.dueDate < receipt.date)
            continue;
        if (receipt.next == NextKind::None || promise.dueDate < receipt.nextDate) {
            receipt.next = NextKind::Promise;
            receipt.nextDate = promise.dueDate;
            receipt.nextAmount = promise.amount - promise.paid;
            receipt.nextRef.clear();
        }
    }
    // The head of the chain as the receipt is made: a reprint carries a later one.
    const auto head = AuditLog(db, ledger.clock()).lastRecord();
    if (!head)
        return head.failure();
    if (head->first > 0)
        receipt.chainHead = AuditLog::headText(head->first, head->second);
    return receipt;
}

} // namespace recoup
