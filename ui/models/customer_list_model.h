// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collections/escalation_records.h"
#include "ledger/customer_directory.h"
#include "models/keyed_table_model.h"

namespace recoup {

class Ledger;
struct ChangeSet;

/// The customer list: pages of CustomerDirectory fetched as the view scrolls,
/// sorted and filtered by the directory's SQL. When the books change it reads
/// the fetched rows again (same sort, same filter) and updates only the rows
/// that differ, so the view keeps its selection and scroll position. The last
/// column flags what the owner must see at the counter: credit stopped, with an
/// agency, in legal, written off.
class CustomerListModel final : public KeyedTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Phone, Balance, Overdue, Days, LastPaid, Flags, ColumnCount };
    enum Role {
        RawValueRole = Qt::UserRole + 1, ///< the unformatted value: QString, qint64, int or QDate
        CustomerIdRole,
    };
    /// Rows fetched at a time.
    static constexpr int PageSize = 200;

    CustomerListModel(Ledger &ledger, const CustomerDirectory &directory, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(CustomerListModel)

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setFilter(const QString &text);
    /// Only the customers with that flag, and (when given) among those customers.
    void setShown(CustomerFlag flag, const std::optional<QList<qint64>> &only = std::nullopt);
    CustomerFlag flag() const { return m_query.flag; }
    const QString &filter() const { return m_query.filter; }
    /// Customers matching the filter, fetched or not.
    qint64 matchCount() const { return m_matches; }
    /// Customers in the book.
    qint64 bookCount() const { return m_bookCount; }
    /// Why the last read of the book failed (empty when it did not).
    const QString &loadError() const { return m_loadError; }
    qint64 customerId(int row) const;
    /// The flags of a customer (none when it has none).
    CustomerFlags flags(qint64 customerId) const { return m_flags.value(customerId); }
    /// "Credit stopped, with agency": the flags in words.
    static QString flagsText(const CustomerFlags &flags);
    /// The row of a customer among those fetched, or -1.
    int rowOf(qint64 customerId) const;
    /// Queries again, keeping sort, filter and as many rows as were fetched, and
    /// resets the model.
    void refresh();
    /// Queries again like refresh(), but signals only the rows that differ
    /// (resetting when that is more than LargeChange rows).
    void update();

Q_SIGNALS:
    /// The number of matches or of customers changed.
    void countsChanged();

private:
    /// The counts and the first rows, read together.
    struct Snapshot
    {
        qint64 matches = 0;
        qint64 bookCount = 0;
        QList<CustomerSummary> rows;
        QHash<qint64, CustomerFlags> flags;
    };
    Result<Snapshot> read(int rows) const;
    void booksChanged(const ChangeSet &changes);
    void reload(int rows);
    void resetTo(Result<Snapshot> snapshot);
    QVariant display(const CustomerSummary &row, int column) const;
    QVariant raw(const CustomerSummary &row, int column) const;

    Ledger &m_ledger;
    const CustomerDirectory &m_directory;
    CustomerQuery m_query;
    QList<CustomerSummary> m_rows;
    QHash<qint64, CustomerFlags> m_flags;
    qint64 m_matches = 0;
    qint64 m_bookCount = 0;
    QString m_loadError;
    /// While rows are patched a view must not fetch more: the rows are not the book's yet.
    bool m_updating = false;
};

} // namespace recoup
