// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "collections/fee_run.h"

#include "aging/aging_report.h"
#include "collections/collection_checks.h"
#include "collections/collection_records.h"
#include "collections/fee_terms_store.h"
#include "collections/policy_store.h"
#include "collections/record_rows.h"
#include "core/clock.h"
#include "core/money.h"
#include "db/bulk_inserter.h"
#include "db/database.h"
#include "db/sql_dialect.h"
#include "db/transaction.h"
#include "ledger/book_rules.h"
#include "ledger/ledger.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <tuple>

namespace recoup {

namespace {

/// What was charged on a debt before, by kind.
struct Charged
{
    int lastPeriod = 0;
    int count = 0;
    qint64 total = 0;
};

QString kindKey(DebtKind kind)
{
    return debtKindName(kind);
}

} // namespace

qint64 FeePlan::total() const
{
    qint64 sum = 0;
    for (const FeeLine &l : lines)
        sum += l.charge.amount;
    return sum;
}

FeeRun::FeeRun(Ledger &ledger) : m_ledger(ledger) { }

QString FeeRun::describe(const FeeLine &line)
{
    const FeeCharge &c = line.charge;
    const QString from = c.periodFrom.toString(Qt::ISODate);
    const QString to = c.periodTo.toString(Qt::ISODate);
    if (c.kind == DebtKind::Interest)
        return tr("Interest on %1, %2 to %3").arg(line.sourceRef, from, to);
    if (c.periodFrom == c.periodTo)
        return tr("Late fee on %1").arg(line.sourceRef);
    return tr("Late fee on %1, period %2 (%3 to %4)").arg(line.sourceRef).arg(c.periodNo).arg(from, to);
}

Result<FeePlan> FeeRun::compute(Database &db, const QDate &asOf, qint64 customerId)
{
    if (!asOf.isValid())
        return Error{ tr("Give a valid date for the fee run.") };
    FeePlan plan;
    plan.asOf = asOf;

    auto policy = PolicyStore::read(db);
    if (!policy)
        return policy.failure();
    const FeeTerms &bookTerms = policy->fees;
    auto overrides = FeeTermsStore::readCustomers(db, customerId);
    if (!overrides)
        return overrides.failure();
    bool anyTerms = bookTerms.chargesAnything();
    for (const CustomerFeeTerms &c : overrides.value())
        anyTerms = anyTerms || (c.mode == FeeTermsMode::Own && c.terms.chargesAnything());
    if (!anyTerms)
        return plan;
    const auto termsOf = [&](qint64 customer) -> const FeeTerms * {
        const auto found = overrides->constFind(customer);
        if (found == overrides->constEnd())
            return bookTerms.chargesAnything() ? &bookTerms : nullptr;
        if (found->mode == FeeTermsMode::Own && found->terms.chargesAnything())
            return &found->terms;
        return found->mode == FeeTermsMode::Book && bookTerms.chargesAnything() ? &bookTerms : nullptr;
    };

    // Every debt open on the date, with its days past due, as the aging finds them.
    AgingOptions options;
    options.asOf = asOf;
    auto debts = AgingReport::debts(db, options, customerId);
    if (!debts)
        return debts.failure();

    const QString customerFilter = RecordRows::customerFilter(customerId, QStringLiteral("customer_id"));
    const auto run = [&db, customerId](const QString &sql, const auto &row) -> Result<void> {
        QSqlQuery &q = db.prepare(sql);
        if (customerId)
            q.bindValue(QStringLiteral(":customer"), customerId);
        if (auto done = db.exec(q); !done)
            return done;
        while (q.next())
            row(q);
        return {};
    };
    // Items that are not sales (fees, interest, installments): their kind.
    QHash<qint64, DebtKind> kinds;
    if (auto done = run(QStringLiteral("SELECT id, kind FROM debts WHERE kind <> 'sale'%1").arg(customerFilter),
            [&kinds](const QSqlQuery &q) {
                kinds.insert(q.value(0).toLongLong(), debtKindFromName(q.value(1).toString()).value_or(DebtKind::Sale));
            });
        !done)
        return done.failure();
    // What was charged before, per debt and kind.
    QHash<QPair<qint64, QString>, Charged> charged;
    if (auto done = run(QStringLiteral("SELECT c.source_debt_id, c.kind, max(c.period_no), count(*), sum(c.amount) "
                                       "FROM fee_charges c JOIN debts d ON d.id = c.source_debt_id WHERE 1 = 1%1 "
                                       "GROUP BY c.source_debt_id, c.kind")
                            .arg(customerId ? QStringLiteral(" AND d.customer_id = :customer") : QString()),
            [&charged](const QSqlQuery &q) {
                charged.insert({ q.value(0).toLongLong(), q.value(1).toString() },
                    { q.value(2).toInt(), q.value(3).toInt(), q.value(4).toLongLong() });
            });
        !done)
        return done.failure();
    // Every dispute's days, for the interest (a disputed day accrues none).
    QHash<qint64, QList<DisputeSpan>> disputeDays;
    if (auto done = run(QStringLiteral("SELECT s.debt_id, s.opened_on, r.resolved_on FROM disputes s JOIN debts d ON "
                                       "d.id = s.debt_id LEFT JOIN dispute_resolutions r ON r.dispute_id = s.id "
                                       "WHERE 1 = 1%1")
                            .arg(customerId ? QStringLiteral(" AND d.customer_id = :customer") : QString()),
            [&disputeDays](const QSqlQuery &q) {
                disputeDays[q.value(0).toLongLong()].append(
                    { RecordRows::date(q.value(1)), RecordRows::date(q.value(2)) });
            });
        !done)
        return done.failure();

    // A paused ladder pauses the charges too, as the worklist pauses it.
    const CollectionRecords records(db);
    auto ladders = records.ladders(customerId);
    if (!ladders)
        return ladders.failure();
    auto disputes = records.openDisputes(asOf, customerId);
    if (!disputes)
        return disputes.failure();
    auto promises = records.promises(asOf, policy->promiseGraceDays, customerId);
    if (!promises)
        return promises.failure();
    QSet<qint64> paused;
    for (const Dispute &d : disputes.value())
        paused.insert(d.debtId);
    for (const Promise &p : promises.value())
        if (p.state != PromiseState::Kept && asOf <= p.deadline.addDays(1))
            for (qint64 id : p.debtIds)
                paused.insert(id);

    // The open amount's changes of a debt from a day on, for its interest.
    const QString changesSql
        = QStringLiteral("SELECT effective_date, sum(open_delta) FROM entries WHERE debt_id = ? AND effective_date > ? "
                         "AND effective_date <= ? GROUP BY effective_date ORDER BY effective_date");

    for (const AgingDebtLine &d : debts.value()) {
        if (d.open <= 0 || d.daysPastDue <= 0)
            continue;
        const FeeTerms *terms = termsOf(d.customerId);
        if (!terms || d.daysPastDue <= terms->graceDays)
            continue;
        const DebtKind kind = kinds.value(d.debtId, DebtKind::Sale);
        if ((kind == DebtKind::Fee || kind == DebtKind::Interest) && !terms->onFees)
            continue;
        if (paused.contains(d.debtId) || ladders->value(d.customerId).mode == LadderMode::Paused)
            continue;
        const Charged fees = charged.value({ d.debtId, kindKey(DebtKind::Fee) });
        const Charged interest = charged.value({ d.debtId, kindKey(DebtKind::Interest) });
        FeeSubject subject;
        subject.dueDate = d.dueDate;
        subject.open = d.open;
        subject.lastFeePeriod = fees.lastPeriod;
        subject.feeCount = fees.count;
        subject.feeTotal = fees.total;
        subject.lastInterestPeriod = interest.lastPeriod;
        subject.disputes = disputeDays.value(d.debtId);
        const FeeCalculator calculator(*terms);

        FeeLine line;
        line.customerId = d.customerId;
        line.sourceDebtId = d.debtId;
        line.sourceRef = d.ref;
        line.sourceKind = kind;
        line.sourceDue = d.dueDate;
        line.daysPastDue = d.daysPastDue;
        line.issueDate = asOf;
        line.dueDate = asOf.addDays(terms->dueDays);
        if (auto fee = calculator.lateFee(subject, asOf)) {
            line.charge = *fee;
            plan.lines.append(line);
        }
        if (const auto period = calculator.interestPeriod(subject, asOf)) {
            QSqlQuery &changes = db.prepare(changesSql);
            changes.addBindValue(d.debtId);
            changes.addBindValue(SqlDialect::date(period->periodFrom));
            changes.addBindValue(SqlDialect::date(asOf));
            if (auto done = db.exec(changes); !done)
                return done.failure();
            while (changes.next())
                subject.changes.append({ RecordRows::date(changes.value(0)), changes.value(1).toLongLong() });
            changes.finish();
            if (auto owed = calculator.interest(subject, asOf)) {
                line.charge = *owed;
                plan.lines.append(line);
            }
        }
    }
    if (plan.lines.isEmpty())
        return plan;

    // Who the customers are, and a reference for each new item that no debt has.
    QHash<qint64, QPair<QString, QString>> names;
    if (auto done = run(QStringLiteral("SELECT id, ref, name FROM customers WHERE 1 = 1%1")
                            .arg(customerId ? QStringLiteral(" AND id = :customer") : QString()),
            [&names](const QSqlQuery &q) {
                names.insert(q.value(0).toLongLong(), { q.value(1).toString(), q.value(2).toString() });
            });
        !done)
        return done.failure();
    QSet<QString> taken;
    for (FeeLine &line : plan.lines) {
        line.customerRef = names.value(line.customerId).first;
        line.customerName = names.value(line.customerId).second;
        const QString base = QStringLiteral("%1-%2%3")
                                 .arg(line.sourceRef)
                                 .arg(line.charge.kind == DebtKind::Interest ? QLatin1Char('I') : QLatin1Char('F'))
                                 .arg(line.charge.periodNo);
        for (int n = 1;; ++n) {
            const QString ref = n == 1 ? base : QStringLiteral("%1-%2").arg(base).arg(n);
            if (taken.contains(ref))
                continue;
            QSqlQuery &q = db.prepare(QStringLiteral("SELECT 1 FROM debts WHERE ref = ?"));
            q.addBindValue(ref);
            if (auto done = db.exec(q); !done)
                return done.failure();
            const bool used = q.next();
            q.finish();
            if (!used) {
                line.ref = ref;
                taken.insert(ref);
                break;
            }
        }
    }
    std::stable_sort(plan.lines.begin(), plan.lines.end(), [](const FeeLine &a, const FeeLine &b) {
        return std::tie(a.customerRef, a.sourceDue, a.sourceRef) < std::tie(b.customerRef, b.sourceDue, b.sourceRef);
    });
    return plan;
}

Result<FeePlan> FeeRun::post(const QDate &asOf, const FeePlan *expected, qint64 customerId)
{
    const CollectionChecks checks(m_ledger);
    if (auto ok = checks.checkDate(asOf); !ok)
        return ok.failure();
    if (auto ok = m_ledger.writer().checkDate(asOf); !ok)
        return ok.failure();
    if (auto ok = checks.checkClock(); !ok)
        return ok.failure();
    Database &db = m_ledger.database();
    EntryWriter &writer = m_ledger.writer();
    // A run over a whole book writes thousands of items: a large page cache
    // (as the import has) keeps the indexes they fill in memory until the
    // commit. Declared before the transaction, so it lasts until after it.
    auto bulk = BulkInserter::open(db);
    Transaction tx(db);
    if (!tx.started())
        return tx.started().failure();
    if (bulk)
        bulk.value()->enlargeCache();
    // Worked out again under the write lock: another program's run that just
    // committed has charged these periods already.
    auto plan = compute(db, asOf, customerId);
    if (!plan)
        return plan.failure();
    if (expected && expected->lines != plan->lines)
        return Error{ tr("The book changed since the preview: look at the fees again before posting them. Nothing "
                         "was posted.") };
    const QString now = m_ledger.clock().nowUtc().toString(Qt::ISODateWithMs);
    const QString user = writer.user().isNull() ? QStringLiteral("") : writer.user();
    QSet<qint64> customers;
    for (const FeeLine &line : plan->lines) {
        const QString kind = debtKindName(line.charge.kind);
        const QString description = describe(line).left(BookRules::MaxTextLength);
        QSqlQuery &d = db.prepare(QStringLiteral(
            "INSERT INTO debts (customer_id, ref, description, issue_date, due_date, terms_days, amount, "
            "created_at, kind, source_debt_id) VALUES (?, ?, ?, ?, ?, NULL, ?, ?, ?, ?)"));
        d.addBindValue(line.customerId);
        d.addBindValue(line.ref);
        d.addBindValue(description);
        d.addBindValue(SqlDialect::date(line.issueDate));
        d.addBindValue(SqlDialect::date(line.dueDate));
        d.addBindValue(line.charge.amount);
        d.addBindValue(now);
        d.addBindValue(kind);
        d.addBindValue(line.sourceDebtId);
        if (auto done = db.exec(d); !done)
            return done.failure();
        const qint64 itemId = d.lastInsertId().toLongLong();
        writer.noteDebt(itemId);
        writer.noteDebt(line.sourceDebtId);

        NewEntry e;
        e.customerId = line.customerId;
        e.debtId = itemId;
        e.kind = line.charge.kind == DebtKind::Interest ? EntryKind::Interest : EntryKind::Fee;
        e.amount = line.charge.amount;
        e.openDelta = line.charge.amount;
        e.date = line.issueDate;
        e.ref = line.ref;
        e.note = description;
        if (auto done = writer.write(e); !done)
            return done.failure();

        QSqlQuery &c = db.prepare(QStringLiteral(
            "INSERT INTO fee_charges (source_debt_id, kind, period_no, period_from, period_to, run_date, debt_id, "
            "amount, basis, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        c.addBindValue(line.sourceDebtId);
        c.addBindValue(kind);
        c.addBindValue(line.charge.periodNo);
        c.addBindValue(SqlDialect::date(line.charge.periodFrom));
        c.addBindValue(SqlDialect::date(line.charge.periodTo));
        c.addBindValue(SqlDialect::date(asOf));
        c.addBindValue(itemId);
        c.addBindValue(line.charge.amount);
        c.addBindValue(line.charge.basis);
        c.addBindValue(now);
        c.addBindValue(user);
        if (auto done = db.exec(c); !done)
            return done.failure();
        const qint64 chargeId = c.lastInsertId().toLongLong();
        if (auto done = writer.audit(QStringLiteral("charge"), kind, chargeId,
                { { QStringLiteral("debt_id"), itemId }, { QStringLiteral("ref"), line.ref },
                    { QStringLiteral("source_debt_id"), line.sourceDebtId },
                    { QStringLiteral("period"), line.charge.periodNo },
                    { QStringLiteral("from"), line.charge.periodFrom.toString(Qt::ISODate) },
                    { QStringLiteral("to"), line.charge.periodTo.toString(Qt::ISODate) },
                    { QStringLiteral("amount"), line.charge.amount },
                    { QStringLiteral("date"), asOf.toString(Qt::ISODate) } });
            !done)
            return done.failure();
        customers.insert(line.customerId);
    }
    // Credit waiting from earlier payments goes to the new items, as to a new sale.
    if (!customers.isEmpty()) {
        QList<qint64> withCredit;
        QSqlQuery &q = db.prepare(QStringLiteral("SELECT id FROM customers WHERE credit > 0"));
        if (auto done = db.exec(q); !done)
            return done.failure();
        while (q.next())
            if (customers.contains(q.value(0).toLongLong()))
                withCredit.append(q.value(0).toLongLong());
        q.finish();
        for (qint64 id : std::as_const(withCredit))
            if (auto done = m_ledger.applyCredit(id); !done)
                return done.failure();
    }
    if (auto done = tx.commit(); !done)
        return done.failure();
    return plan;
}

Result<qint64> FeeRun::waive(qint64 itemDebtId, const QString &reason, const QDate &date)
{
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return Error{ tr("Give a reason for waiving the charge.") };
    if (auto ok = BookRules::checkText(why); !ok)
        return ok.failure();
    Database &db = m_ledger.database();
    const auto item = m_ledger.debt(itemDebtId);
    if (!item)
        return item.failure();
    QSqlQuery &q = db.prepare(
        QStringLiteral("SELECT c.id, c.source_debt_id, c.run_date, w.waived_on FROM fee_charges c LEFT JOIN "
                       "fee_waivers w ON w.charge_id = c.id WHERE c.debt_id = ?"));
    q.addBindValue(itemDebtId);
    if (auto done = db.exec(q); !done)
        return done.failure();
    if (!q.next())
        return Error{ tr("%1 is not a late fee or interest charge.").arg(item->ref) };
    const qint64 chargeId = q.value(0).toLongLong();
    const qint64 sourceId = q.value(1).toLongLong();
    const QDate charged = RecordRows::date(q.value(2));
    const QDate waivedBefore = RecordRows::date(q.value(3));
    q.finish();
    if (waivedBefore.isValid())
        return Error{ tr("%1 was already waived on %2.").arg(item->ref, waivedBefore.toString(Qt::ISODate)) };
    const QDate when = std::max(date.isValid() ? date : m_ledger.clock().today(), charged);
    const CollectionChecks checks(m_ledger);
    if (auto ok = checks.checkDate(when); !ok)
        return ok.failure();
    if (auto ok = checks.checkClock(); !ok)
        return ok.failure();

    Transaction tx(db);
    if (!tx.started())
        return tx.started().failure();
    QSqlQuery &entry = db.prepare(
        QStringLiteral("SELECT id FROM entries WHERE debt_id = ? AND kind IN ('fee', 'interest') ORDER BY id LIMIT 1"));
    entry.addBindValue(itemDebtId);
    if (auto done = db.exec(entry); !done)
        return done.failure();
    if (!entry.next())
        return Error{ tr("%1 has no charge to waive.").arg(item->ref) };
    const qint64 entryId = entry.value(0).toLongLong();
    entry.finish();
    if (auto done = m_ledger.reverse(entryId, tr("Waived: %1").arg(why).left(BookRules::MaxTextLength), when); !done)
        return done.failure();
    QSqlQuery &reversal
        = db.prepare(QStringLiteral("SELECT id FROM entries WHERE source_id = ? AND kind = 'reversal' ORDER BY id"));
    reversal.addBindValue(entryId);
    if (auto done = db.exec(reversal); !done)
        return done.failure();
    if (!reversal.next())
        return Error{ tr("%1 has no charge to waive.").arg(item->ref) };
    const qint64 reversalId = reversal.value(0).toLongLong();
    reversal.finish();
    QSqlQuery &w = db.prepare(QStringLiteral("INSERT INTO fee_waivers (charge_id, waived_on, entry_id, reason, "
                                             "recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?)"));
    w.addBindValue(chargeId);
    w.addBindValue(SqlDialect::date(when));
    w.addBindValue(reversalId);
    w.addBindValue(why);
    w.addBindValue(m_ledger.clock().nowUtc().toString(Qt::ISODateWithMs));
    w.addBindValue(m_ledger.user().isNull() ? QStringLiteral("") : m_ledger.user());
    if (auto done = db.exec(w); !done)
        return done.failure();
    if (auto done = m_ledger.writer().audit(QStringLiteral("waive"), debtKindName(item->kind), chargeId,
            { { QStringLiteral("debt_id"), itemDebtId }, { QStringLiteral("ref"), item->ref },
                { QStringLiteral("entry_id"), reversalId }, { QStringLiteral("reason"), why },
                { QStringLiteral("date"), when.toString(Qt::ISODate) } });
        !done)
        return done.failure();
    m_ledger.writer().noteDebt(sourceId);
    m_ledger.writer().noteDebt(itemDebtId);
    // What was paid on the item came back as credit: it goes to the next open item.
    if (auto who = m_ledger.customer(item->customerId); who && who->credit > 0)
        if (auto done = m_ledger.applyCredit(item->customerId); !done)
            return done.failure();
    if (auto done = tx.commit(); !done)
        return done.failure();
    return reversalId;
}

} // namespace recoup
