// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/customer_directory.h"

#include "core/clock.h"
#include "db/database.h"
#include "db/sql_dialect.h"
#include "messaging/phone_number.h"

#include <QSqlQuery>
#include <QVariant>

namespace recoup {

namespace {

// Overdue figures per customer come from the partial index debts_open
// (customer_id, due_date) WHERE open_amount <> 0: only open items are visited.
const QString OverdueSum = QStringLiteral("(SELECT coalesce(sum(d.open_amount), 0) FROM debts d "
                                          "WHERE d.customer_id = c.id AND d.open_amount <> 0 AND d.due_date < ?)");
// The oldest overdue due date; '9999-12-31' when nothing is overdue, so the
// column sorts without NULL rules that differ between databases.
const QString OldestDue = QStringLiteral("(SELECT coalesce(min(d.due_date), '9999-12-31') FROM debts d "
                                         "WHERE d.customer_id = c.id AND d.open_amount <> 0 AND d.due_date < ?)");
// A number typed as digits matches the stored E.164 form or the phone as
// written without its spaces: plain columns and one replace(), cheap to scan,
// where stripping every separator in SQL would cost more per keystroke.
const QString PhoneDigits = QStringLiteral(" OR c.phone_e164 LIKE ? OR replace(c.phone, ' ', '') LIKE ?");

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

QString orderBy(const SqlDialect &dialect, const CustomerQuery &query)
{
    const QString dir = query.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    // More days past due means an older due date: that column runs the other way.
    const QString inverse = query.descending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    const QString byName = dialect.caseless(QStringLiteral("c.name"));
    QString first;
    switch (query.sort) {
    case CustomerQuery::Sort::Name:
        return byName + dir + QStringLiteral(", c.id") + dir;
    case CustomerQuery::Sort::Phone:
        first = QStringLiteral("c.phone") + dir;
        break;
    case CustomerQuery::Sort::Balance:
        first = QStringLiteral("c.balance") + dir;
        break;
    case CustomerQuery::Sort::Overdue:
        first = QStringLiteral("overdue") + dir;
        break;
    case CustomerQuery::Sort::DaysPastDue:
        first = QStringLiteral("oldest_due") + inverse;
        break;
    case CustomerQuery::Sort::LastPayment:
        first = QStringLiteral("c.last_payment_date") + dir;
        break;
    }
    return first + QStringLiteral(", ") + byName + QStringLiteral(", c.id");
}

void bindAll(QSqlQuery &q, const QVariantList &values)
{
    for (const QVariant &value : values)
        q.addBindValue(value);
}

} // namespace

struct CustomerDirectory::Where
{
    QString sql; ///< empty, or " WHERE ..."
    QVariantList values;
};

CustomerDirectory::CustomerDirectory(Database &db, const Clock &clock) : m_db(db), m_clock(clock) { }

QString CustomerDirectory::flagCondition(CustomerFlag flag, QVariantList &values) const
{
    const QString today = m_clock.today().toString(Qt::ISODate);
    switch (flag) {
    case CustomerFlag::All:
        return {};
    case CustomerFlag::Owing:
        return QStringLiteral("c.balance > 0");
    case CustomerFlag::Overdue:
        values << today;
        return QStringLiteral("EXISTS (SELECT 1 FROM debts d WHERE d.customer_id = c.id AND d.open_amount > 0 "
                              "AND d.due_date < ?)");
    case CustomerFlag::Disputed:
        return QStringLiteral("EXISTS (SELECT 1 FROM debts d JOIN disputes s ON s.debt_id = d.id LEFT JOIN "
                              "dispute_resolutions r ON r.dispute_id = s.id WHERE d.customer_id = c.id AND "
                              "r.dispute_id IS NULL)");
    case CustomerFlag::Promised:
        values << today;
        return QStringLiteral("EXISTS (SELECT 1 FROM promises p WHERE p.customer_id = c.id AND p.due_date >= ?)");
    case CustomerFlag::OnPlan:
        return QStringLiteral("EXISTS (SELECT 1 FROM payment_plans p JOIN payment_plan_debts pd ON pd.plan_id = p.id "
                              "AND pd.role = 'installment' JOIN debts d ON d.id = pd.debt_id WHERE p.customer_id = "
                              "c.id AND d.open_amount > 0)");
    case CustomerFlag::CreditStopped:
        return QStringLiteral("(SELECT h.action FROM credit_holds h WHERE h.customer_id = c.id ORDER BY h.id DESC "
                              "LIMIT 1) = 'stop'");
    case CustomerFlag::WithAgency:
        return QStringLiteral("EXISTS (SELECT 1 FROM agency_referrals f JOIN debts d ON d.id = f.debt_id WHERE "
                              "d.customer_id = c.id AND d.open_amount > 0 AND NOT EXISTS (SELECT 1 FROM "
                              "agency_recalls r WHERE r.referral_id = f.id))");
    case CustomerFlag::InLegal:
        return QStringLiteral("EXISTS (SELECT 1 FROM legal_steps l JOIN debts d ON d.id = l.debt_id WHERE "
                              "d.customer_id = c.id AND d.open_amount > 0 AND NOT EXISTS (SELECT 1 FROM legal_steps "
                              "w WHERE w.debt_id = l.debt_id AND w.step = 'withdrawn'))");
    case CustomerFlag::WrittenOff:
        return QStringLiteral("EXISTS (SELECT 1 FROM entries e WHERE e.customer_id = c.id AND e.kind = 'write_off')");
    }
    return {};
}

CustomerDirectory::Where CustomerDirectory::whereFor(const CustomerQuery &query) const
{
    Where where = whereFor(query.filter);
    QStringList conditions;
    if (!where.sql.isEmpty())
        conditions << where.sql.mid(QStringLiteral(" WHERE ").size());
    if (const QString flag = flagCondition(query.flag, where.values); !flag.isEmpty())
        conditions << flag;
    if (query.only) {
        // Whole numbers from the book itself, so written into the statement rather than bound
        // one by one (a step can hold more customers than SQLite takes bound values).
        QStringList ids;
        for (qint64 id : *query.only)
            ids << QString::number(id);
        conditions
            << QStringLiteral("c.id IN (%1)").arg(ids.isEmpty() ? QStringLiteral("NULL") : ids.join(QLatin1Char(',')));
    }
    where.sql = conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    return where;
}

CustomerDirectory::Where CustomerDirectory::whereFor(const QString &filter) const
{
    const QString text = filter.trimmed();
    if (text.isEmpty())
        return {};
    // LIKE ignores case for ASCII letters; names with accents match as typed.
    Where where;
    const SqlDialect dialect = SqlDialect::of(m_db.connection());
    const QString any = QStringLiteral("?");
    where.sql = QStringLiteral(" WHERE (%1 OR %2 OR %3")
                    .arg(dialect.likeCaseless(QStringLiteral("c.name"), any),
                        dialect.likeCaseless(QStringLiteral("c.ref"), any),
                        dialect.likeCaseless(QStringLiteral("c.phone"), any));
    const QString pattern = likePattern(text);
    where.values = { pattern, pattern, pattern };
    const QString digits = PhoneNumber::digits(text);
    // Only when the user typed a number ("555 01", "+44-20"), not a name with a digit in it.
    if (digits.size() >= 2 && digits.size() * 2 >= text.size()) {
        // E.164 has no trunk prefix: "0612 778" is stored as "+33612778...".
        QString international = digits;
        while (international.size() > 1 && international.startsWith(QLatin1Char('0')))
            international.remove(0, 1);
        where.sql += PhoneDigits;
        where.values.append(QLatin1Char('%') + international + QLatin1Char('%'));
        where.values.append(QLatin1Char('%') + digits + QLatin1Char('%'));
    }
    where.sql += QLatin1Char(')');
    return where;
}

Result<QList<CustomerSummary>> CustomerDirectory::page(const CustomerQuery &query, int offset, int limit) const
{
    const Where where = whereFor(query);
    QSqlQuery &q
        = m_db.prepare(QStringLiteral("SELECT c.id, c.ref, c.name, c.phone, c.balance, %1 AS overdue, "
                                      "%2 AS oldest_due, c.last_payment_date FROM customers c%3 "
                                      "ORDER BY %4 LIMIT ? OFFSET ?")
                           .arg(OverdueSum, OldestDue, where.sql, orderBy(SqlDialect::of(m_db.connection()), query)));
    const QDate today = m_clock.today();
    const QString todayText = today.toString(Qt::ISODate);
    q.addBindValue(todayText);
    q.addBindValue(todayText);
    bindAll(q, where.values);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (auto done = m_db.exec(q); !done)
        return done.failure();
    QList<CustomerSummary> rows;
    while (q.next()) {
        CustomerSummary row;
        row.id = q.value(0).toLongLong();
        row.ref = q.value(1).toString();
        row.name = q.value(2).toString();
        row.phone = q.value(3).toString();
        row.balance = q.value(4).toLongLong();
        row.overdue = q.value(5).toLongLong();
        const QDate oldest = QDate::fromString(q.value(6).toString(), Qt::ISODate);
        row.daysPastDue = oldest < today ? int(oldest.daysTo(today)) : 0;
        row.lastPaymentDate = QDate::fromString(q.value(7).toString(), Qt::ISODate);
        rows.append(row);
    }
    // Let go of the read snapshot at once; the book stays open for hours.
    q.finish();
    return rows;
}

Result<qint64> CustomerDirectory::count(const QString &filter) const
{
    CustomerQuery query;
    query.filter = filter;
    return count(query);
}

Result<qint64> CustomerDirectory::count(const CustomerQuery &query) const
{
    const Where where = whereFor(query);
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT count(*) FROM customers c%1").arg(where.sql));
    bindAll(q, where.values);
    if (auto done = m_db.exec(q); !done)
        return done.failure();
    const qint64 n = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return n;
}

Result<BookTotals> CustomerDirectory::totals() const
{
    BookTotals totals;
    QSqlQuery &customers = m_db.prepare(
        QStringLiteral("SELECT count(*), coalesce(sum(balance), 0), coalesce(sum(credit), 0) FROM customers"));
    if (auto done = m_db.exec(customers); !done)
        return done.failure();
    if (customers.next()) {
        totals.customers = customers.value(0).toLongLong();
        totals.receivable = customers.value(1).toLongLong();
        totals.credit = customers.value(2).toLongLong();
    }
    customers.finish();
    QSqlQuery &debts
        = m_db.prepare(QStringLiteral("SELECT coalesce(sum(open_amount), 0), "
                                      "coalesce(sum(CASE WHEN due_date < ? THEN open_amount ELSE 0 END), 0), "
                                      "count(DISTINCT CASE WHEN due_date < ? AND open_amount > 0 THEN customer_id END) "
                                      "FROM debts WHERE open_amount <> 0"));
    debts.addBindValue(m_clock.today().toString(Qt::ISODate));
    debts.addBindValue(m_clock.today().toString(Qt::ISODate));
    if (auto done = m_db.exec(debts); !done)
        return done.failure();
    if (debts.next()) {
        totals.open = debts.value(0).toLongLong();
        totals.overdue = debts.value(1).toLongLong();
        totals.overdueCustomers = debts.value(2).toLongLong();
    }
    debts.finish();
    return totals;
}

} // namespace recoup
