// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "aging/book_reader.h"

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace recoup {

// The thread owns the connection: it is opened by the first job and closed when
// the event loop ends, both on this thread, as Qt's SQL connections require.
class BookReader::Thread final : public QThread
{
public:
    std::unique_ptr<Database> db;

protected:
    void run() override
    {
#ifdef Q_OS_LINUX
        // QThread::LowPriority does nothing under Linux's default scheduler; a
        // higher nice value for this thread alone lets the GUI thread go first
        // when both want the processor (a keystroke while the dashboard computes).
        setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), 10);
#endif
        exec();
        db.reset();
    }
};

BookReader::BookReader(QString path, Database::Access access, QObject *parent)
    : QObject(parent), m_path(std::move(path)), m_access(access), m_thread(std::make_unique<Thread>())
{
    m_thread->setObjectName(QStringLiteral("BookReader"));
    m_worker = new QObject;
    m_worker->moveToThread(m_thread.get());
    m_thread->start(QThread::LowPriority);
}

BookReader::~BookReader()
{
    // Jobs not started are dropped; the one running ends first (its result is
    // posted to a receiver that is still alive, and discarded with it).
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
}

void BookReader::post(std::function<void()> job)
{
    QMetaObject::invokeMethod(m_worker, std::move(job), Qt::QueuedConnection);
}

Result<Database *> BookReader::database()
{
    Q_ASSERT(QThread::currentThread() == m_thread.get());
    if (!m_thread->db) {
        // The window checks the book's integrity; this connection checks it only
        // before its first write (the aging totals it keeps).
        auto opened
            = Database::open(m_path, m_access, Migration::builtIn(), Database::Integrity::CheckBeforeFirstWrite);
        if (!opened)
            return Error{ opened.error() };
        m_thread->db = std::move(opened).value();
    }
    return m_thread->db.get();
}

} // namespace recoup
