// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/period_close.h"

#include "core/clock.h"
#include "db/database.h"
#include "db/transaction.h"
#include "ledger/book_rules.h"
#include "ledger/ledger.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <vector>

namespace recoup {

namespace {

const QString From = QStringLiteral("from");
const QString To = QStringLiteral("to");
const QString Reason = QStringLiteral("reason");
/// The last entry made before the change: entries after it were made under it.
const QString EntriesThrough = QStringLiteral("entries_through");

QString iso(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QJsonValue isoOrNull(const QDate &date)
{
    return date.isValid() ? QJsonValue(iso(date)) : QJsonValue(QJsonValue::Null);
}

/// Lines of one kind past this many are counted, not listed.
constexpr int MaxLines = 20;

} // namespace

PeriodClose::PeriodClose(Ledger &ledger) : m_ledger(ledger) { }

QDate PeriodClose::closedThrough() const
{
    return QDate::fromString(m_ledger.database().meta(metaKey()), Qt::ISODate);
}

Result<std::optional<PeriodChange>> PeriodClose::lastChange() const
{
    Database &db = m_ledger.database();
    QSqlQuery &q
        = db.prepare(QStringLiteral("SELECT id, action, details, recorded_at, recorded_by FROM audit_log "
                                    "WHERE object_type = 'book' AND action IN (?, ?) ORDER BY id DESC LIMIT 1"));
    q.addBindValue(closeAction());
    q.addBindValue(reopenAction());
    if (auto done = db.exec(q); !done)
        return done.failure();
    std::optional<PeriodChange> last;
    if (q.next()) {
        const QJsonObject details = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
        PeriodChange c;
        c.record = q.value(0).toLongLong();
        c.close = q.value(1).toString() == closeAction();
        c.from = QDate::fromString(details.value(From).toString(), Qt::ISODate);
        c.to = QDate::fromString(details.value(To).toString(), Qt::ISODate);
        c.reason = details.value(Reason).toString();
        c.recordedAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
        c.recordedBy = q.value(4).toString();
        last = c;
    }
    q.finish();
    return last;
}

Result<void> PeriodClose::close(const QDate &through)
{
    if (!through.isValid())
        return Error{ tr("Choose the last day to close the books through.") };
    if (auto ok = BookRules::checkDate(through); !ok)
        return ok;
    const QDate today = m_ledger.clock().today();
    if (through > today)
        return Error{ tr("%1 is in the future; the books can be closed through today (%2) at the latest.")
                          .arg(iso(through), iso(today)) };
    Transaction tx(m_ledger.database());
    if (!tx.started())
        return tx.started();
    // Read inside the transaction: another program may have closed them meanwhile.
    const QDate current = closedThrough();
    if (current.isValid() && through == current)
        return Error{ tr("The books are already closed through %1.").arg(iso(current)) };
    if (current.isValid() && through < current)
        return Error{ tr("The books are closed through %1, later than %2; to close them through an earlier day, "
                         "reopen them to that day, with a reason.")
                          .arg(iso(current), iso(through)) };
    if (auto done = change(current, through, QString()); !done)
        return done;
    if (auto done = tx.commit(); !done)
        return done;
    announce();
    return {};
}

Result<void> PeriodClose::reopen(const QDate &keepThrough, const QString &reason)
{
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return Error{ tr("Say why the books are reopened; the reason is kept in the audit log.") };
    if (auto ok = BookRules::checkText(why); !ok)
        return ok;
    if (keepThrough.isValid())
        if (auto ok = BookRules::checkDate(keepThrough); !ok)
            return ok;
    Transaction tx(m_ledger.database());
    if (!tx.started())
        return tx.started();
    const QDate current = closedThrough();
    if (!current.isValid())
        return Error{ tr("The books are not closed; there is nothing to reopen.") };
    if (keepThrough.isValid() && keepThrough >= current)
        return Error{ tr("The books are closed through %1; reopening them keeps them closed through an earlier day "
                         "than that, not %2.")
                          .arg(iso(current), iso(keepThrough)) };
    if (auto done = change(current, keepThrough, why); !done)
        return done;
    if (auto done = tx.commit(); !done)
        return done;
    announce();
    return {};
}

Result<void> PeriodClose::change(const QDate &from, const QDate &to, const QString &reason)
{
    Database &db = m_ledger.database();
    QSqlQuery &last = db.prepare(QStringLiteral("SELECT coalesce(max(id), 0) FROM entries"));
    if (auto done = db.exec(last); !done)
        return done;
    const qint64 entriesThrough = last.next() ? last.value(0).toLongLong() : 0;
    last.finish();
    // Reopened entirely: the key stays, empty (meta values are NOT NULL).
    if (auto done = db.setMeta(metaKey(), iso(to).isNull() ? QStringLiteral("") : iso(to)); !done)
        return done;
    const bool closing = !from.isValid() || (to.isValid() && to > from);
    QJsonObject details{ { From, isoOrNull(from) }, { To, isoOrNull(to) }, { EntriesThrough, entriesThrough } };
    if (!closing)
        details.insert(Reason, reason);
    if (auto done
        = m_ledger.writer().audit(closing ? closeAction() : reopenAction(), QStringLiteral("book"), 0, details);
        !done)
        return done;
    return {};
}

void PeriodClose::announce()
{
    // Which entries may be made changed: every page looks again (after the
    // outermost commit, when this joined a transaction).
    ChangeSet changes;
    changes.everything = true;
    m_ledger.announce(changes);
}

QStringList PeriodClose::verify(Database &db)
{
    QStringList problems;
    struct Change
    {
        qint64 record = 0;
        QDate to;
        qint64 entriesThrough = 0;
    };
    std::vector<Change> changes;
    {
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT id, details FROM audit_log WHERE object_type = 'book' AND action IN (?, ?) "
                                 "ORDER BY id"));
        q.addBindValue(closeAction());
        q.addBindValue(reopenAction());
        if (!q.exec()) {
            problems << tr("The audit log cannot be read: %1").arg(Database::describe(q.lastError()));
            return problems;
        }
        while (q.next()) {
            const QJsonObject details = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
            changes.push_back({ q.value(0).toLongLong(), QDate::fromString(details.value(To).toString(), Qt::ISODate),
                details.value(EntriesThrough).toInteger() });
        }
    }

    // The meta is a copy for the doors to read; the last record says what it must hold.
    const QString kept = db.meta(metaKey());
    const QString recorded = changes.empty() ? QString() : iso(changes.back().to);
    if (kept != recorded && !(kept.isEmpty() && recorded.isEmpty())) {
        if (changes.empty())
            problems << tr("the book says it is closed through “%1” (meta %2), but no audit record closed it")
                            .arg(kept, metaKey());
        else if (recorded.isEmpty())
            problems << tr("the book says it is closed through “%1” (meta %2), but audit record %3 reopened it "
                           "entirely")
                            .arg(kept, metaKey())
                            .arg(changes.back().record);
        else
            problems << tr("the book says it is closed through “%1” (meta %2), but audit record %3 closed it "
                           "through “%4”")
                            .arg(kept.isEmpty() ? tr("nothing") : kept, metaKey())
                            .arg(changes.back().record)
                            .arg(recorded);
    }

    // An entry made while its date was closed went past the rule at every door:
    // the period was reopened behind the chain's back, then closed again.
    int found = 0;
    for (std::size_t i = 0; i < changes.size(); ++i) {
        const Change &c = changes.at(i);
        if (!c.to.isValid())
            continue;
        const bool bounded = i + 1 < changes.size();
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT id, effective_date FROM entries WHERE id > ? AND effective_date <= ?%1 "
                                 "ORDER BY id")
                      .arg(bounded ? QStringLiteral(" AND id <= ?") : QString()));
        q.addBindValue(c.entriesThrough);
        q.addBindValue(iso(c.to));
        if (bounded)
            q.addBindValue(changes.at(i + 1).entriesThrough);
        if (!q.exec()) {
            problems << tr("The entries cannot be read: %1").arg(Database::describe(q.lastError()));
            return problems;
        }
        while (q.next())
            if (++found <= MaxLines)
                problems << tr("entries row %1: dated %2, made while the books were closed through %3 (audit "
                               "record %4)")
                                .arg(q.value(0).toString(), q.value(1).toString(), iso(c.to))
                                .arg(c.record);
    }
    if (found > MaxLines)
        problems << tr("%n more entry(ies) made while their date was closed", nullptr, found - MaxLines);
    return problems;
}

} // namespace recoup
