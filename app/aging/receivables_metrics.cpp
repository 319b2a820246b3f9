// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "aging/receivables_metrics.h"

#include "aging/aging_totals_cache.h"
#include "db/database.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace recoup {

namespace {

// Charges and payments less their reversals, by the month they are effective in.
const char *FlowsSql = "SELECT substr(e.effective_date, 1, 7) AS month, "
                       "sum(CASE WHEN coalesce(s.kind, e.kind) = 'charge' THEN e.open_delta ELSE 0 END), "
                       "sum(CASE WHEN coalesce(s.kind, e.kind) = 'payment' THEN e.credit_delta ELSE 0 END) "
                       "FROM entries e LEFT JOIN entries s ON e.kind = 'reversal' AND s.id = e.source_id "
                       "WHERE e.effective_date BETWEEN ? AND ? "
                       "AND (e.kind IN ('charge', 'payment') OR (e.kind = 'reversal' AND s.kind IN ('charge', "
                       "'payment'))) GROUP BY month";

} // namespace

QDate ReceivablesMetrics::monthEnd(const QDate &date)
{
    return QDate(date.year(), date.month(), date.daysInMonth());
}

Result<QList<MonthFlow>> ReceivablesMetrics::monthlyFlows(
    const Database &db, const QDate &firstMonthEnd, const QDate &lastDay)
{
    const QDate from(firstMonthEnd.year(), firstMonthEnd.month(), 1);
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    query.prepare(QString::fromLatin1(FlowsSql));
    query.addBindValue(from.toString(Qt::ISODate));
    query.addBindValue(lastDay.toString(Qt::ISODate));
    if (!query.exec())
        return Error{ tr("The monthly figures cannot be computed: %1").arg(Database::describe(query.lastError())) };
    QHash<QString, std::pair<qint64, qint64>> byMonth;
    while (query.next())
        byMonth.insert(query.value(0).toString(), { query.value(1).toLongLong(), query.value(2).toLongLong() });
    QList<MonthFlow> months;
    for (QDate month = from; month <= lastDay; month = month.addMonths(1)) {
        const auto found = byMonth.value(month.toString(QStringLiteral("yyyy-MM")));
        months.append({ std::min(monthEnd(month), lastDay), found.first, found.second });
    }
    return months;
}

Result<qint64> ReceivablesMetrics::sales(const Database &db, const QDate &from, const QDate &to)
{
    QSqlQuery query(db.connection());
    query.prepare(QString::fromLatin1(FlowsSql));
    query.addBindValue(from.toString(Qt::ISODate));
    query.addBindValue(to.toString(Qt::ISODate));
    if (!query.exec())
        return Error{ tr("The monthly figures cannot be computed: %1").arg(Database::describe(query.lastError())) };
    qint64 total = 0;
    while (query.next())
        total += query.value(1).toLongLong();
    return total;
}

double ReceivablesMetrics::countbackDso(qint64 receivables, const QList<std::pair<qint64, int>> &monthsNewestFirst)
{
    double days = 0;
    qint64 left = receivables;
    for (const auto &[sales, length] : monthsNewestFirst) {
        if (left <= 0)
            break;
        if (sales <= 0) {
            days += length; // nothing sold that month: all of it counts back
            continue;
        }
        if (left >= sales) {
            days += length;
            left -= sales;
        } else {
            days += double(left) / double(sales) * length;
            left = 0;
        }
    }
    return days;
}

double ReceivablesMetrics::simpleDso(qint64 receivables, qint64 sales, int days)
{
    return sales > 0 ? double(receivables) / double(sales) * days : 0.0;
}

std::optional<double> ReceivablesMetrics::cei(qint64 beginning, qint64 sales, qint64 ending, qint64 endingCurrent)
{
    const qint64 collectable = beginning + sales - endingCurrent;
    if (collectable <= 0)
        return std::nullopt;
    return 100.0 * double(beginning + sales - ending) / double(collectable);
}

Result<ReceivablesDashboard> ReceivablesMetrics::dashboard(Database &db, const QDate &asOf, QDate ceiFrom, QDate ceiTo)
{
    ReceivablesDashboard d;
    AgingOptions options;
    options.asOf = asOf;
    auto aging = AgingReport::compute(db, options);
    if (!aging)
        return Error{ aging.error() };
    d.aging = aging.value();

    // The 12 month-ends: the last one is the as-of date itself, aged just above;
    // the eleven before are past month-ends, which the cache usually holds.
    const QDate firstMonthEnd = monthEnd(asOf.addMonths(-11));
    QList<QDate> past;
    for (int i = 0; i < 11; ++i)
        past.append(monthEnd(firstMonthEnd.addMonths(i)));
    auto totals = AgingTotalsCache::totals(db, past, options);
    if (!totals)
        return Error{ totals.error() };
    d.monthEndDates = past;
    d.monthEndDates.append(asOf);
    d.monthEnds = totals.value();
    d.monthEnds.append(d.aging.total());
    auto months = monthlyFlows(db, firstMonthEnd, asOf);
    if (!months)
        return Error{ months.error() };
    d.months = months.value();

    const qint64 receivables = d.aging.total().open();
    QList<std::pair<qint64, int>> newestFirst;
    for (auto it = d.months.crbegin(); it != d.months.crend(); ++it)
        newestFirst.append({ it->sales, it->monthEnd.day() });
    d.countbackDso = countbackDso(receivables, newestFirst);
    auto recent = sales(db, asOf.addDays(1 - SimpleDsoDays), asOf);
    if (!recent)
        return Error{ recent.error() };
    d.simpleDso = simpleDso(receivables, recent.value(), SimpleDsoDays);

    // CEI over the last full month by default.
    if (!ceiFrom.isValid() || !ceiTo.isValid()) {
        ceiTo = asOf == monthEnd(asOf) ? asOf : QDate(asOf.year(), asOf.month(), 1).addDays(-1);
        ceiFrom = QDate(ceiTo.year(), ceiTo.month(), 1);
    }
    d.ceiFrom = ceiFrom;
    d.ceiTo = ceiTo;
    // Both ends of the CEI period are usually month-ends already aged above.
    auto agedAt = [&](const QDate &date) -> Result<AgingLine> {
        const qsizetype at = d.monthEndDates.indexOf(date);
        if (at >= 0)
            return d.monthEnds.at(at);
        auto other = AgingTotalsCache::totals(db, { date }, options);
        if (!other)
            return Error{ other.error() };
        return other->constFirst();
    };
    auto atBegin = agedAt(ceiFrom.addDays(-1));
    auto atEnd = agedAt(ceiTo);
    auto periodSales = sales(db, ceiFrom, ceiTo);
    if (!atBegin || !atEnd || !periodSales)
        return Error{ !atBegin ? atBegin.error() : !atEnd ? atEnd.error() : periodSales.error() };
    d.cei = cei(atBegin->open(), periodSales.value(), atEnd->open(), atEnd->buckets.value(0));

    d.biggestDebtors = d.aging.customers();
    std::sort(d.biggestDebtors.begin(), d.biggestDebtors.end(),
        [](const AgingLine &a, const AgingLine &b) { return a.balance() > b.balance(); });
    while (!d.biggestDebtors.isEmpty() && d.biggestDebtors.constLast().balance() <= 0)
        d.biggestDebtors.removeLast();
    if (d.biggestDebtors.size() > 5)
        d.biggestDebtors.resize(5);
    return d;
}

} // namespace recoup
