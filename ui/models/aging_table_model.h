// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "aging/aging_report.h"
#include "core/currency.h"
#include "models/keyed_table_model.h"

#include <QSortFilterProxyModel>

namespace recoup {

/// The aging per customer: reference, name, one column per bucket, credit and
/// balance, and a last row with the totals that always stays last. A new
/// report with the same buckets updates only the rows that differ.
class AgingTableModel final : public KeyedTableModel
{
    Q_OBJECT
public:
    enum Role {
        RawValueRole = Qt::UserRole + 1, ///< qint64 amounts, QString texts
        CustomerIdRole,
        IsTotalRole,
    };

    explicit AgingTableModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(AgingTableModel)

    void setReport(const AgingReport &report, const Currency &currency);
    const AgingReport &report() const { return m_report; }

    /// Column of bucket i, and the bucket of a column (-1 when it is not one).
    static int bucketColumn(int bucket) { return FirstBucket + bucket; }
    int bucketOf(int column) const;
    int creditColumn() const;
    int balanceColumn() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    static constexpr int FirstBucket = 2;
    static QList<AgingLine> linesOf(const AgingReport &report);
    qint64 amount(const AgingLine &line, int column) const;

    AgingReport m_report;
    QList<AgingLine> m_lines; ///< the customers, then the total (customer id 0)
    Currency m_currency;
};

/// Sorts the aging with the totals row kept last, and shows only the customers
/// with something in one bucket when a bucket is chosen.
class AgingFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit AgingFilterModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(AgingFilterModel)

    /// -1 shows every customer.
    void setBucket(int bucket);
    int bucket() const { return m_bucket; }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    int m_bucket = -1;
};

} // namespace recoup
