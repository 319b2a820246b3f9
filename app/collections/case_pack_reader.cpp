// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "collections/case_pack_reader.h"

#include "aging/statement_reader.h"
#include "collections/collections.h"
#include "core/clock.h"
#include "db/database.h"
#include "db/transaction.h"
#include "ledger/audit_log.h"
#include "ledger/ledger.h"

#include <QSet>

#include <algorithm>

namespace recoup {

CasePackReader::CasePackReader(Collections &collections) : m_collections(collections) { }

Result<CasePack> CasePackReader::read(qint64 customerId, qint64 debtId, const QDate &asOf) const
{
    Ledger &ledger = m_collections.ledger();
    Database &db = ledger.database();
    if (!asOf.isValid())
        return Error{ tr("The pack needs a valid date.") };
    auto customer = ledger.customer(customerId);
    if (!customer)
        return customer.failure();
    auto debts = ledger.debts(customerId);
    if (!debts)
        return debts.failure();

    CasePack pack;
    pack.customer = customer.value();
    pack.asOf = asOf;
    pack.madeAt = ledger.clock().nowUtc();
    pack.madeBy = ledger.user();
    // The debts the pack is about: all, or the one asked for and the fees charged on it.
    QSet<qint64> about;
    for (const Debt &debt : debts.value()) {
        pack.debtRefs.insert(debt.id, debt.ref);
        if (debtId == 0 || debt.id == debtId || debt.sourceDebtId == debtId)
            about.insert(debt.id);
    }
    if (debtId) {
        if (!pack.debtRefs.contains(debtId)) {
            auto other = ledger.debt(debtId);
            if (!other)
                return other.failure();
            return Error{ tr("The sale %1 is not %2's: a pack is about one customer's debts.")
                              .arg(other->ref, pack.customer.details.name) };
        }
        pack.debtId = debtId;
        pack.debtRef = pack.debtRefs.value(debtId);
    }
    QSet<QString> aboutRefs;
    for (const qint64 id : std::as_const(about))
        aboutRefs.insert(pack.debtRefs.value(id));
    const auto covers = [&](const QList<qint64> &ids) {
        return debtId == 0 || std::any_of(ids.cbegin(), ids.cend(), [&](qint64 id) { return about.contains(id); });
    };

    // In one transaction (nothing is written in it): the head and the records
    // read are of the same book, whatever another program writes meanwhile.
    Transaction tx(db);
    if (!tx.started())
        return tx.started().failure();

    auto statements = StatementReader::prepare(db, StatementKind::OpenItem, asOf, asOf);
    if (!statements)
        return statements.failure();
    auto statement = statements->statement(customerId);
    if (!statement)
        return statement.failure();
    pack.statement = statement.value();
    if (debtId) {
        pack.statement.items.erase(
            std::remove_if(pack.statement.items.begin(), pack.statement.items.end(),
                [&](const CustomerStatement::Item &item) { return !aboutRefs.contains(item.ref); }),
            pack.statement.items.end());
        for (const CustomerStatement::Item &item : std::as_const(pack.statement.items)) {
            pack.owed += item.open;
            if (item.daysPastDue > 0)
                pack.overdue += item.open;
        }
    } else {
        pack.owed = pack.statement.amountDue();
        pack.overdue = pack.statement.pastDue();
    }
    for (const CustomerStatement::Item &item : std::as_const(pack.statement.items))
        if (item.open > 0)
            pack.oldestDaysPastDue = std::max(pack.oldestDaysPastDue, item.daysPastDue);

    const CollectionRecords &records = m_collections.records();
    auto contacts = records.contacts(customerId);
    if (!contacts)
        return contacts.failure();
    for (const Contact &contact : contacts.value())
        if (contact.date <= asOf && (debtId == 0 || contact.debtId == 0 || about.contains(contact.debtId)))
            pack.contacts.prepend(contact); // the log reads newest first

    auto policy = m_collections.policy();
    if (!policy)
        return policy.failure();
    auto promises = records.promises(asOf, policy->promiseGraceDays, customerId);
    if (!promises)
        return promises.failure();
    for (const Promise &promise : promises.value())
        if (covers(promise.debtIds))
            pack.promises.append(promise);

    auto disputes = records.disputes(customerId);
    if (!disputes)
        return disputes.failure();
    for (Dispute dispute : disputes.value()) {
        if (dispute.openedOn > asOf || (debtId && !about.contains(dispute.debtId)))
            continue;
        if (dispute.resolved && dispute.resolvedOn > asOf) {
            dispute.resolved = false; // resolved after the pack's date: open on it
            dispute.resolvedOn = QDate();
            dispute.conceded = 0;
        }
        pack.disputes.append(dispute);
    }

    auto plans = m_collections.plans(asOf, customerId);
    if (!plans)
        return plans.failure();
    for (const PaymentPlan &plan : plans.value()) {
        QList<qint64> ids;
        for (const PlanSource &source : plan.draft.sources)
            ids.append(source.debtId);
        if (covers(ids))
            pack.plans.append(plan);
    }

    const EscalationRecords escalation = m_collections.escalation();
    QSet<std::pair<int, qint64>> seen;
    for (const Debt &debt : debts.value()) {
        if (!about.contains(debt.id))
            continue;
        auto events = escalation.debtEvents(debt.id);
        if (!events)
            return events.failure();
        for (const CollectionEvent &event : events.value()) {
            const std::pair<int, qint64> key{ static_cast<int>(event.kind), event.id };
            if (event.date > asOf || seen.contains(key))
                continue;
            seen.insert(key);
            const bool account = event.kind == CollectionEvent::Kind::CreditStopped
                || event.kind == CollectionEvent::Kind::CreditResumed;
            pack.escalation.append({ event, account ? QString() : debt.ref });
        }
    }
    std::stable_sort(pack.escalation.begin(), pack.escalation.end(),
        [](const CasePack::Escalation &a, const CasePack::Escalation &b) { return a.event.date < b.event.date; });

    auto documents = DocumentRegister(ledger).list(customerId);
    if (!documents)
        return documents.failure();
    for (const SentDocument &document : documents.value())
        if (document.recordedAt.toLocalTime().date() <= asOf)
            pack.documents.append(document);

    auto head = ledger.audit().lastRecord();
    if (!head)
        return head.failure();
    pack.headId = head->first;
    pack.headHash = head->second;
    pack.head = pack.headId ? AuditLog::headText(pack.headId, pack.headHash) : QString();
    auto audit = AuditExtract(db).read(customerId, debtId, pack.headId);
    if (!audit)
        return audit.failure();
    pack.audit = audit.value();
    return pack;
}

} // namespace recoup
