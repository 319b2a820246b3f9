// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "aging/aging_totals_cache.h"

#include "db/database.h"
#include "db/sql_dialect.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>

namespace recoup {

namespace {

// The cache's key besides the date: how days are counted and where the buckets end.
QString basisKey(AgingBasis basis)
{
    return basis == AgingBasis::IssueDate ? QStringLiteral("issue") : QStringLiteral("due");
}

QString edgesKey(const AgingBuckets &buckets)
{
    QStringList edges;
    for (int edge : buckets.edges())
        edges << QString::number(edge);
    return edges.join(QLatin1Char(','));
}

Error cacheError(const QSqlQuery &query)
{
    return Error{
        AgingTotalsCache::tr("The aging totals cannot be read: %1").arg(Database::describe(query.lastError()))
    };
}

// The largest entry id: every entry recorded so far has an id up to it.
Result<qint64> lastEntryId(const Database &db)
{
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM entries")) || !query.next())
        return cacheError(query);
    return query.value(0).toLongLong();
}

// One cached aging total: its date, the entries it was computed from, its amounts.
struct CachedTotal
{
    qint64 throughEntry = 0;
    AgingLine total;
};

// The cached totals with these options, by date; only those still true are kept.
Result<QHash<QDate, CachedTotal>> readValid(const Database &db, const AgingOptions &options, qint64 lastEntry)
{
    const int columns = options.buckets.count();
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT as_of, through_entry, bucket, amount FROM aging_totals_cache "
                                 "WHERE basis = :basis AND edges = :edges"));
    query.bindValue(QStringLiteral(":basis"), basisKey(options.basis));
    query.bindValue(QStringLiteral(":edges"), edgesKey(options.buckets));
    if (!query.exec())
        return cacheError(query);
    QHash<QDate, CachedTotal> cached;
    QSet<QDate> broken; // a date whose rows do not all come from one computation
    while (query.next()) {
        const QDate asOf = QDate::fromString(query.value(0).toString(), Qt::ISODate);
        const qint64 through = query.value(1).toLongLong();
        const int bucket = query.value(2).toInt();
        auto found = cached.find(asOf);
        if (found == cached.end()) {
            CachedTotal entry;
            entry.throughEntry = through;
            entry.total.buckets = QList<qint64>(columns, 0);
            found = cached.insert(asOf, entry);
        }
        if (!asOf.isValid() || found->throughEntry != through || bucket < -1 || bucket >= columns) {
            broken.insert(asOf);
            continue;
        }
        if (bucket < 0)
            found->total.credit = query.value(3).toLongLong();
        else
            found->total.buckets[bucket] = query.value(3).toLongLong();
    }
    if (query.lastError().isValid())
        return cacheError(query);
    for (const QDate &date : std::as_const(broken))
        cached.remove(date);

    // A total computed through entry N no longer holds once an entry after N is
    // effective on or before its date: find the earliest such date once per N.
    QHash<qint64, QString> earliestLater;
    QSqlQuery later(db.connection());
    later.prepare(QStringLiteral("SELECT min(effective_date) FROM entries WHERE id > :through"));
    for (auto it = cached.begin(); it != cached.end();) {
        const qint64 through = it->throughEntry;
        if (through < lastEntry && !earliestLater.contains(through)) {
            later.bindValue(QStringLiteral(":through"), through);
            if (!later.exec() || !later.next())
                return cacheError(later);
            earliestLater.insert(through, later.value(0).toString());
        }
        const QString earliest = earliestLater.value(through);
        const bool stale
            = through < lastEntry && !earliest.isEmpty() && QDate::fromString(earliest, Qt::ISODate) <= it.key();
        if (stale)
            it = cached.erase(it);
        else
            ++it;
    }
    return cached;
}

// Keeps the totals just computed; a book that cannot be written now (read-only,
// another program writing) simply keeps none: the cache only saves time.
void store(
    Database &db, const AgingOptions &options, const QList<std::pair<QDate, AgingLine>> &computed, qint64 throughEntry)
{
    if (computed.isEmpty() || db.inTransaction() || !db.begin())
        return;
    QSqlQuery remove(db.connection());
    remove.prepare(QStringLiteral("DELETE FROM aging_totals_cache WHERE basis = :basis AND edges = :edges "
                                  "AND as_of = :as_of"));
    QSqlQuery insert(db.connection());
    insert.prepare(QStringLiteral("INSERT INTO aging_totals_cache (as_of, basis, edges, bucket, through_entry, "
                                  "amount) VALUES (:as_of, :basis, :edges, :bucket, :through, :amount)"));
    bool ok = true;
    for (const auto &[date, total] : computed) {
        remove.bindValue(QStringLiteral(":basis"), basisKey(options.basis));
        remove.bindValue(QStringLiteral(":edges"), edgesKey(options.buckets));
        remove.bindValue(QStringLiteral(":as_of"), SqlDialect::date(date));
        ok = ok && remove.exec();
        for (int bucket = -1; ok && bucket < total.buckets.size(); ++bucket) {
            insert.bindValue(QStringLiteral(":as_of"), SqlDialect::date(date));
            insert.bindValue(QStringLiteral(":basis"), basisKey(options.basis));
            insert.bindValue(QStringLiteral(":edges"), edgesKey(options.buckets));
            insert.bindValue(QStringLiteral(":bucket"), bucket);
            insert.bindValue(QStringLiteral(":through"), throughEntry);
            insert.bindValue(QStringLiteral(":amount"), bucket < 0 ? total.credit : total.buckets.at(bucket));
            ok = insert.exec();
        }
    }
    if (!ok || !db.commit())
        db.rollback();
}

} // namespace

Result<QList<AgingLine>> AgingTotalsCache::totals(Database &db, const QList<QDate> &dates, const AgingOptions &options)
{
    // Read before anything is aged: an entry recorded meanwhile has a larger id,
    // so a total stored with this one is at worst recomputed once more.
    const auto lastEntry = lastEntryId(db);
    if (!lastEntry)
        return Error{ lastEntry.error() };
    const auto cached = readValid(db, options, lastEntry.value());
    if (!cached)
        return Error{ cached.error() };

    QList<AgingLine> lines;
    QList<std::pair<QDate, AgingLine>> computed;
    for (const QDate &date : dates) {
        const auto found = cached->constFind(date);
        if (found != cached->constEnd()) {
            lines.append(found->total);
            continue;
        }
        const auto done
            = std::find_if(computed.cbegin(), computed.cend(), [&](const auto &c) { return c.first == date; });
        if (done != computed.cend()) {
            lines.append(done->second);
            continue;
        }
        AgingOptions at = options;
        at.asOf = date;
        auto report = AgingReport::compute(db, at);
        if (!report)
            return Error{ report.error() };
        lines.append(report->total());
        computed.append({ date, report->total() });
    }
    store(db, options, computed, lastEntry.value());
    return lines;
}

Result<QStringList> AgingTotalsCache::verify(const Database &db)
{
    const auto lastEntry = lastEntryId(db);
    if (!lastEntry)
        return Error{ lastEntry.error() };
    QSqlQuery keys(db.connection());
    keys.setForwardOnly(true);
    if (!keys.exec(QStringLiteral("SELECT DISTINCT basis, edges FROM aging_totals_cache ORDER BY basis, edges")))
        return cacheError(keys);
    QStringList problems;
    while (keys.next()) {
        const QString basis = keys.value(0).toString();
        const QString edges = keys.value(1).toString();
        auto buckets = edges.isEmpty() ? Result<AgingBuckets>(Error{ QString() }) : AgingBuckets::parse(edges);
        if (!buckets || (basis != basisKey(AgingBasis::DueDate) && basis != basisKey(AgingBasis::IssueDate))) {
            problems << tr("The cached aging totals by %1 with buckets “%2” cannot be read back.").arg(basis, edges);
            continue;
        }
        AgingOptions options;
        options.basis = basis == basisKey(AgingBasis::IssueDate) ? AgingBasis::IssueDate : AgingBasis::DueDate;
        options.buckets = buckets.value();
        const auto cached = readValid(db, options, lastEntry.value());
        if (!cached)
            return Error{ cached.error() };
        QList<QDate> dates = cached->keys();
        std::sort(dates.begin(), dates.end());
        for (const QDate &date : std::as_const(dates)) {
            options.asOf = date;
            const auto report = AgingReport::compute(db, options);
            if (!report)
                return Error{ report.error() };
            const AgingLine &kept = cached->value(date).total;
            if (report->total().buckets != kept.buckets || report->total().credit != kept.credit)
                problems << tr("The cached aging totals as of %1 (by %2, buckets %3) differ from the entries.")
                                .arg(date.toString(Qt::ISODate), basis, edges);
        }
    }
    if (keys.lastError().isValid())
        return cacheError(keys);
    return problems;
}

Result<void> AgingTotalsCache::clear(Database &db)
{
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("DELETE FROM aging_totals_cache")))
        return cacheError(query);
    return {};
}

} // namespace recoup
