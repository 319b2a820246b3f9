// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QSet>

namespace recoup {

/// What a write changed: the customers, debts and entries it added or touched.
/// Sent once after the outermost commit, so listeners update just those rows.
struct ChangeSet
{
    QSet<qint64> customers;
    QSet<qint64> debts;
    QSet<qint64> entries;
    /// More than the sets can say (an import): everything may have changed.
    bool everything = false;
    /// Another program (or another window) wrote the book: everything may have
    /// changed, and the sets are empty. Always with `everything`.
    bool outside = false;

    /// The notice of a change made by another program.
    static ChangeSet fromOutside()
    {
        ChangeSet changes;
        changes.everything = true;
        changes.outside = true;
        return changes;
    }

    bool isEmpty() const { return !everything && customers.isEmpty() && debts.isEmpty() && entries.isEmpty(); }
    void unite(const ChangeSet &other)
    {
        customers.unite(other.customers);
        debts.unite(other.debts);
        entries.unite(other.entries);
        everything = everything || other.everything;
        outside = outside || other.outside;
    }
};

} // namespace recoup

Q_DECLARE_METATYPE(recoup::ChangeSet)
