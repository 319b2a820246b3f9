// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/credit_control.h"

#include "core/clock.h"
#include "core/money.h"
#include "db/database.h"
#include "db/transaction.h"
#include "ledger/book_rules.h"
#include "ledger/customer.h"
#include "ledger/entry_writer.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace recoup {

namespace {

const QString HoldColumns
    = QStringLiteral("id, customer_id, action, action_date, reason, debt_id, step_key, recorded_at, recorded_by");

CreditHold holdFrom(const QSqlQuery &q)
{
    CreditHold h;
    h.id = q.value(0).toLongLong();
    h.customerId = q.value(1).toLongLong();
    h.stop = q.value(2).toString() == QLatin1String("stop");
    h.date = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    h.reason = q.value(4).toString();
    h.debtId = q.value(5).toLongLong();
    h.stepKey = q.value(6).toString();
    h.recordedAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
    h.recordedBy = q.value(8).toString();
    return h;
}

} // namespace

CreditControl::CreditControl(Database &db, const Clock &clock, EntryWriter &writer)
    : m_db(db), m_clock(clock), m_writer(writer)
{ }

Result<QList<CreditHold>> CreditControl::holds(qint64 customerId) const
{
    QSqlQuery &q = m_db.prepare(
        QStringLiteral("SELECT %1 FROM credit_holds WHERE customer_id = ? ORDER BY id").arg(HoldColumns));
    q.addBindValue(customerId);
    if (auto done = m_db.exec(q); !done)
        return done.failure();
    QList<CreditHold> list;
    while (q.next())
        list.append(holdFrom(q));
    return list;
}

Result<std::optional<CreditHold>> CreditControl::currentStop(qint64 customerId) const
{
    QSqlQuery &q = m_db.prepare(
        QStringLiteral("SELECT %1 FROM credit_holds WHERE customer_id = ? ORDER BY id DESC LIMIT 1").arg(HoldColumns));
    q.addBindValue(customerId);
    if (auto done = m_db.exec(q); !done)
        return done.failure();
    std::optional<CreditHold> found;
    if (q.next()) {
        CreditHold h = holdFrom(q);
        if (h.stop)
            found = h;
    }
    q.finish();
    return found;
}

Result<QSet<qint64>> CreditControl::stoppedCustomers() const
{
    // The latest record of each customer, by the index on (customer_id, id).
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "SELECT h.customer_id FROM credit_holds h WHERE h.action = 'stop' AND h.id = (SELECT max(l.id) FROM "
        "credit_holds l WHERE l.customer_id = h.customer_id)"));
    if (auto done = m_db.exec(q); !done)
        return done.failure();
    QSet<qint64> stopped;
    while (q.next())
        stopped.insert(q.value(0).toLongLong());
    return stopped;
}

Result<void> CreditControl::checkRecordDate(const QDate &date) const
{
    if (auto ok = BookRules::checkDate(date); !ok)
        return ok;
    const QDate today = m_clock.today();
    if (date > today)
        return Error{ tr("%1 is in the future; record what has happened, up to today (%2).")
                          .arg(date.toString(Qt::ISODate), today.toString(Qt::ISODate)) };
    return BookRules::checkOpen(date, m_writer.closedThrough());
}

Result<void> CreditControl::stop(
    qint64 customerId, const QDate &date, const QString &reason, qint64 debtId, const QString &stepKey)
{
    const QDate on = date.isValid() ? date : m_clock.today();
    if (auto ok = checkRecordDate(on); !ok)
        return ok;
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return Error{ tr("Say why the customer's credit is stopped; the reason is kept in the customer's record.") };
    if (auto ok = BookRules::checkText(why); !ok)
        return ok;
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    auto current = currentStop(customerId);
    if (!current)
        return current.failure();
    if (current.value()) {
        // The ladder's step asks for what is already so: nothing more to record.
        if (debtId)
            return tx.commit();
        return Error{
            tr("The customer's credit is already stopped, since %1.").arg((*current)->date.toString(Qt::ISODate))
        };
    }
    if (auto done = insert(customerId, true, on, why, debtId, stepKey); !done)
        return done;
    return tx.commit();
}

Result<void> CreditControl::resume(qint64 customerId, const QDate &date, const QString &reason)
{
    const QDate on = date.isValid() ? date : m_clock.today();
    if (auto ok = checkRecordDate(on); !ok)
        return ok;
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return Error{ tr("Say why the customer's credit is resumed; the reason is kept in the customer's record.") };
    if (auto ok = BookRules::checkText(why); !ok)
        return ok;
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    auto current = currentStop(customerId);
    if (!current)
        return current.failure();
    if (!current.value())
        return Error{ tr("The customer's credit is not stopped; there is nothing to resume.") };
    if (on < (*current)->date)
        return Error{
            tr("The credit was stopped on %1; it cannot be resumed before.").arg((*current)->date.toString(Qt::ISODate))
        };
    if (auto done = insert(customerId, false, on, why, 0, QString()); !done)
        return done;
    return tx.commit();
}

Result<void> CreditControl::insert(
    qint64 customerId, bool stop, const QDate &date, const QString &reason, qint64 debtId, const QString &stepKey)
{
    QSqlQuery &q = m_db.prepare(
        QStringLiteral("INSERT INTO credit_holds (customer_id, action, action_date, reason, debt_id, step_key, "
                       "recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(customerId);
    q.addBindValue(stop ? QStringLiteral("stop") : QStringLiteral("resume"));
    q.addBindValue(date.toString(Qt::ISODate));
    q.addBindValue(reason);
    q.addBindValue(debtId ? QVariant(debtId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(stepKey.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(stepKey));
    q.addBindValue(m_clock.nowUtc().toString(Qt::ISODateWithMs));
    q.addBindValue(m_writer.user().isNull() ? QStringLiteral("") : m_writer.user());
    if (auto done = m_db.exec(q); !done)
        return done;
    const qint64 id = q.lastInsertId().toLongLong();
    QJsonObject details{ { QStringLiteral("hold_id"), id }, { QStringLiteral("date"), date.toString(Qt::ISODate) },
        { QStringLiteral("reason"), reason } };
    if (debtId) {
        details.insert(QStringLiteral("debt_id"), debtId);
        details.insert(QStringLiteral("step"), stepKey);
    }
    if (auto done = m_writer.audit(stop ? QStringLiteral("stop_credit") : QStringLiteral("resume_credit"),
            QStringLiteral("customer"), customerId, details);
        !done)
        return done;
    m_writer.noteCustomer(customerId);
    return {};
}

Result<CreditCheck> CreditControl::checkSale(const Customer &customer, qint64 amount, const QDate &issueDate) const
{
    CreditCheck check;
    if (issueDate.isValid() && issueDate < m_clock.today())
        return check;
    check.balance = customer.balance;
    check.limit = customer.details.creditLimit;
    auto current = currentStop(customer.id);
    if (!current)
        return current.failure();
    if (current.value()) {
        check.stopped = true;
        check.stoppedOn = (*current)->date;
        check.stopReason = (*current)->reason;
    }
    // Over the limit: the balance the sale would leave is more than the limit.
    if (check.limit) {
        const auto after = Money::add(customer.balance, amount);
        check.overLimit = !after || *after > *check.limit;
    }
    return check;
}

QString CreditControl::refusal(const CreditCheck &check, const Currency &currency)
{
    QStringList why;
    if (check.stopped)
        why << (check.stopReason.isEmpty()
                ? tr("The customer's credit is stopped since %1.").arg(check.stoppedOn.toString(Qt::ISODate))
                : tr("The customer's credit is stopped since %1: %2.")
                      .arg(check.stoppedOn.toString(Qt::ISODate), check.stopReason));
    if (check.overLimit && check.limit)
        why << tr("This sale takes the balance of %1 over the credit limit of %2.")
                   .arg(Money::toFileText(check.balance, currency), Money::toFileText(*check.limit, currency));
    why << tr("To make the sale anyway, give the reason for the exception; it is kept with the sale.");
    return why.join(QLatin1Char(' '));
}

Result<void> CreditControl::recordOverride(
    qint64 customerId, qint64 debtId, const CreditCheck &check, const QString &reason)
{
    QSqlQuery &q = m_db.prepare(
        QStringLiteral("INSERT INTO credit_overrides (customer_id, debt_id, stopped, over_limit, balance, "
                       "credit_limit, reason, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(customerId);
    q.addBindValue(debtId);
    q.addBindValue(check.stopped ? 1 : 0);
    q.addBindValue(check.overLimit ? 1 : 0);
    q.addBindValue(check.balance);
    q.addBindValue(check.limit ? QVariant(*check.limit) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(reason);
    q.addBindValue(m_clock.nowUtc().toString(Qt::ISODateWithMs));
    q.addBindValue(m_writer.user().isNull() ? QStringLiteral("") : m_writer.user());
    if (auto done = m_db.exec(q); !done)
        return done;
    QJsonObject details{ { QStringLiteral("debt_id"), debtId }, { QStringLiteral("stopped"), check.stopped },
        { QStringLiteral("over_limit"), check.overLimit }, { QStringLiteral("balance"), check.balance },
        { QStringLiteral("reason"), reason } };
    if (check.limit)
        details.insert(QStringLiteral("credit_limit"), *check.limit);
    return m_writer.audit(QStringLiteral("credit_override"), QStringLiteral("customer"), customerId, details);
}

} // namespace recoup
