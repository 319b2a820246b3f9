// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace recoup {

/// The columns of an aging: Current (days past due <= 0), then one bucket per
/// upper edge ("1-30", "31-60", "61-90") and the last one open-ended ("91+").
class AgingBuckets
{
public:
    /// The default edges 30, 60, 90.
    AgingBuckets();

    /// Buckets from upper edges in days, strictly increasing, each at least 1.
    static Result<AgingBuckets> fromEdges(const QList<int> &edges);
    /// Parses "15,45,90" (as given to `--buckets`).
    static Result<AgingBuckets> parse(const QString &text);

    const QList<int> &edges() const { return m_edges; }
    /// How many columns: Current, one per edge, and the open-ended last one.
    int count() const { return int(m_edges.size()) + 2; }
    /// Which column an item that many days past due falls in.
    int bucketFor(qint64 daysPastDue) const;
    /// The export header of each column: "current", "1-30", ..., "91+".
    QStringList keys() const;
    /// The translated column titles: "Current", "1-30", ..., "91+".
    QStringList titles() const;

    bool operator==(const AgingBuckets &other) const = default;

private:
    explicit AgingBuckets(QList<int> edges) : m_edges(std::move(edges)) { }

    QList<int> m_edges;
};

} // namespace recoup
