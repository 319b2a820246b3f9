// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "aging/aging_report.h"

#include "db/database.h"
#include "db/sql_dialect.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <numeric>

namespace recoup {

namespace {

// The as-of date is bound once as :as_of and used wherever the statements need it.
const QString AsOf = QStringLiteral(":as_of");

QString basisColumn(AgingBasis basis)
{
    return basis == AgingBasis::IssueDate ? QStringLiteral("d.issue_date") : QStringLiteral("d.due_date");
}

// A CASE expression that maps days past due to the column index of bucketFor().
QString bucketCase(const AgingBuckets &buckets, const QString &days)
{
    QString sql = QStringLiteral("CASE WHEN %1 <= 0 THEN 0").arg(days);
    const QList<int> &edges = buckets.edges();
    for (int i = 0; i < edges.size(); ++i)
        sql += QStringLiteral(" WHEN %1 <= %2 THEN %3").arg(days).arg(edges.at(i)).arg(i + 1);
    sql += QStringLiteral(" ELSE %1 END").arg(edges.size() + 1);
    return sql;
}

// The common table expressions that end in open_debts (materialized: it is read
// more than once, and inlined its subqueries would run again for each use): each debt issued on or
// before the date, with its open amount as of the date and its days past due.
// SumToDate reads a covering range of entries_debt per debt. CurrentLessLater
// starts from the debts open today (the debts_open index) and those with entries
// after the date (a range of entries_effective_debt), and takes back what those
// entries did, so an aging of a recent date reads only the few entries since.
QString openDebtsWith(const SqlDialect &dialect, const AgingOptions &options, const QString &debtFilter)
{
    const QString &asOf = AsOf;
    const QString columns = QStringLiteral("d.id AS debt_id, d.customer_id AS customer_id, d.ref AS ref, "
                                           "d.issue_date AS issue_date, d.due_date AS due_date, %1 AS days")
                                .arg(dialect.daysBetween(basisColumn(options.basis), asOf));
    if (options.method == AgingMethod::CurrentLessLater)
        return QStringLiteral(
            "WITH candidates AS (SELECT id FROM debts WHERE open_amount <> 0 UNION "
            "SELECT debt_id FROM entries WHERE debt_id IS NOT NULL AND effective_date > %1), "
            "open_debts AS MATERIALIZED (SELECT %2, d.open_amount - coalesce((SELECT sum(e.open_delta) "
            "FROM entries e WHERE e.debt_id = d.id AND e.effective_date > %1), 0) AS open "
            "FROM candidates k JOIN debts d ON d.id = k.id WHERE d.issue_date <= %1%3)")
            .arg(asOf, columns, debtFilter);
    return QStringLiteral("WITH open_debts AS MATERIALIZED (SELECT %2, (SELECT sum(e.open_delta) FROM entries e "
                          "WHERE e.debt_id = d.id AND e.effective_date <= %1) AS open "
                          "FROM debts d WHERE d.issue_date <= %1%3)")
        .arg(asOf, columns, debtFilter);
}

// Each customer's unapplied credit as of the date, as (customer_id, -1, amount).
QString creditSql(const AgingOptions &options)
{
    const QString &asOf = AsOf;
    if (options.method == AgingMethod::CurrentLessLater)
        return QStringLiteral("SELECT c.id AS customer_id, -1 AS bucket, c.credit - coalesce((SELECT "
                              "sum(e.credit_delta) FROM entries e WHERE e.customer_id = c.id AND e.credit_delta <> 0 "
                              "AND e.effective_date > %1), 0) AS amount FROM (SELECT id FROM customers "
                              "WHERE credit <> 0 UNION SELECT customer_id FROM entries WHERE credit_delta <> 0 "
                              "AND effective_date > %1) k JOIN customers c ON c.id = k.id")
            .arg(asOf);
    return QStringLiteral("SELECT customer_id, -1 AS bucket, sum(credit_delta) AS amount FROM entries "
                          "WHERE credit_delta <> 0 AND effective_date <= %1 GROUP BY customer_id")
        .arg(asOf);
}

Error queryError(const QSqlQuery &query)
{
    return Error{ QCoreApplication::translate("AgingReport", "The aging cannot be computed: %1")
                      .arg(Database::describe(query.lastError())) };
}

} // namespace

qint64 AgingLine::open() const
{
    return std::accumulate(buckets.cbegin(), buckets.cend(), qint64(0));
}

QString AgingReport::sql(const SqlDialect &dialect, const AgingOptions &options)
{
    // Rows of (customer, bucket, amount), with bucket -1 for the credit; the
    // sums are done by SQLite, only one row per customer and column comes back.
    return QStringLiteral("%1, aged AS (SELECT customer_id, %2 AS bucket, sum(open) AS amount FROM open_debts "
                          "WHERE open <> 0 GROUP BY customer_id, bucket), credit AS (%3), "
                          "amounts AS (SELECT * FROM aged UNION ALL SELECT * FROM credit WHERE amount <> 0) "
                          "SELECT c.id, c.ref, c.name, a.bucket, a.amount FROM amounts a "
                          "JOIN customers c ON c.id = a.customer_id ORDER BY c.ref, c.id")
        .arg(openDebtsWith(dialect, options, QString()), bucketCase(options.buckets, QStringLiteral("days")),
            creditSql(options));
}

AgingMethod AgingReport::chooseMethod(const Database &db, const QDate &asOf)
{
    // Entry ids only grow, so the largest is the number of entries ever made;
    // count those after the date only up to a third of it.
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM entries")) || !query.next())
        return AgingMethod::SumToDate;
    const qint64 total = query.value(0).toLongLong();
    const qint64 cap = total / 3 + 1;
    query.prepare(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM entries WHERE debt_id IS NOT NULL AND "
                                 "effective_date > :as_of LIMIT :cap) later"));
    query.bindValue(AsOf, SqlDialect::date(asOf));
    query.bindValue(QStringLiteral(":cap"), cap);
    if (!query.exec() || !query.next())
        return AgingMethod::SumToDate;
    return query.value(0).toLongLong() < cap ? AgingMethod::CurrentLessLater : AgingMethod::SumToDate;
}

Result<AgingReport> AgingReport::compute(const Database &db, const AgingOptions &options)
{
    if (!options.asOf.isValid())
        return Error{ QCoreApplication::translate("AgingReport", "Give a valid date for the aging.") };
    AgingOptions resolved = options;
    if (resolved.method == AgingMethod::Automatic)
        resolved.method = chooseMethod(db, options.asOf);
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql(SqlDialect::of(db.connection()), resolved)))
        return queryError(query);
    query.bindValue(AsOf, SqlDialect::date(options.asOf));
    if (!query.exec())
        return queryError(query);

    AgingReport report;
    report.m_options = options;
    const int columns = options.buckets.count();
    report.m_total.buckets = QList<qint64>(columns, 0);
    while (query.next()) {
        const qint64 customerId = query.value(0).toLongLong();
        if (report.m_customers.isEmpty() || report.m_customers.constLast().customerId != customerId) {
            AgingLine line;
            line.customerId = customerId;
            line.ref = query.value(1).toString();
            line.name = query.value(2).toString();
            line.buckets = QList<qint64>(columns, 0);
            report.m_customers.append(line);
        }
        AgingLine &line = report.m_customers.last();
        const int bucket = query.value(3).toInt();
        const qint64 amount = query.value(4).toLongLong();
        if (bucket < 0) {
            line.credit += amount;
            report.m_total.credit += amount;
        } else {
            line.buckets[bucket] += amount;
            report.m_total.buckets[bucket] += amount;
        }
    }
    if (query.lastError().isValid())
        return queryError(query);
    return report;
}

Result<QList<AgingDebtLine>> AgingReport::debts(const Database &db, const AgingOptions &options, qint64 customerId)
{
    if (!options.asOf.isValid())
        return Error{ QCoreApplication::translate("AgingReport", "Give a valid date for the aging.") };
    AgingOptions resolved = options;
    if (resolved.method == AgingMethod::Automatic)
        resolved.method = chooseMethod(db, options.asOf);
    const QString where = customerId ? QStringLiteral(" AND d.customer_id = :customer") : QString();
    const QString sql = QStringLiteral("%1 SELECT debt_id, customer_id, ref, issue_date, due_date, days, open "
                                       "FROM open_debts WHERE open <> 0 ORDER BY due_date, issue_date, debt_id")
                            .arg(openDebtsWith(SqlDialect::of(db.connection()), resolved, where));
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return queryError(query);
    query.bindValue(AsOf, SqlDialect::date(options.asOf));
    if (customerId)
        query.bindValue(QStringLiteral(":customer"), customerId);
    if (!query.exec())
        return queryError(query);
    QList<AgingDebtLine> lines;
    while (query.next()) {
        AgingDebtLine line;
        line.debtId = query.value(0).toLongLong();
        line.customerId = query.value(1).toLongLong();
        line.ref = query.value(2).toString();
        line.issueDate = QDate::fromString(query.value(3).toString(), Qt::ISODate);
        line.dueDate = QDate::fromString(query.value(4).toString(), Qt::ISODate);
        line.daysPastDue = query.value(5).toLongLong();
        line.open = query.value(6).toLongLong();
        line.bucket = options.buckets.bucketFor(line.daysPastDue);
        lines.append(line);
    }
    return lines;
}

} // namespace recoup
