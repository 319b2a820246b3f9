// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

namespace recoup {

class Ledger;
struct ChangeSet;

/// Notices another program writing the same book (a second counter, the
/// command line): twice a second it asks SQLite whether another connection has
/// committed since it last looked, which reads nothing from the book. When one
/// has, and the audit chain grew (the books changed, not a cache this program
/// keeps on another connection), the ledger announces a change from outside:
/// everything may have changed. The window's own writes never count: SQLite
/// does not report a connection's own commits.
class OutsideChangeWatcher final : public QObject
{
    Q_OBJECT
public:
    /// How often to look, in milliseconds: well within the second a user waits.
    static constexpr int IntervalMs = 500;

    explicit OutsideChangeWatcher(Ledger &ledger, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(OutsideChangeWatcher)

    /// Looks once now; the timer calls it.
    void check();

private:
    void ownChange(const ChangeSet &changes);

    Ledger &m_ledger;
    QTimer m_timer;
    qint64 m_dataVersion = -1;
    qint64 m_lastAudit = -1;
};

} // namespace recoup
