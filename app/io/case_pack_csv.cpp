// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/case_pack_csv.h"

#include "collections/collection_policy.h"
#include "collections/collection_records.h"
#include "collections/escalation_records.h"
#include "collections/plan_schedule.h"
#include "core/currency.h"
#include "core/money.h"
#include "io/csv_writer.h"

#include <QBuffer>

#include <functional>

namespace recoup {

namespace {

QString iso(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString utc(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QByteArray table(const QStringList &header, const std::function<void(CsvWriter &)> &rows)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    CsvWriter csv(buffer);
    csv.row(header);
    rows(csv);
    return bytes;
}

QString refs(const CasePack &pack, const QList<qint64> &ids)
{
    QStringList list;
    for (const qint64 id : ids)
        list << pack.debtRefs.value(id);
    return list.join(QLatin1Char(' '));
}

} // namespace

QString CasePackCsv::promiseStateKey(PromiseState state)
{
    switch (state) {
    case PromiseState::Pending:
        return QStringLiteral("pending");
    case PromiseState::Kept:
        return QStringLiteral("kept");
    case PromiseState::Broken:
        return QStringLiteral("broken");
    }
    return {};
}

QString CasePackCsv::disputeOutcomeKey(DisputeOutcome outcome)
{
    return outcome == DisputeOutcome::ForCustomer ? QStringLiteral("for_customer") : QStringLiteral("for_shop");
}

QString CasePackCsv::planStateKey(PlanState state)
{
    switch (state) {
    case PlanState::OnTrack:
        return QStringLiteral("on_track");
    case PlanState::Broken:
        return QStringLiteral("broken");
    case PlanState::Completed:
        return QStringLiteral("completed");
    }
    return {};
}

QString CasePackCsv::escalationKey(CollectionEvent::Kind kind)
{
    using Kind = CollectionEvent::Kind;
    switch (kind) {
    case Kind::CreditStopped:
        return QStringLiteral("credit_stopped");
    case Kind::CreditResumed:
        return QStringLiteral("credit_resumed");
    case Kind::CreditOverride:
        return QStringLiteral("credit_override");
    case Kind::AgencyReferred:
        return QStringLiteral("agency_referred");
    case Kind::AgencyCollected:
        return QStringLiteral("agency_collected");
    case Kind::AgencyRecalled:
        return QStringLiteral("agency_recalled");
    case Kind::Legal:
        return QStringLiteral("legal");
    default:
        return QStringLiteral("other");
    }
}

QList<std::pair<QString, QByteArray>> CasePackCsv::files(const CasePack &pack, const Currency &currency)
{
    QList<std::pair<QString, QByteArray>> files;
    const auto amount = [&](qint64 minor) { return Money::toFileText(minor, currency); };

    files.append({ QStringLiteral("summary.csv"),
        table({ QStringLiteral("field"), QStringLiteral("value") }, [&](CsvWriter &csv) {
            const auto line = [&](const QString &field, const QString &value) { csv.text(field).text(value).endRow(); };
            line(QStringLiteral("customer_ref"), pack.customer.details.ref);
            line(QStringLiteral("customer_name"), pack.customer.details.name);
            line(QStringLiteral("customer_address"), pack.customer.details.address);
            line(QStringLiteral("customer_phone"), pack.customer.details.phone);
            line(QStringLiteral("customer_email"), pack.customer.details.email);
            line(QStringLiteral("debt_ref"), pack.debtRef);
            line(QStringLiteral("as_of"), iso(pack.asOf));
            line(QStringLiteral("currency"), currency.code());
            csv.text(QStringLiteral("owed")).number(amount(pack.owed)).endRow();
            csv.text(QStringLiteral("overdue")).number(amount(pack.overdue)).endRow();
            csv.text(QStringLiteral("oldest_days_overdue")).number(QString::number(pack.oldestDaysPastDue)).endRow();
            line(QStringLiteral("made_at"), utc(pack.madeAt));
            line(QStringLiteral("made_by"), pack.madeBy);
            line(QStringLiteral("audit_head"), pack.head);
            line(QStringLiteral("audit_head_hash"), pack.headHash);
        }) });

    files.append({ QStringLiteral("statement.csv"),
        table({ QStringLiteral("ref"), QStringLiteral("description"), QStringLiteral("issue_date"),
                  QStringLiteral("due_date"), QStringLiteral("days_overdue"), QStringLiteral("amount"),
                  QStringLiteral("open") },
            [&](CsvWriter &csv) {
                for (const CustomerStatement::Item &item : pack.statement.items) {
                    csv.text(item.ref).text(item.description).text(iso(item.issueDate)).text(iso(item.dueDate));
                    csv.number(QString::number(std::max<qint64>(item.daysPastDue, 0)));
                    csv.amount(item.amount, currency).amount(item.open, currency).endRow();
                }
            }) });

    files.append({ QStringLiteral("contacts.csv"),
        table({ QStringLiteral("date"), QStringLiteral("time"), QStringLiteral("channel"), QStringLiteral("made_by"),
                  QStringLiteral("outcome"), QStringLiteral("debt"), QStringLiteral("note"),
                  QStringLiteral("follow_up"), QStringLiteral("recorded_at"), QStringLiteral("recorded_by") },
            [&](CsvWriter &csv) {
                for (const Contact &c : pack.contacts) {
                    csv.text(iso(c.date)).text(c.time).text(CollectionPolicy::channelKey(c.channel)).text(c.madeBy);
                    csv.text(CollectionRecords::outcomeKey(c.outcome)).text(pack.debtRefs.value(c.debtId)).text(c.note);
                    csv.text(iso(c.followUp)).text(utc(c.recordedAt)).text(c.recordedBy).endRow();
                }
            }) });

    files.append({ QStringLiteral("promises.csv"),
        table({ QStringLiteral("promised_on"), QStringLiteral("due_date"), QStringLiteral("amount"),
                  QStringLiteral("paid"), QStringLiteral("state"), QStringLiteral("debts"), QStringLiteral("note") },
            [&](CsvWriter &csv) {
                for (const Promise &p : pack.promises) {
                    csv.text(iso(p.promisedOn))
                        .text(iso(p.dueDate))
                        .amount(p.amount, currency)
                        .amount(p.paid, currency);
                    csv.text(promiseStateKey(p.state)).text(refs(pack, p.debtIds)).text(p.note).endRow();
                }
            }) });

    files.append({ QStringLiteral("disputes.csv"),
        table({ QStringLiteral("debt"), QStringLiteral("amount"), QStringLiteral("reason"), QStringLiteral("opened_on"),
                  QStringLiteral("state"), QStringLiteral("resolved_on"), QStringLiteral("outcome"),
                  QStringLiteral("conceded") },
            [&](CsvWriter &csv) {
                for (const Dispute &d : pack.disputes) {
                    csv.text(d.debtRef).amount(d.amount, currency).text(d.reason).text(iso(d.openedOn));
                    csv.text(d.resolved ? QStringLiteral("resolved") : QStringLiteral("open"));
                    csv.text(d.resolved ? iso(d.resolvedOn) : QString());
                    csv.text(d.resolved ? disputeOutcomeKey(d.outcome) : QString());
                    csv.amount(d.conceded, currency).endRow();
                }
            }) });

    files.append({ QStringLiteral("plans.csv"),
        table({ QStringLiteral("ref"), QStringLiteral("made_on"), QStringLiteral("balance"),
                  QStringLiteral("down_payment"), QStringLiteral("installments"), QStringLiteral("frequency"),
                  QStringLiteral("first_date"), QStringLiteral("state"), QStringLiteral("open"),
                  QStringLiteral("broken_on"), QStringLiteral("debts") },
            [&](CsvWriter &csv) {
                for (const PaymentPlan &p : pack.plans) {
                    QList<qint64> ids;
                    for (const PlanSource &s : p.draft.sources)
                        ids << s.debtId;
                    csv.text(p.draft.ref).text(iso(p.draft.madeOn)).amount(p.draft.balance, currency);
                    csv.amount(p.draft.downPayment, currency).number(QString::number(p.draft.count));
                    csv.text(PlanSchedule::frequencyKey(p.draft.frequency)).text(iso(p.draft.firstDate));
                    csv.text(planStateKey(p.state))
                        .amount(p.open, currency)
                        .text(iso(p.brokenOn))
                        .text(refs(pack, ids));
                    csv.endRow();
                }
            }) });

    files.append({ QStringLiteral("escalation.csv"),
        table({ QStringLiteral("date"), QStringLiteral("debt"), QStringLiteral("step"), QStringLiteral("legal_step"),
                  QStringLiteral("agency"), QStringLiteral("reference"), QStringLiteral("amount"),
                  QStringLiteral("cost"), QStringLiteral("note") },
            [&](CsvWriter &csv) {
                for (const CasePack::Escalation &e : pack.escalation) {
                    const CollectionEvent &ev = e.event;
                    csv.text(iso(ev.date)).text(e.debtRef).text(escalationKey(ev.kind));
                    csv.text(ev.kind == CollectionEvent::Kind::Legal ? EscalationRecords::legalKey(ev.legalStep)
                                                                     : QString());
                    csv.text(ev.name).text(ev.reference).amount(ev.amount, currency).amount(ev.cost, currency);
                    csv.text(ev.text).endRow();
                }
            }) });

    files.append({ QStringLiteral("documents.csv"),
        table({ QStringLiteral("recorded_at"), QStringLiteral("kind"), QStringLiteral("channel"),
                  QStringLiteral("file_name"), QStringLiteral("sha256"), QStringLiteral("recorded_by") },
            [&](CsvWriter &csv) {
                for (const SentDocument &d : pack.documents) {
                    csv.text(utc(d.recordedAt)).text(d.kind).text(d.channel).text(d.fileName).text(d.sha256);
                    csv.text(d.recordedBy).endRow();
                }
            }) });

    files.append({ QStringLiteral("audit.csv"),
        table({ QStringLiteral("id"), QStringLiteral("recorded_at"), QStringLiteral("recorded_by"),
                  QStringLiteral("action"), QStringLiteral("object_type"), QStringLiteral("object_id"),
                  QStringLiteral("prev_hash"), QStringLiteral("hash") },
            [&](CsvWriter &csv) {
                for (const AuditExtract::Line &a : pack.audit) {
                    csv.number(QString::number(a.id)).text(a.recordedAt).text(a.recordedBy).text(a.action);
                    csv.text(a.objectType).number(QString::number(a.objectId)).text(a.prevHash).text(a.hash);
                    csv.endRow();
                }
            }) });
    return files;
}

} // namespace recoup
