// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collections/fee_run.h"
#include "core/currency.h"

#include <QAbstractTableModel>

namespace recoup {

/// The charges of a fee run, one row each, as the preview before posting shows them.
class FeePlanModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        CustomerColumn,
        SaleColumn,
        ChargeColumn,
        PeriodColumn,
        DaysColumn,
        BasisColumn,
        AmountColumn,
        ItemColumn,
        ColumnCount
    };

    explicit FeePlanModel(QObject *parent = nullptr);

    void setPlan(const FeePlan &plan, const Currency &currency);
    const FeePlan &plan() const { return m_plan; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    FeePlan m_plan;
    Currency m_currency;
};

} // namespace recoup
