// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "aging/aging_buckets.h"

#include <QCoreApplication>

namespace recoup {

AgingBuckets::AgingBuckets() : m_edges({ 30, 60, 90 }) { }

Result<AgingBuckets> AgingBuckets::fromEdges(const QList<int> &edges)
{
    int previous = 0;
    for (int edge : edges) {
        if (edge <= previous)
            return Error{ QCoreApplication::translate(
                "AgingBuckets", "Bucket edges must be whole days, each larger than the one before and at least 1.") };
        previous = edge;
    }
    // More than a few decades past due is not a bucket anyone needs.
    if (previous > 36500)
        return Error{ QCoreApplication::translate("AgingBuckets", "A bucket edge cannot be more than 36500 days.") };
    return AgingBuckets(edges);
}

Result<AgingBuckets> AgingBuckets::parse(const QString &text)
{
    QList<int> edges;
    const QStringList parts = text.split(QLatin1Char(','));
    for (const QString &part : parts) {
        bool ok = false;
        const int edge = part.trimmed().toInt(&ok);
        if (!ok)
            return Error{ QCoreApplication::translate(
                "AgingBuckets", "“%1” is not a list of bucket edges in days, such as 30,60,90.")
                              .arg(text) };
        edges.append(edge);
    }
    return fromEdges(edges);
}

int AgingBuckets::bucketFor(qint64 daysPastDue) const
{
    if (daysPastDue <= 0)
        return 0;
    for (int i = 0; i < m_edges.size(); ++i)
        if (daysPastDue <= m_edges.at(i))
            return i + 1;
    return int(m_edges.size()) + 1;
}

QStringList AgingBuckets::keys() const
{
    QStringList keys{ QStringLiteral("current") };
    int from = 1;
    for (int edge : m_edges) {
        keys.append(QStringLiteral("%1-%2").arg(from).arg(edge));
        from = edge + 1;
    }
    keys.append(QStringLiteral("%1+").arg(from));
    return keys;
}

QStringList AgingBuckets::titles() const
{
    QStringList titles = keys();
    titles[0] = QCoreApplication::translate("AgingBuckets", "Current");
    return titles;
}

} // namespace recoup
