// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/worklist_model.h"

#include "models/display_text.h"

#include <QBrush>
#include <QStringList>

#include <algorithm>

namespace recoup {

WorklistModel::WorklistModel(QObject *parent) : QAbstractTableModel(parent) { }

void WorklistModel::setWorklist(const Worklist &worklist, const Currency &currency)
{
    beginResetModel();
    m_worklist = worklist;
    m_currency = currency;
    endResetModel();
}

const WorkTask *WorklistModel::task(int row) const
{
    return row >= 0 && row < m_worklist.tasks().size() ? &m_worklist.tasks().at(row) : nullptr;
}

int WorklistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_worklist.tasks().size());
}

int WorklistModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 WorklistModel::mostDaysLate(const WorkTask &task)
{
    qint64 most = 0;
    for (const TaskLine &line : task.lines)
        most = std::max(most, line.daysPastDue);
    return most;
}

QVariant WorklistModel::data(const QModelIndex &index, int role) const
{
    const WorkTask *t = task(index.row());
    if (!t)
        return {};
    if (role == CustomerIdRole)
        return t->customerId;
    const qint64 late = mostDaysLate(*t);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CustomerColumn:
            return t->customerName;
        case ActionColumn:
            return Worklist::describe(*t);
        case SalesColumn: {
            QStringList refs;
            for (const TaskLine &line : t->lines)
                refs << line.debtRef;
            return refs.join(QStringLiteral(", "));
        }
        case AmountColumn:
            return t->lines.isEmpty() ? QVariant() : QVariant(DisplayText::money(t->total(), m_currency));
        case DaysColumn:
            return t->lines.isEmpty() || late <= 0 ? QVariant() : QVariant(DisplayText::days(int(late)));
        case ReasonColumn:
            // The days are in their own column; a step is named by the ladder.
            return t->kind == TaskKind::Step ? t->stepName
                                             : Worklist::reason(*t, nullptr, m_currency, Worklist::Writing::Locale);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == CustomerColumn)
            return t->customerRef;
        if (index.column() == ReasonColumn)
            return Worklist::reason(*t, nullptr, m_currency, Worklist::Writing::Locale);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == AmountColumn || index.column() == DaysColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        // The number says how late; the colour only repeats it (UI.md).
        if (index.column() == DaysColumn && late > 0)
            return QBrush(DisplayText::lateColor(int(late)));
        break;
    }
    return {};
}

QVariant WorklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CustomerColumn:
        return tr("Customer");
    case ActionColumn:
        return tr("To do");
    case SalesColumn:
        return tr("Sales");
    case AmountColumn:
        return tr("Open");
    case DaysColumn:
        return tr("Late");
    case ReasonColumn:
        return tr("Why");
    }
    return {};
}

} // namespace recoup
