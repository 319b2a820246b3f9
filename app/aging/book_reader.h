// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "db/database.h"

#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

namespace recoup {

/// Reads a book off the GUI thread: long reads (the aging, the dashboard) run
/// on a thread of their own with a connection of their own (a connection belongs
/// to the thread that opened it), and their result comes back to the GUI thread.
///
/// Each caller has a Ticket: a new request makes the ones before it stale; a
/// stale request is skipped if it has not started and its result is dropped if
/// it has. Destroying the reader waits for the read in progress and drops the
/// rest, then closes its connection; so the receiver of the results must own
/// the reader and destroy it first (a page does so in its destructor).
class BookReader final : public QObject
{
    Q_OBJECT
public:
    /// Which request of one caller is the latest.
    class Ticket
    {
    public:
        Ticket() : m_latest(std::make_shared<std::atomic<quint64>>(0)) { }
        /// Makes every earlier request stale and returns the new one's number.
        quint64 next() { return ++*m_latest; }
        bool isCurrent(quint64 request) const { return *m_latest == request; }
        /// Makes every request stale (the caller no longer wants them).
        void cancel() { ++*m_latest; }

    private:
        friend class BookReader;
        std::shared_ptr<std::atomic<quint64>> m_latest;
    };

    /// Reads the book at path; the connection is opened on the first request.
    /// Opened for writing only so the aging totals it computes can be kept (in
    /// a short transaction of its own, app/aging/aging_totals_cache.cpp); it
    /// records nothing else. A book the window only reads is read so here too.
    explicit BookReader(QString path, Database::Access access, QObject *parent = nullptr);
    ~BookReader() override;
    Q_DISABLE_COPY_MOVE(BookReader)

    /// Runs readBook(db) on the reader's thread, then done(result) on the
    /// receiver's thread, unless by then the request is stale.
    template <typename T>
    void read(QObject *receiver, Ticket &ticket, std::function<Result<T>(Database &)> readBook,
        std::function<void(const Result<T> &)> done)
    {
        const quint64 request = ticket.next();
        auto latest = ticket.m_latest;
        post([this, request, latest, receiver, readBook = std::move(readBook), done = std::move(done)] {
            if (*latest != request)
                return; // a newer request came first: this one would be thrown away
            auto db = database();
            auto result = db ? readBook(*db.value()) : Result<T>(Error{ db.error() });
            QMetaObject::invokeMethod(
                receiver,
                [request, latest, done, result = std::move(result)] {
                    if (*latest == request)
                        done(result);
                },
                Qt::QueuedConnection);
        });
    }

private:
    class Thread;
    void post(std::function<void()> job);
    /// The reader's own connection; only called on its thread.
    Result<Database *> database();

    QString m_path;
    Database::Access m_access;
    std::unique_ptr<Thread> m_thread;
    QObject *m_worker = nullptr; ///< lives on m_thread, runs the jobs
};

} // namespace recoup
