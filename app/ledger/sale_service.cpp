// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/sale_service.h"

#include "core/clock.h"
#include "db/database.h"
#include "db/transaction.h"
#include "ledger/audit_details.h"
#include "ledger/book_rules.h"
#include "ledger/credit_control.h"
#include "ledger/entry_writer.h"
#include "ledger/ledger_reader.h"
#include "ledger/payment_service.h"

#include <QSqlQuery>
#include <QVariant>

namespace recoup {

SaleService::SaleService(Database &db, const Clock &clock, const LedgerReader &reader, EntryWriter &writer,
    PaymentService &payments, CreditControl &credit)
    : m_db(db), m_clock(clock), m_reader(reader), m_writer(writer), m_payments(payments), m_credit(credit)
{ }

Result<QString> SaleService::nextRef() const
{
    auto largest = m_reader.largestId(QStringLiteral("debts"));
    if (!largest)
        return largest.failure();
    for (qint64 n = largest.value() + 1;; ++n) {
        const QString ref = QStringLiteral("S-%1").arg(n, 5, 10, QLatin1Char('0'));
        auto taken = m_reader.debtRefTaken(ref);
        if (!taken)
            return taken.failure();
        if (!taken.value())
            return ref;
    }
}

Result<qint64> SaleService::add(const DebtInput &input)
{
    QString ref = input.ref.trimmed();
    if (ref.isEmpty()) {
        auto next = nextRef();
        if (!next)
            return next.failure();
        ref = next.value();
    }
    const QString description = input.description.trimmed();
    const auto dueDate = BookRules::checkSale(input, m_db.currency(), m_writer.closedThrough());
    if (!dueDate)
        return dueDate.failure();
    const QDate due = dueDate.value();
    const auto who = m_reader.customer(input.customerId);
    if (!who)
        return who.failure();
    auto taken = m_reader.debtRefTaken(ref);
    if (!taken)
        return taken.failure();
    if (taken.value())
        return Error{ tr("A sale with the reference “%1” already exists.").arg(ref) };
    const QString exception = input.creditOverride.trimmed();
    if (auto ok = BookRules::checkText(exception); !ok)
        return ok.failure();

    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().failure();
    // Checked inside the transaction: another program may stop the credit meanwhile.
    const auto check = m_credit.checkSale(who.value(), input.amount, input.issueDate);
    if (!check)
        return check.failure();
    if (check->refused() && exception.isEmpty())
        return Error{ CreditControl::refusal(check.value(), m_db.currency()) };
    QSqlQuery &q = m_db.prepare(
        QStringLiteral("INSERT INTO debts (customer_id, ref, description, issue_date, due_date, terms_days, amount, "
                       "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(input.customerId);
    q.addBindValue(ref);
    q.addBindValue(description.isNull() ? QStringLiteral("") : description);
    q.addBindValue(input.issueDate.toString(Qt::ISODate));
    q.addBindValue(due.toString(Qt::ISODate));
    q.addBindValue(input.termsDays ? QVariant(*input.termsDays) : QVariant(QMetaType(QMetaType::Int)));
    q.addBindValue(input.amount);
    q.addBindValue(m_clock.nowUtc().toString(Qt::ISODate));
    if (auto done = m_db.exec(q); !done)
        return done.failure();
    const qint64 debtId = q.lastInsertId().toLongLong();
    m_writer.noteDebt(debtId);

    NewEntry charge;
    charge.customerId = input.customerId;
    charge.debtId = debtId;
    charge.kind = EntryKind::Charge;
    charge.amount = input.amount;
    charge.openDelta = input.amount;
    charge.date = input.issueDate;
    charge.ref = ref;
    charge.note = description;
    if (auto done = m_writer.write(charge); !done)
        return done.failure();
    // Credit waiting from earlier payments goes to the new sale at once.
    if (who->credit > 0)
        if (auto done = m_payments.applyCreditTo(
                input.customerId, { OpenItem{ debtId, input.issueDate, due, input.amount } }, input.issueDate);
            !done)
            return done.failure();
    // The sale's record binds the debt, its charge and the credit applied to it.
    if (auto done = m_writer.audit(QStringLiteral("add"), QStringLiteral("debt"), debtId,
            AuditDetails::debtAdded(ref, input.customerId, input.amount, input.issueDate, due));
        !done)
        return done.failure();
    if (check->refused())
        if (auto done = m_credit.recordOverride(input.customerId, debtId, check.value(), exception); !done)
            return done.failure();
    if (auto done = tx.commit(); !done)
        return done.failure();
    return debtId;
}

} // namespace recoup
