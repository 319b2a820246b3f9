// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/policy_steps_model.h"

#include "models/display_text.h"

#include <algorithm>

namespace recoup {

namespace {

constexpr int DaysToNextStep = 7;

const QList<LadderAction> AllActions = { LadderAction::Reminder, LadderAction::Call, LadderAction::LateFee,
    LadderAction::FinalNotice, LadderAction::StopCredit, LadderAction::Agency, LadderAction::LegalLetter };

} // namespace

void PolicyStepsModel::setSteps(const QList<LadderStep> &steps)
{
    beginResetModel();
    m_steps = steps;
    m_modified = false;
    endResetModel();
}

QList<LadderStep> PolicyStepsModel::sortedSteps() const
{
    QList<LadderStep> sorted = m_steps;
    std::stable_sort(sorted.begin(), sorted.end(),
        [](const LadderStep &a, const LadderStep &b) { return a.dayOffset < b.dayOffset; });
    return sorted;
}

QString PolicyStepsModel::uniqueKey(const QString &base) const
{
    // Keys name a step for good (what was done is recorded under it): never reuse one in the policy.
    for (int n = 2;; ++n) {
        const QString key = QStringLiteral("%1_%2").arg(base).arg(n);
        if (std::none_of(m_steps.begin(), m_steps.end(), [&](const LadderStep &s) { return s.key == key; }))
            return key;
    }
}

int PolicyStepsModel::addStep(int row)
{
    const int at = row < 0 || row >= m_steps.size() ? static_cast<int>(m_steps.size()) : row + 1;
    LadderStep step;
    step.action = LadderAction::Reminder;
    step.channel = Channel::Email;
    step.dayOffset = at > 0 ? m_steps.at(at - 1).dayOffset + DaysToNextStep : 0;
    // Two steps on one day are refused by the policy: move on to a free day.
    while (
        std::any_of(m_steps.begin(), m_steps.end(), [&](const LadderStep &s) { return s.dayOffset == step.dayOffset; }))
        ++step.dayOffset;
    step.key = uniqueKey(CollectionPolicy::actionKey(step.action));
    beginInsertRows({}, at, at);
    m_steps.insert(at, step);
    endInsertRows();
    m_modified = true;
    Q_EMIT modified();
    return at;
}

void PolicyStepsModel::removeStep(int row)
{
    if (row < 0 || row >= m_steps.size())
        return;
    beginRemoveRows({}, row, row);
    m_steps.removeAt(row);
    endRemoveRows();
    m_modified = true;
    Q_EMIT modified();
}

QList<std::pair<QString, QString>> PolicyStepsModel::actionChoices()
{
    QList<std::pair<QString, QString>> choices;
    for (LadderAction action : AllActions)
        choices.append({ CollectionPolicy::actionLabel(action), CollectionPolicy::actionKey(action) });
    return choices;
}

QList<std::pair<QString, QString>> PolicyStepsModel::channelChoices()
{
    QList<std::pair<QString, QString>> choices;
    for (recoup::Channel channel : CollectionPolicy::allChannels())
        if (CollectionPolicy::isReminderChannel(channel))
            choices.append({ DisplayText::capitalized(CollectionPolicy::channelLabel(channel)),
                CollectionPolicy::channelKey(channel) });
    return choices;
}

QString PolicyStepsModel::dayText(int offset)
{
    if (offset == 0)
        return tr("On the due date");
    return offset < 0 ? tr("%1 before").arg(DisplayText::days(-offset)) : tr("%1 after").arg(DisplayText::days(offset));
}

int PolicyStepsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_steps.size());
}

int PolicyStepsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PolicyStepsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LadderStep &step = m_steps.at(index.row());
    const bool reminder = step.action == LadderAction::Reminder;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Day:
            return dayText(step.dayOffset);
        case Name:
            return CollectionPolicy::displayName(step);
        case Action:
            return CollectionPolicy::actionLabel(step.action);
        case Channel:
            return reminder ? DisplayText::capitalized(CollectionPolicy::channelLabel(step.channel)) : QString();
        }
        return {};
    case Qt::EditRole:
        switch (index.column()) {
        case Day:
            return step.dayOffset;
        case Name:
            return step.name.isEmpty() ? CollectionPolicy::displayName(step) : step.name;
        case Action:
            return CollectionPolicy::actionKey(step.action);
        case Channel:
            return CollectionPolicy::channelKey(step.channel);
        }
        return {};
    case Qt::CheckStateRole:
        if (index.column() == Approval)
            return step.needsApproval ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Approval)
            return tr("Ticked: the step waits on Today until a person approves it.");
        if (index.column() == Day)
            return tr("Days from the due date; a negative number is before it.");
        return {};
    }
    return {};
}

QVariant PolicyStepsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Day:
        return tr("When (from the due date)");
    case Name:
        return tr("Step");
    case Action:
        return tr("What is done");
    case Channel:
        return tr("Sent by");
    case Approval:
        return tr("Approve first");
    }
    return {};
}

Qt::ItemFlags PolicyStepsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == Approval)
        return f | Qt::ItemIsUserCheckable;
    if (index.column() == Channel && m_steps.at(index.row()).action != LadderAction::Reminder)
        return f;
    return f | Qt::ItemIsEditable;
}

bool PolicyStepsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    LadderStep &step = m_steps[index.row()];
    if (role == Qt::CheckStateRole && index.column() == Approval) {
        step.needsApproval = value.value<Qt::CheckState>() == Qt::Checked;
    } else if (role != Qt::EditRole) {
        return false;
    } else if (index.column() == Day) {
        bool ok = false;
        const int days = value.toInt(&ok);
        if (!ok || days < CollectionPolicy::MinOffset || days > CollectionPolicy::MaxOffset)
            return false;
        step.dayOffset = days;
    } else if (index.column() == Name) {
        // A name equal to the default is no name of its own: it follows the language.
        const QString name = value.toString().trimmed();
        LadderStep unnamed = step;
        unnamed.name.clear();
        step.name = name == CollectionPolicy::displayName(unnamed) ? QString() : name;
    } else if (index.column() == Action) {
        if (!CollectionPolicy::actionFromKey(value.toString(), &step.action))
            return false;
    } else if (index.column() == Channel) {
        if (!CollectionPolicy::channelFromKey(value.toString(), &step.channel)
            || !CollectionPolicy::isReminderChannel(step.channel))
            return false;
    } else {
        return false;
    }
    touch(index.row());
    return true;
}

void PolicyStepsModel::touch(int row)
{
    m_modified = true;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    Q_EMIT modified();
}

} // namespace recoup
