// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collections/collection_policy.h"

#include <QAbstractTableModel>

namespace recoup {

/// The steps of a collection policy being edited: the day, the name, the
/// action, the channel of reminders and whether a person approves it. Edits
/// stay here until the page saves the policy; nothing is written before.
class PolicyStepsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Day, Name, Action, Channel, Approval, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setSteps(const QList<LadderStep> &steps);
    const QList<LadderStep> &steps() const { return m_steps; }
    /// The steps in the order of their days, as a policy keeps them.
    QList<LadderStep> sortedSteps() const;
    /// A new step after `row` (or at the end), a week after it, with a key of its own.
    int addStep(int row);
    void removeStep(int row);
    /// Whether anything was edited since setSteps().
    bool isModified() const { return m_modified; }

    /// The choices the Action and Channel columns offer, as (label, key).
    static QList<std::pair<QString, QString>> actionChoices();
    static QList<std::pair<QString, QString>> channelChoices();
    /// "3 days before", "on the due date", "14 days after".
    static QString dayText(int offset);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    void modified();

private:
    QString uniqueKey(const QString &base) const;
    void touch(int row);

    QList<LadderStep> m_steps;
    bool m_modified = false;
};

} // namespace recoup
