// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collections/worklist.h"
#include "core/currency.h"

#include <QAbstractTableModel>

namespace recoup {

/// The tasks of a worklist, one row each: who, what to do, why (the ladder's
/// step, the promise, the follow-up), how much, how late, and which sales.
class WorklistModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { CustomerColumn, ActionColumn, ReasonColumn, AmountColumn, DaysColumn, SalesColumn, ColumnCount };
    enum Role { CustomerIdRole = Qt::UserRole + 1 };

    explicit WorklistModel(QObject *parent = nullptr);

    void setWorklist(const Worklist &worklist, const Currency &currency);
    const Worklist &worklist() const { return m_worklist; }
    const WorkTask *task(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The most days past due among the task's sales.
    static qint64 mostDaysLate(const WorkTask &task);

private:
    Worklist m_worklist;
    Currency m_currency;
};

} // namespace recoup
