// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/canonical_rows.h"

#include "db/database.h"

#include <QCryptographicHash>
#include <QSqlQuery>

namespace recoup {

const QList<CanonicalRows::Table> &CanonicalRows::tables()
{
    // Version 1. Never change a list: a new column or table is a new version
    // (a new details key), so that every record keeps its meaning.
    static const QList<Table> all{
        { QStringLiteral("customers"),
            { QStringLiteral("ref"), QStringLiteral("name"), QStringLiteral("phone"), QStringLiteral("phone_e164"),
                QStringLiteral("email"), QStringLiteral("address"), QStringLiteral("notes"),
                QStringLiteral("credit_limit"), QStringLiteral("created_at") } },
        { QStringLiteral("debts"),
            { QStringLiteral("customer_id"), QStringLiteral("ref"), QStringLiteral("description"),
                QStringLiteral("issue_date"), QStringLiteral("due_date"), QStringLiteral("terms_days"),
                QStringLiteral("amount"), QStringLiteral("created_at"), QStringLiteral("kind"),
                QStringLiteral("source_debt_id") } },
        { QStringLiteral("entries"),
            { QStringLiteral("customer_id"), QStringLiteral("debt_id"), QStringLiteral("payment_id"),
                QStringLiteral("source_id"), QStringLiteral("kind"), QStringLiteral("amount"),
                QStringLiteral("balance_delta"), QStringLiteral("open_delta"), QStringLiteral("credit_delta"),
                QStringLiteral("effective_date"), QStringLiteral("recorded_at"), QStringLiteral("recorded_by"),
                QStringLiteral("ref"), QStringLiteral("method"), QStringLiteral("reference"),
                QStringLiteral("note") } },
        { QStringLiteral("fee_charges"),
            { QStringLiteral("source_debt_id"), QStringLiteral("kind"), QStringLiteral("period_no"),
                QStringLiteral("period_from"), QStringLiteral("period_to"), QStringLiteral("run_date"),
                QStringLiteral("debt_id"), QStringLiteral("amount"), QStringLiteral("basis"),
                QStringLiteral("recorded_at"), QStringLiteral("recorded_by") } },
        { QStringLiteral("fee_waivers"),
            { QStringLiteral("charge_id"), QStringLiteral("waived_on"), QStringLiteral("entry_id"),
                QStringLiteral("reason"), QStringLiteral("recorded_at"), QStringLiteral("recorded_by") } },
        { QStringLiteral("payment_plans"),
            { QStringLiteral("ref"), QStringLiteral("customer_id"), QStringLiteral("made_on"),
                QStringLiteral("balance"), QStringLiteral("down_payment"), QStringLiteral("installment_count"),
                QStringLiteral("frequency"), QStringLiteral("first_date"), QStringLiteral("note"),
                QStringLiteral("recorded_at"), QStringLiteral("recorded_by") } },
        { QStringLiteral("payment_plan_debts"),
            { QStringLiteral("plan_id"), QStringLiteral("debt_id"), QStringLiteral("role"), QStringLiteral("seq"),
                QStringLiteral("amount"), QStringLiteral("entry_id") } },
        { QStringLiteral("recoveries"),
            { QStringLiteral("debt_id"), QStringLiteral("reinstate_id"), QStringLiteral("payment_id"),
                QStringLiteral("amount"), QStringLiteral("recovered_on"), QStringLiteral("note"),
                QStringLiteral("recorded_at"), QStringLiteral("recorded_by") } },
    };
    return all;
}

const CanonicalRows::Table *CanonicalRows::table(const QString &name)
{
    for (const Table &t : tables())
        if (t.name == name)
            return &t;
    return nullptr;
}

QByteArray CanonicalRows::fingerprint(const QJsonArray &row)
{
    // Each value as its length and text ("-" for null): no two rows share one.
    QByteArray text;
    text.reserve(256);
    for (const QJsonValue &v : row) {
        if (v.isNull()) {
            text += "-;";
            continue;
        }
        const QByteArray utf8 = v.toString().toUtf8();
        text += QByteArray::number(utf8.size());
        text += ':';
        text += utf8;
        text += ';';
    }
    return QCryptographicHash::hash(text, QCryptographicHash::Sha256);
}

Result<void> CanonicalRows::read(
    Database &db, const Table &table, qint64 after, qint64 only, const std::function<bool(QJsonArray)> &each)
{
    const QString sql = QStringLiteral("SELECT rowid, %1 FROM %2 WHERE %3 ORDER BY rowid")
                            .arg(table.columns.join(QStringLiteral(", ")), table.name,
                                only ? QStringLiteral("rowid = ?") : QStringLiteral("rowid > ?"));
    QSqlQuery &q = db.prepare(sql);
    q.addBindValue(only ? only : after);
    if (auto done = db.exec(q); !done)
        return done;
    const int columns = int(table.columns.size());
    while (q.next()) {
        QJsonArray row{ table.name, integer(q.value(0).toLongLong()) };
        for (int c = 1; c <= columns; ++c)
            row.append(q.isNull(c) ? null() : QJsonValue(q.value(c).toString()));
        if (!each(std::move(row)))
            break;
    }
    q.finish();
    return {};
}

} // namespace recoup
