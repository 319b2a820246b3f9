// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collections/collection_event.h"
#include "core/result.h"
#include "ledger/entry.h"
#include "models/keyed_table_model.h"

#include <QHash>

#include <optional>

namespace recoup {

class Ledger;

/// Every entry of one debt, oldest first: the sale, payments applied to it,
/// adjustments and reversals, each with the open amount after it and who
/// recorded it. Reversed entries are struck through and say why. What was
/// done about the debt (contacts, promises, disputes, ladder steps) is shown
/// among them on its day, without an amount.
class TimelineModel final : public KeyedTableModel
{
    Q_OBJECT
public:
    enum Column { Date, What, Amount, OpenAfter, Recorded, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole + 1, EntryIdRole, ReversibleRole };

    explicit TimelineModel(Ledger &ledger, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(TimelineModel)

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Shows the entries of a debt (0: none); the same debt again is updated, not reset.
    void setDebt(qint64 debtId);
    qint64 debtId() const { return m_debtId; }
    /// Reads the entries again and resets the model.
    void refresh();
    /// Reads the entries again and signals only the lines that changed.
    void update();
    qint64 entryId(int row) const;
    /// Why the last refresh could not read the book (empty when it could).
    const QString &loadError() const { return m_loadError; }
    /// Whether the entry of a row can still be reversed.
    bool isReversible(int row) const;

    /// "Sale S-1041", "Payment (cash)", "Reversal: wrong customer".
    static QString describe(const Entry &entry);
    /// "Call: no answer", "Promise to pay 50.00 by 3/20/2026", "Done: Second reminder".
    QString describe(const CollectionEvent &event) const;

private:
    struct Line
    {
        Entry entry; ///< id 0 for a collections event
        qint64 openAfter = 0;
        std::optional<CollectionEvent> event;

        bool operator==(const Line &) const = default;
    };
    Result<QList<Line>> read() const;
    void readStepNames();
    static qint64 key(const Line &line);
    void resetTo(Result<QList<Line>> lines);
    QVariant display(const Line &line, int column) const;
    QVariant raw(const Line &line, int column) const;

    Ledger &m_ledger;
    qint64 m_debtId = 0;
    QList<Line> m_lines;
    /// The ladder's step names, by key, read with the lines.
    QHash<QString, QString> m_stepNames;
    QString m_loadError;
};

} // namespace recoup
