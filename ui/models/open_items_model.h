// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "ledger/debt.h"
#include "models/keyed_table_model.h"

namespace recoup {

class Ledger;

/// A customer's debts with something still open, in allocation order (oldest
/// due first), with how late each one is.
class OpenItemsModel final : public KeyedTableModel
{
    Q_OBJECT
public:
    enum Column { Ref, Issued, Due, Amount, Open, Late, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole + 1, DebtIdRole };

    explicit OpenItemsModel(Ledger &ledger, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(OpenItemsModel)

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Shows the open items of a customer (0: none) as the ledger has them now.
    void setCustomer(qint64 customerId);
    /// Lists paid sales too, so their history can be seen and corrected.
    void setIncludePaid(bool include);
    bool includePaid() const { return m_includePaid; }
    /// Reads the items again and resets the model.
    void refresh();
    /// Reads the items again and signals only the rows that changed.
    void update();
    qint64 debtId(int row) const;
    /// Why the last refresh could not read the book (empty when it could).
    const QString &loadError() const { return m_loadError; }
    int rowOf(qint64 debtId) const;
    /// Open amount of the items due before today.
    qint64 overdue() const;
    /// Days past due of the oldest overdue item, 0 if none.
    int oldestDaysPastDue() const;

private:
    Result<QList<Debt>> read() const;
    void resetTo(Result<QList<Debt>> debts);
    int daysPastDue(const Debt &debt) const;
    QVariant display(const Debt &debt, int column) const;
    QVariant raw(const Debt &debt, int column) const;

    Ledger &m_ledger;
    qint64 m_customerId = 0;
    bool m_includePaid = false;
    QList<Debt> m_debts;
    QString m_loadError;
};

} // namespace recoup
