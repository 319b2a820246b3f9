// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/csv_read_ahead.h"

#include <QFile>
#include <QFileInfo>

namespace recoup {

CsvReadAhead::CsvReadAhead(const QStringList &paths)
{
    for (const QString &path : paths) {
        m_sources.push_back(std::make_unique<Source>());
        m_sources.back()->m_path = path;
    }
    m_thread = std::thread([this] {
        for (const std::unique_ptr<Source> &source : m_sources)
            source->read();
    });
}

CsvReadAhead::~CsvReadAhead()
{
    for (const std::unique_ptr<Source> &source : m_sources)
        source->stop();
    m_thread.join();
}

CsvReadAhead::Source *CsvReadAhead::source(const QString &path)
{
    for (const std::unique_ptr<Source> &source : m_sources)
        if (source->m_path == path)
            return source.get();
    return nullptr;
}

void CsvReadAhead::Source::read()
{
    QFile file(m_path);
    // Only an ordinary file: opening a FIFO would wait for a writer.
    if (QFileInfo(m_path).isFile() && file.open(QIODevice::ReadOnly)) {
        CsvReader reader(file);
        std::vector<CsvRecord> chunk;
        chunk.reserve(Chunk);
        bool more = true;
        while (more) {
            CsvRecord record;
            more = reader.next(record);
            if (more)
                chunk.push_back(std::move(record));
            if (chunk.size() < Chunk && more)
                continue;
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_stopped || m_chunks.size() < MaxChunksWaiting; });
            if (m_stopped)
                break;
            if (!chunk.empty())
                m_chunks.push_back(std::exchange(chunk, {}));
            chunk.reserve(Chunk);
            lock.unlock();
            m_changed.notify_all();
        }
    }
    {
        const std::lock_guard lock(m_mutex);
        m_finished = true;
    }
    m_changed.notify_all();
}

bool CsvReadAhead::Source::next(CsvRecord &record)
{
    if (m_next >= m_taking.size()) {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_stopped || m_finished || !m_chunks.empty(); });
        if (m_chunks.empty())
            return false;
        m_taking = std::move(m_chunks.front());
        m_chunks.pop_front();
        m_next = 0;
        lock.unlock();
        m_changed.notify_all();
    }
    record = std::move(m_taking[m_next++]);
    return true;
}

void CsvReadAhead::Source::stop()
{
    m_taking.clear();
    m_next = 0;
    {
        const std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_chunks.clear();
    }
    m_changed.notify_all();
}

} // namespace recoup
