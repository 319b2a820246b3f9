// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/binding_verifier.h"

#include "db/database.h"
#include "ledger/canonical_rows.h"
#include "ledger/chain_binder.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <array>
#include <cstring>
#include <limits>
#include <vector>

namespace recoup {

namespace {

// A row as a record binds it: which record, and a fingerprint of its values
// (half a SHA-256: the values themselves are re-read only for a row that differs).
struct Bound
{
    qint64 rowid = 0;
    qint64 record = 0;
    std::array<char, 16> print{};
};

std::array<char, 16> shortPrint(const QJsonArray &row)
{
    const QByteArray full = CanonicalRows::fingerprint(row);
    std::array<char, 16> print{};
    std::memcpy(print.data(), full.constData(), print.size());
    return print;
}

// Lines of one kind past this many per table are counted, not listed.
constexpr int MaxLinesPerKind = 20;

QString shown(const QJsonValue &value)
{
    return value.isNull() ? QStringLiteral("NULL") : value.toString();
}

} // namespace

BindingVerifier::BindingVerifier(Database &db) : m_db(db) { }

BindingReport BindingVerifier::run() const
{
    BindingReport report;
    QHash<QString, std::vector<Bound>> bound;
    {
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT id, action, object_type, details FROM audit_log "
                                   "WHERE details LIKE '%\"%1\"%' ORDER BY id")
                        .arg(CanonicalRows::detailsKey()))) {
            report.problems << tr("The audit log cannot be read: %1").arg(Database::describe(q.lastError()));
            return report;
        }
        while (q.next()) {
            const qint64 record = q.value(0).toLongLong();
            const QJsonObject details = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
            if (report.bindRecord == 0 && q.value(1).toString() == ChainBinder::bindAction()
                && q.value(2).toString() == QLatin1String("book")) {
                report.bindRecord = record;
                report.boundOn = details.value(QStringLiteral("bound_on")).toString();
            }
            for (const QJsonValue &value : details.value(CanonicalRows::detailsKey()).toArray()) {
                const QJsonArray row = value.toArray();
                const QString table = row.at(0).toString();
                const CanonicalRows::Table *t = CanonicalRows::table(table);
                if (!t || row.size() != t->columns.size() + 2) {
                    report.problems << tr("audit record %1: a row it binds is not in canonical form v1").arg(record);
                    continue;
                }
                bound[table].push_back({ row.at(1).toString().toLongLong(), record, shortPrint(row) });
            }
        }
    }

    for (const CanonicalRows::Table &t : CanonicalRows::tables()) {
        std::vector<Bound> &rows = bound[t.name];
        // The last record that binds a row holds it as it must be now.
        std::stable_sort(rows.begin(), rows.end(), [](const Bound &a, const Bound &b) { return a.rowid < b.rowid; });
        std::vector<Bound> last;
        last.reserve(rows.size());
        for (const Bound &b : rows) {
            if (!last.empty() && last.back().rowid == b.rowid)
                last.back() = b;
            else
                last.push_back(b);
        }
        rows.clear();
        rows.shrink_to_fit();

        int unbound = 0;
        int gone = 0;
        int changed = 0;
        auto next = last.cbegin();
        const auto goneUpTo = [&](qint64 rowid) {
            for (; next != last.cend() && next->rowid < rowid; ++next)
                if (++gone <= MaxLinesPerKind)
                    report.problems << tr("%1 row %2: audit record %3 records it, but the row is gone")
                                           .arg(t.name)
                                           .arg(next->rowid)
                                           .arg(next->record);
        };
        auto read = CanonicalRows::read(m_db, t, 0, 0, [&](QJsonArray row) {
            const qint64 rowid = row.at(1).toString().toLongLong();
            goneUpTo(rowid);
            if (next == last.cend() || next->rowid != rowid) {
                if (++unbound <= MaxLinesPerKind)
                    report.problems << tr("%1 row %2: no audit record binds it (it was added outside Recoup)")
                                           .arg(t.name)
                                           .arg(rowid);
                return true;
            }
            const Bound &b = *next++;
            ++report.boundRows;
            if (shortPrint(row) == b.print)
                return true;
            if (++changed > MaxLinesPerKind)
                return true;
            // Name each column that differs from what the record carries.
            QSqlQuery r(m_db.connection());
            r.prepare(QStringLiteral("SELECT details FROM audit_log WHERE id = ?"));
            r.addBindValue(b.record);
            QJsonArray recorded;
            if (r.exec() && r.next())
                for (const QJsonValue &v : QJsonDocument::fromJson(r.value(0).toString().toUtf8())
                                               .object()
                                               .value(CanonicalRows::detailsKey())
                                               .toArray()) {
                    const QJsonArray candidate = v.toArray();
                    if (candidate.at(0).toString() == t.name && candidate.at(1).toString().toLongLong() == rowid)
                        recorded = candidate;
                }
            for (qsizetype c = 0; c < t.columns.size(); ++c)
                if (recorded.at(c + 2) != row.at(c + 2))
                    report.problems << tr("%1 row %2, column %3: the book holds “%4”, audit record %5 recorded “%6”")
                                           .arg(t.name, QString::number(rowid), t.columns.at(c), shown(row.at(c + 2)),
                                               QString::number(b.record), shown(recorded.at(c + 2)));
            return true;
        });
        if (!read) {
            report.problems << read.error();
            continue;
        }
        goneUpTo(std::numeric_limits<qint64>::max());
        if (unbound > MaxLinesPerKind)
            report.problems
                << tr("%1: %n more row(s) no audit record binds", nullptr, unbound - MaxLinesPerKind).arg(t.name);
        if (gone > MaxLinesPerKind)
            report.problems << tr("%1: %n more row(s) recorded but gone", nullptr, gone - MaxLinesPerKind).arg(t.name);
        if (changed > MaxLinesPerKind)
            report.problems << tr(
                "%1: %n more row(s) that differ from their audit record", nullptr, changed - MaxLinesPerKind)
                                   .arg(t.name);
    }
    return report;
}

} // namespace recoup
