// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/timeline_model.h"

#include "collections/collection_records.h"
#include "collections/escalation_records.h"
#include "collections/plan_schedule.h"
#include "collections/policy_store.h"
#include "core/clock.h"
#include "ledger/ledger.h"
#include "models/display_text.h"

#include <QFont>

namespace recoup {

TimelineModel::TimelineModel(Ledger &ledger, QObject *parent) : KeyedTableModel(parent), m_ledger(ledger) { }

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TimelineModel::describe(const Entry &entry)
{
    switch (entry.kind) {
    case EntryKind::Charge:
        return tr("Sale %1").arg(entry.ref);
    case EntryKind::Fee:
        // A late fee's item keeps what it was charged for ("Late fee on S-00012").
        return entry.note.isEmpty() ? tr("Fee") : entry.note;
    case EntryKind::Interest:
        return entry.note.isEmpty() ? tr("Interest") : entry.note;
    case EntryKind::Payment:
    case EntryKind::Allocation: {
        PaymentMethod method = PaymentMethod::Cash;
        QString text = paymentMethodFromKey(entry.method, &method) ? tr("Payment (%1)").arg(paymentMethodLabel(method))
                                                                   : tr("Payment");
        if (!entry.reference.isEmpty())
            text += tr(", ref. %1").arg(entry.reference);
        return text;
    }
    case EntryKind::Adjustment:
        return entry.note.isEmpty() ? tr("Adjustment") : tr("Adjustment: %1").arg(entry.note);
    case EntryKind::WriteOff:
        // A negative write-off takes part of one back: money recovered later.
        if (entry.amount < 0)
            return entry.note;
        return entry.note.isEmpty() ? tr("Written off as bad debt") : tr("Written off as bad debt: %1").arg(entry.note);
    case EntryKind::Reversal:
        return tr("Reversal: %1").arg(entry.note);
    }
    return {};
}

QString TimelineModel::describe(const CollectionEvent &e) const
{
    const Currency &currency = m_ledger.currency();
    const QString step = m_stepNames.value(e.stepKey, e.stepKey);
    switch (e.kind) {
    case CollectionEvent::Kind::Contact: {
        // The channel's label is written for the middle of a sentence; here it starts the line.
        QString text = tr("%1: %2").arg(DisplayText::capitalized(CollectionPolicy::channelLabel(e.channel)),
            CollectionRecords::outcomeLabel(e.outcome));
        if (!e.text.isEmpty())
            text += tr(" — %1").arg(e.text);
        if (e.followUp.isValid())
            text += tr("; follow up on %1").arg(DisplayText::date(e.followUp));
        return text;
    }
    case CollectionEvent::Kind::Promise:
        return tr("Promise to pay %1 by %2").arg(DisplayText::money(e.amount, currency), DisplayText::date(e.dueDate));
    case CollectionEvent::Kind::DisputeOpened:
        return tr("Dispute over %1: %2").arg(DisplayText::money(e.amount, currency), e.text);
    case CollectionEvent::Kind::DisputeResolved:
        return e.disputeOutcome == DisputeOutcome::ForCustomer
            ? tr("Dispute resolved for the customer: %1 conceded").arg(DisplayText::money(e.amount, currency))
            : tr("Dispute resolved for the shop: the ladder resumes");
    case CollectionEvent::Kind::StepDone:
        return tr("Done: %1").arg(step);
    case CollectionEvent::Kind::StepSkipped:
        return tr("Skipped: %1 — %2").arg(step, e.text);
    case CollectionEvent::Kind::StepSnoozed:
        return tr("Snoozed to %1: %2").arg(DisplayText::date(e.until), step);
    case CollectionEvent::Kind::FeeCharged:
        return tr("Late fee %1 charged as %2").arg(DisplayText::money(e.amount, currency), e.itemRef);
    case CollectionEvent::Kind::InterestCharged:
        return tr("Interest %1 for %2 to %3 charged as %4")
            .arg(DisplayText::money(e.amount, currency), DisplayText::date(e.periodFrom), DisplayText::date(e.periodTo),
                e.itemRef);
    case CollectionEvent::Kind::FeeWaived:
        return tr("Waived %1 (%2): %3").arg(e.itemRef, DisplayText::money(e.amount, currency), e.text);
    case CollectionEvent::Kind::PlanMade:
        return tr("Payment plan %1 made: %2 in %3 installments, %4 from %5")
            .arg(e.planRef, DisplayText::money(e.amount, currency))
            .arg(e.count)
            .arg(PlanSchedule::frequencyLabel(e.frequency).toLower(), DisplayText::date(e.dueDate));
    case CollectionEvent::Kind::PlanInstallment:
        return e.count == 0
            ? tr("Down payment %1 of plan %2 due: %3").arg(e.text, e.planRef, DisplayText::money(e.amount, currency))
            : tr("Installment %1 of plan %2 due: %3").arg(e.text, e.planRef, DisplayText::money(e.amount, currency));
    case CollectionEvent::Kind::PlanBroken:
        return tr("Payment plan %1 broken: installment %2 due %3 not paid")
            .arg(e.planRef, e.text, DisplayText::date(e.dueDate));
    case CollectionEvent::Kind::CreditStopped:
        return tr("Credit stopped: %1").arg(e.text);
    case CollectionEvent::Kind::CreditResumed:
        return tr("Credit resumed: %1").arg(e.text);
    case CollectionEvent::Kind::CreditOverride:
        return e.stopped
            ? tr("Sold on credit although credit was stopped: %1").arg(e.text)
            : tr("Sold over the credit limit (balance was %1): %2").arg(DisplayText::money(e.amount, currency), e.text);
    case CollectionEvent::Kind::AgencyReferred:
        return tr("Referred to %1 (%2% commission): %3 open")
            .arg(e.name, EscalationRecords::percentText(e.commissionBp), DisplayText::money(e.amount, currency));
    case CollectionEvent::Kind::AgencyCollected:
        return tr("Collected by %1: %2, commission %3 (a collection cost)")
            .arg(e.name, DisplayText::money(e.amount, currency), DisplayText::money(e.cost, currency));
    case CollectionEvent::Kind::AgencyRecalled:
        return tr("Recalled from %1: %2").arg(e.name, e.text);
    case CollectionEvent::Kind::Legal: {
        QString text = EscalationRecords::legalLabel(e.legalStep);
        if (!e.reference.isEmpty())
            text += tr(", ref. %1").arg(e.reference);
        if (e.cost > 0)
            text += tr("; fee %1").arg(DisplayText::money(e.cost, currency));
        if (!e.text.isEmpty())
            text += tr(" — %1").arg(e.text);
        return tr("Legal: %1").arg(text);
    }
    }
    return {};
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Line &line = m_lines.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(line, column);
    case RawValueRole:
        return raw(line, column);
    case EntryIdRole:
        return line.entry.id;
    case ReversibleRole:
        return isReversible(index.row());
    case Qt::TextAlignmentRole:
        return column == Amount || column == OpenAfter ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                       : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (line.entry.reversedBy) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        return line.entry.reversedBy ? QVariant(tr("Reversed: %1").arg(line.entry.reversalReason)) : QVariant();
    default:
        return {};
    }
}

QVariant TimelineModel::display(const Line &line, int column) const
{
    if (line.event) {
        const CollectionEvent &event = *line.event;
        switch (column) {
        case Date:
            return DisplayText::date(event.date);
        case What:
            return describe(event);
        case OpenAfter:
            return DisplayText::money(line.openAfter, m_ledger.currency());
        case Recorded:
            return tr("by %1, %2").arg(event.recordedBy, DisplayText::date(event.recordedAt.toLocalTime().date()));
        default:
            return {};
        }
    }
    const Entry &e = line.entry;
    switch (column) {
    case Date:
        return DisplayText::date(e.effectiveDate);
    case What:
        return e.reversedBy ? tr("%1 — reversed: %2").arg(describe(e), e.reversalReason) : describe(e);
    case Amount:
        return DisplayText::money(e.openDelta, m_ledger.currency());
    case OpenAfter:
        return DisplayText::money(line.openAfter, m_ledger.currency());
    case Recorded:
        // The time when it was recorded on its own day, else the day it was recorded.
        if (e.recordedAt.toLocalTime().date() != e.effectiveDate)
            return tr("by %1, %2").arg(e.recordedBy, DisplayText::date(e.recordedAt.toLocalTime().date()));
        return tr("by %1, %2").arg(e.recordedBy, DisplayText::time(e.recordedAt));
    default:
        return {};
    }
}

QVariant TimelineModel::raw(const Line &line, int column) const
{
    if (line.event) {
        switch (column) {
        case Date:
            return line.event->date;
        case OpenAfter:
            return line.openAfter;
        case Recorded:
            return line.event->recordedAt;
        default:
            return {};
        }
    }
    switch (column) {
    case Date:
        return line.entry.effectiveDate;
    case What:
        return entryKindKey(line.entry.kind);
    case Amount:
        return line.entry.openDelta;
    case OpenAfter:
        return line.openAfter;
    case Recorded:
        return line.entry.recordedAt;
    default:
        return {};
    }
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return section == Amount || section == OpenAfter ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                         : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Date:
        return tr("Date");
    case What:
        return tr("What");
    case Amount:
        return tr("Amount");
    case OpenAfter:
        return tr("Open");
    case Recorded:
        return tr("Recorded");
    default:
        return {};
    }
}

void TimelineModel::setDebt(qint64 debtId)
{
    // The same debt again (its row moved): only what changed.
    if (debtId == m_debtId) {
        update();
        return;
    }
    m_debtId = debtId;
    refresh();
}

Result<QList<TimelineModel::Line>> TimelineModel::read() const
{
    if (!m_debtId)
        return QList<Line>();
    const auto entries = m_ledger.debtTimeline(m_debtId);
    if (!entries)
        return entries.failure();
    const auto events = CollectionRecords(m_ledger.database()).debtEvents(m_debtId, m_ledger.clock().today());
    if (!events)
        return events.failure();
    // Events after the entries of their day: what was done follows what was owed.
    QList<Line> lines;
    qint64 open = 0;
    qsizetype next = 0;
    const QList<CollectionEvent> &done = events.value();
    const auto eventsUpTo = [&](const QDate &before) {
        for (; next < done.size() && (!before.isValid() || done.at(next).date < before); ++next)
            lines.append({ Entry(), open, done.at(next) });
    };
    for (const Entry &entry : entries.value()) {
        eventsUpTo(entry.effectiveDate);
        open += entry.openDelta;
        lines.append({ entry, open, std::nullopt });
    }
    eventsUpTo(QDate());
    return lines;
}

void TimelineModel::refresh()
{
    readStepNames();
    resetTo(read());
}

void TimelineModel::readStepNames()
{
    m_stepNames.clear();
    if (const auto policy = PolicyStore::read(m_ledger.database()))
        for (const LadderStep &step : policy->steps)
            m_stepNames.insert(step.key, CollectionPolicy::displayName(step));
}

void TimelineModel::update()
{
    auto lines = read();
    if (!lines || !m_loadError.isEmpty()
        || !patchRows(m_lines, lines.value(), [](const Line &line) { return key(line); }))
        resetTo(std::move(lines));
}

void TimelineModel::resetTo(Result<QList<Line>> lines)
{
    beginResetModel();
    m_loadError = lines ? QString() : lines.error();
    m_lines = lines ? std::move(lines).value() : QList<Line>();
    endResetModel();
}

qint64 TimelineModel::key(const Line &line)
{
    // Entries by their id; events by a negative number that names their table too.
    return line.event ? -(line.event->id * 64 + qint64(line.event->kind) + 1) : line.entry.id;
}

qint64 TimelineModel::entryId(int row) const
{
    return row >= 0 && row < m_lines.size() ? m_lines.at(row).entry.id : 0;
}

bool TimelineModel::isReversible(int row) const
{
    if (row < 0 || row >= m_lines.size())
        return false;
    if (m_lines.at(row).event)
        return false;
    const Entry &e = m_lines.at(row).entry;
    return e.kind != EntryKind::Reversal && !e.reversedBy;
}

} // namespace recoup
