// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/book_total.h"

#include "db/database.h"
#include "db/sql_dialect.h"
#include "ledger/book_rules.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <limits>

namespace recoup {

namespace {

const QString Key = QStringLiteral("book_total");

} // namespace

std::optional<BookTotal::Kept> BookTotal::kept(const Database &db)
{
    const QStringList parts = db.meta(Key).split(QLatin1Char(' '));
    if (parts.size() != 2)
        return std::nullopt;
    bool totalOk = false;
    bool idOk = false;
    Kept kept{ parts.at(0).toLongLong(&totalOk), parts.at(1).toLongLong(&idOk) };
    if (!totalOk || !idOk || kept.total < 0)
        return std::nullopt;
    return kept;
}

Result<BookTotal::Kept> BookTotal::sum(const Database &db)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT coalesce(sum(abs(amount)), 0), coalesce(max(id), 0) FROM entries")) && q.next())
        return Kept{ q.value(0).toLongLong(), q.value(1).toLongLong() };
    // An integer sum past 64 bits is an error in SQL; the floating total says
    // whether that is what happened (a book written before the limits).
    const QSqlError error = q.lastError();
    const QString floating = SqlDialect::of(db.connection()).floatingSum(QStringLiteral("abs(amount)"));
    if (q.exec(QStringLiteral("SELECT %1, coalesce(max(id), 0) FROM entries").arg(floating)) && q.next()
        && q.value(0).toDouble() > double(BookRules::MaxBookTotal))
        return Kept{ std::numeric_limits<qint64>::max(), q.value(1).toLongLong() };
    return Error{ tr("The book's entries cannot be added up: %1").arg(Database::describe(error)) };
}

Result<qint64> BookTotal::read(Database &db)
{
    QSqlQuery &last = db.prepare(QStringLiteral("SELECT coalesce(max(id), 0) FROM entries"));
    if (auto done = db.exec(last); !done)
        return done.failure();
    const qint64 lastId = last.next() ? last.value(0).toLongLong() : 0;
    last.finish();
    if (const auto k = kept(db); k && k->lastEntryId == lastId)
        return k->total;
    auto summed = sum(db);
    if (!summed)
        return summed.failure();
    return summed->total;
}

Result<void> BookTotal::store(Database &db, qint64 total, qint64 lastEntryId)
{
    return db.setMeta(Key, QStringLiteral("%1 %2").arg(total).arg(lastEntryId));
}

} // namespace recoup
