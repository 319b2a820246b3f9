// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "aging/customer_statement.h"
#include "documents/statement_batch.h"

#include <QDate>
#include <QStringList>
#include <QThread>

#include <atomic>

namespace recoup {

class Clock;

/// A batch of statements made on a thread of its own, with a connection of
/// its own to the book (a connection belongs to the thread that opened it, as
/// BookReader's does), so the window keeps answering while a thousand PDFs are
/// written. Progress and the end come back as queued signals; cancel() stops
/// it after the statement in hand, keeping (and recording) what was written.
class StatementRun final : public QThread
{
    Q_OBJECT
public:
    struct Request
    {
        QString bookPath;
        QString user;
        const Clock *clock = nullptr; ///< the window's clock: it outlives the run
        StatementKind kind = StatementKind::OpenItem;
        QDate from;
        QDate asOf;
        QString folder;
        StatementBatch::Output output = StatementBatch::Output::FilePerCustomer;
    };

    explicit StatementRun(Request request, QObject *parent = nullptr);
    ~StatementRun() override;
    Q_DISABLE_COPY_MOVE(StatementRun)

    void cancel() { m_cancel = true; }

Q_SIGNALS:
    void progressed(int done, int total);
    /// At the end: how many were written of how many, whether it was
    /// cancelled, the files, and why it stopped when it failed (else empty).
    void ended(int written, int total, bool cancelled, const QStringList &files, const QString &error);

protected:
    void run() override;

private:
    Request m_request;
    std::atomic<bool> m_cancel = false;
};

} // namespace recoup
