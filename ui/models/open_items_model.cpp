// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/open_items_model.h"

#include "core/clock.h"
#include "ledger/ledger.h"
#include "models/display_text.h"

#include <QBrush>

namespace recoup {

OpenItemsModel::OpenItemsModel(Ledger &ledger, QObject *parent) : KeyedTableModel(parent), m_ledger(ledger) { }

int OpenItemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_debts.size());
}

int OpenItemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int OpenItemsModel::daysPastDue(const Debt &debt) const
{
    const qint64 days = debt.dueDate.daysTo(m_ledger.clock().today());
    return debt.openAmount > 0 && days > 0 ? int(days) : 0;
}

QVariant OpenItemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Debt &debt = m_debts.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(debt, column);
    case RawValueRole:
        return raw(debt, column);
    case DebtIdRole:
        return debt.id;
    case Qt::TextAlignmentRole:
        return column == Amount || column == Open || column == Late ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                                    : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if ((column == Due || column == Open || column == Late) && daysPastDue(debt) > 0)
            return QBrush(DisplayText::lateColor(daysPastDue(debt)));
        return {};
    case Qt::ToolTipRole:
        return column == Ref ? QVariant(debt.description) : QVariant();
    default:
        return {};
    }
}

QVariant OpenItemsModel::display(const Debt &debt, int column) const
{
    switch (column) {
    case Ref:
        return debt.ref;
    case Issued:
        return DisplayText::date(debt.issueDate);
    case Due:
        return DisplayText::date(debt.dueDate);
    case Amount:
        return DisplayText::money(debt.amount, m_ledger.currency());
    case Open:
        return DisplayText::money(debt.openAmount, m_ledger.currency());
    case Late: {
        // "!" next to the days, so lateness never rests on colour alone.
        const int days = daysPastDue(debt);
        return days > 0 ? tr("%1 !").arg(DisplayText::days(days)) : QString();
    }
    default:
        return {};
    }
}

QVariant OpenItemsModel::raw(const Debt &debt, int column) const
{
    switch (column) {
    case Ref:
        return debt.ref;
    case Issued:
        return debt.issueDate;
    case Due:
        return debt.dueDate;
    case Amount:
        return debt.amount;
    case Open:
        return debt.openAmount;
    case Late:
        return daysPastDue(debt);
    default:
        return {};
    }
}

QVariant OpenItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return section == Amount || section == Open || section == Late ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                                       : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Ref:
        return tr("Ref");
    case Issued:
        return tr("Issued");
    case Due:
        return tr("Due");
    case Amount:
        return tr("Amount");
    case Open:
        return tr("Open");
    case Late:
        return tr("Late");
    default:
        return {};
    }
}

void OpenItemsModel::setCustomer(qint64 customerId)
{
    m_customerId = customerId;
    refresh();
}

void OpenItemsModel::setIncludePaid(bool include)
{
    m_includePaid = include;
    refresh();
}

Result<QList<Debt>> OpenItemsModel::read() const
{
    if (!m_customerId)
        return QList<Debt>();
    return m_includePaid ? m_ledger.debts(m_customerId) : m_ledger.openDebts(m_customerId);
}

void OpenItemsModel::refresh()
{
    resetTo(read());
}

void OpenItemsModel::update()
{
    auto debts = read();
    if (!debts || !m_loadError.isEmpty()
        || !patchRows(m_debts, debts.value(), [](const Debt &debt) { return debt.id; }))
        resetTo(std::move(debts));
}

void OpenItemsModel::resetTo(Result<QList<Debt>> debts)
{
    beginResetModel();
    m_loadError = debts ? QString() : debts.error();
    m_debts = debts ? std::move(debts).value() : QList<Debt>();
    endResetModel();
}

qint64 OpenItemsModel::debtId(int row) const
{
    return row >= 0 && row < m_debts.size() ? m_debts.at(row).id : 0;
}

int OpenItemsModel::rowOf(qint64 debtId) const
{
    for (qsizetype i = 0; i < m_debts.size(); ++i)
        if (m_debts.at(i).id == debtId)
            return int(i);
    return -1;
}

qint64 OpenItemsModel::overdue() const
{
    qint64 sum = 0;
    for (const Debt &debt : m_debts)
        if (daysPastDue(debt) > 0)
            sum += debt.openAmount;
    return sum;
}

int OpenItemsModel::oldestDaysPastDue() const
{
    int oldest = 0;
    for (const Debt &debt : m_debts)
        oldest = std::max(oldest, daysPastDue(debt));
    return oldest;
}

} // namespace recoup
