// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/csv_reader.h"

#include <QString>
#include <QStringList>

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace recoup {

/// Reads CSV files on a thread of its own, one after another, while their
/// records are being checked: the import's reading (bytes to fields, UTF-8 to
/// text) then runs on the second core. Each file gets the records CsvReader
/// gives, in order, the same; at most a few thousand records wait at a time, so
/// the memory stays bounded whatever the size of the file.
class CsvReadAhead
{
public:
    /// Starts reading `paths` in this order; a path that cannot be opened as a
    /// file gives no records.
    explicit CsvReadAhead(const QStringList &paths);
    /// Stops the reading (what was not taken is dropped) and waits for the thread.
    ~CsvReadAhead();
    Q_DISABLE_COPY_MOVE(CsvReadAhead)

    /// The records of one of the files, taken in order on the caller's thread.
    class Source
    {
    public:
        /// The next record of the file; false at its end.
        bool next(CsvRecord &record);
        /// Nothing more is taken: the reading moves on to the next file.
        void stop();

    private:
        friend class CsvReadAhead;
        static constexpr size_t Chunk = 512;
        static constexpr size_t MaxChunksWaiting = 8;
        QString m_path;
        std::mutex m_mutex;
        std::condition_variable m_changed;
        std::deque<std::vector<CsvRecord>> m_chunks; ///< guarded by m_mutex
        bool m_finished = false; ///< the thread read the whole file; guarded by m_mutex
        bool m_stopped = false; ///< the taker wants no more; guarded by m_mutex
        std::vector<CsvRecord> m_taking; ///< the caller's: the chunk being taken
        size_t m_next = 0;
        void read();
    };

    /// The records of `path`, one of those given to the constructor; nullptr for another.
    Source *source(const QString &path);

private:
    std::vector<std::unique_ptr<Source>> m_sources;
    std::thread m_thread;
};

} // namespace recoup
