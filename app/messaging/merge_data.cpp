// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "messaging/merge_data.h"

#include "collections/collection_records.h"
#include "core/money.h"
#include "db/database.h"
#include "ledger/ledger.h"
#include "messaging/default_templates.h"

#include <QUrl>

#include <algorithm>

namespace recoup {

Result<MergeValues> MergeData::read(Ledger &ledger, qint64 customerId, const QList<qint64> &debtIds, const QDate &asOf,
    const DefaultTemplates &language, const QString &stepName, int promiseGraceDays)
{
    const auto customer = ledger.customer(customerId);
    if (!customer)
        return customer.failure();
    auto open = ledger.openDebts(customerId);
    if (!open)
        return open.failure();
    const Currency &currency = ledger.currency();
    const QLocale locale = language.locale();
    const auto money = [&](qint64 minor) {
        return Money::toDisplayText(minor, currency, locale) + QLatin1Char(' ') + currency.code();
    };

    QList<Debt> due;
    for (const Debt &debt : open.value())
        if (debt.openAmount > 0 && (debtIds.isEmpty() || debtIds.contains(debt.id)))
            due.append(debt);
    std::sort(due.begin(), due.end(),
        [](const Debt &a, const Debt &b) { return a.dueDate != b.dueDate ? a.dueDate < b.dueDate : a.id < b.id; });

    MergeValues values;
    values.words = language.words();
    qint64 total = 0;
    qint64 oldestDays = 0;
    QDate oldestDue;
    for (const Debt &debt : due) {
        const qint64 days = std::max<qint64>(0, debt.dueDate.daysTo(asOf));
        values.items.append({ debt.ref, debt.description, language.date(debt.issueDate), language.date(debt.dueDate),
            locale.toString(days), money(debt.amount), money(debt.openAmount) });
        total += debt.openAmount;
        oldestDays = std::max(oldestDays, days);
        if (!oldestDue.isValid() || debt.dueDate < oldestDue)
            oldestDue = debt.dueDate;
    }

    const Database &db = ledger.database();
    const auto meta = [&](const char *key) { return db.meta(QLatin1String(key)); };
    auto &f = values.fields;
    f.insert(QStringLiteral("customer.name"), customer->details.name);
    f.insert(QStringLiteral("customer.ref"), customer->details.ref);
    f.insert(QStringLiteral("customer.email"), customer->details.email);
    f.insert(QStringLiteral("customer.phone"), customer->details.phone);
    f.insert(QStringLiteral("item_count"), locale.toString(due.size()));
    f.insert(QStringLiteral("total_due"), money(total));
    f.insert(QStringLiteral("balance"), money(customer->balance));
    f.insert(QStringLiteral("days_overdue"), locale.toString(oldestDays));
    f.insert(QStringLiteral("oldest_due_date"), language.date(oldestDue));
    f.insert(QStringLiteral("business.name"), meta("business_name"));
    f.insert(QStringLiteral("business.address"), meta("business_address"));
    f.insert(QStringLiteral("business.phone"), meta("business_phone"));
    f.insert(QStringLiteral("business.email"), meta("business_email"));
    f.insert(QStringLiteral("business.tax_number"), meta("business_tax_number"));
    f.insert(QStringLiteral("today"), language.date(asOf));
    f.insert(QStringLiteral("step"), stepName);

    // How to pay: the bank details the book has, one per line.
    QStringList pay;
    const auto addPay = [&](const char *word, const QString &value) {
        if (!value.isEmpty())
            pay.append(language.word(QLatin1String(word)) + QStringLiteral(": ") + value);
    };
    QString iban = meta("pay_iban");
    for (qsizetype i = 4; i < iban.size(); i += 5)
        iban.insert(i, QLatin1Char(' '));
    addPay("bank", meta("pay_bank_name"));
    addPay("iban", iban);
    addPay("bic", meta("pay_bic"));
    addPay("account", meta("pay_account"));
    f.insert(QStringLiteral("how_to_pay"), pay.join(QLatin1Char('\n')));

    QString link = meta("pay_link");
    const QString reference = due.size() == 1 ? due.constFirst().ref : customer->details.ref;
    link.replace(QStringLiteral("{reference}"), QString::fromLatin1(QUrl::toPercentEncoding(reference)));
    link.replace(
        QStringLiteral("{amount}"), QString::fromLatin1(QUrl::toPercentEncoding(Money::toFileText(total, currency))));
    f.insert(QStringLiteral("payment_link"), link);

    // The promise still pending, the latest made; else the next installment of a plan.
    const auto promises = CollectionRecords(ledger.database()).promises(asOf, promiseGraceDays, customerId);
    if (!promises)
        return promises.failure();
    const Promise *pending = nullptr;
    for (const Promise &p : promises.value())
        if (p.state == PromiseState::Pending && (!pending || p.promisedOn >= pending->promisedOn))
            pending = &p;
    if (pending) {
        f.insert(QStringLiteral("promise.amount"), money(pending->amount - pending->paid));
        f.insert(QStringLiteral("promise.date"), language.date(pending->dueDate));
    }
    const Debt *next = nullptr;
    for (const Debt &debt : open.value())
        if (debt.kind == DebtKind::Installment && debt.openAmount > 0 && (!next || debt.dueDate < next->dueDate))
            next = &debt;
    if (next) {
        f.insert(QStringLiteral("next_installment.amount"), money(next->openAmount));
        f.insert(QStringLiteral("next_installment.date"), language.date(next->dueDate));
    }
    return values;
}

} // namespace recoup
