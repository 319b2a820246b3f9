// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/fee_plan_model.h"

#include "models/display_text.h"

namespace recoup {

FeePlanModel::FeePlanModel(QObject *parent) : QAbstractTableModel(parent) { }

void FeePlanModel::setPlan(const FeePlan &plan, const Currency &currency)
{
    beginResetModel();
    m_plan = plan;
    m_currency = currency;
    endResetModel();
}

int FeePlanModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_plan.lines.size());
}

int FeePlanModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FeePlanModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FeeLine &line = m_plan.lines.at(index.row());
    const FeeCharge &c = line.charge;
    if (role == Qt::TextAlignmentRole)
        return index.column() == DaysColumn || index.column() == BasisColumn || index.column() == AmountColumn
            ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
            : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole)
        return FeeRun::describe(line);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case CustomerColumn:
        return line.customerName;
    case SaleColumn:
        return line.sourceRef;
    case ChargeColumn:
        if (c.kind == DebtKind::Interest)
            return c.minimum ? tr("Interest (the minimum)") : tr("Interest");
        return c.capped ? tr("Late fee (up to the cap)") : tr("Late fee");
    case PeriodColumn:
        return c.periodFrom == c.periodTo
            ? DisplayText::date(c.periodFrom)
            : tr("%1 to %2").arg(DisplayText::date(c.periodFrom), DisplayText::date(c.periodTo));
    case DaysColumn:
        return tr("%1 days").arg(line.daysPastDue);
    case BasisColumn:
        return DisplayText::money(c.basis, m_currency);
    case AmountColumn:
        return DisplayText::money(c.amount, m_currency);
    case ItemColumn:
        return line.ref;
    }
    return {};
}

QVariant FeePlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CustomerColumn:
        return tr("Customer");
    case SaleColumn:
        return tr("Sale");
    case ChargeColumn:
        return tr("Charge");
    case PeriodColumn:
        return tr("Period");
    case DaysColumn:
        return tr("Past due");
    case BasisColumn:
        return tr("Charged on");
    case AmountColumn:
        return tr("Amount");
    case ItemColumn:
        return tr("New item");
    }
    return {};
}

} // namespace recoup
