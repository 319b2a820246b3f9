// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "aging/aging_export.h"

#include "aging/aging_report.h"
#include "core/currency.h"
#include "core/money.h"
#include "io/csv_writer.h"

#include <QJsonArray>

namespace recoup {

namespace {

void writeLine(CsvWriter &csv, const AgingLine &line, const QString &name, const Currency &currency)
{
    csv.text(line.ref).text(name);
    for (qint64 amount : line.buckets)
        csv.amount(amount, currency);
    csv.amount(line.credit, currency).amount(line.balance(), currency);
    csv.endRow();
}

QJsonObject lineJson(const AgingLine &line, const QStringList &keys, const Currency &currency)
{
    QJsonObject buckets;
    for (int i = 0; i < keys.size(); ++i)
        buckets.insert(keys.at(i), Money::toFileText(line.buckets.value(i), currency));
    QJsonObject object;
    if (line.customerId) {
        object.insert(QStringLiteral("ref"), line.ref);
        object.insert(QStringLiteral("name"), line.name);
    }
    object.insert(QStringLiteral("buckets"), buckets);
    object.insert(QStringLiteral("credit"), Money::toFileText(line.credit, currency));
    object.insert(QStringLiteral("balance"), Money::toFileText(line.balance(), currency));
    return object;
}

} // namespace

bool AgingExport::writeCsv(const AgingReport &report, const Currency &currency, QIODevice &device)
{
    CsvWriter csv(device);
    QStringList header{ QStringLiteral("customer_ref"), QStringLiteral("customer_name") };
    header += report.options().buckets.keys();
    header << QStringLiteral("credit") << QStringLiteral("balance");
    csv.row(header);
    for (const AgingLine &line : report.customers())
        writeLine(csv, line, line.name, currency);
    // The file format names the total row in English, whatever the language.
    writeLine(csv, report.total(), QStringLiteral("TOTAL"), currency);
    return csv.ok();
}

QJsonObject AgingExport::toJson(const AgingReport &report, const Currency &currency)
{
    const QStringList keys = report.options().buckets.keys();
    QJsonArray customers;
    for (const AgingLine &line : report.customers())
        customers.append(lineJson(line, keys, currency));
    QJsonObject object;
    object.insert(QStringLiteral("as_of"), report.options().asOf.toString(Qt::ISODate));
    object.insert(QStringLiteral("basis"),
        report.options().basis == AgingBasis::IssueDate ? QStringLiteral("issue") : QStringLiteral("due"));
    object.insert(QStringLiteral("currency"), currency.code());
    object.insert(QStringLiteral("buckets"), QJsonArray::fromStringList(keys));
    object.insert(QStringLiteral("customers"), customers);
    object.insert(QStringLiteral("total"), lineJson(report.total(), keys, currency));
    return object;
}

} // namespace recoup
