// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledger/audit_log.h"
#include "ledger/customer.h"
#include "ledger/entry_writer.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QDate>
#include <QString>

#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

namespace recoup {

/// Makes the audit records of a bulk write (each one's details, then its hash
/// on the one before) on a thread of its own, while the records to be are
/// still being added: the chain (JSON and a SHA-256 per record) is then ready,
/// or nearly, when the rows have been written. The records are those
/// AuditLog::makeRecord makes, byte for byte, written straight as UTF-8
/// (JsonText) instead of through QJsonObject and QString.
class AuditChainer
{
public:
    /// An audit record to be: the customer, sale or payment as added.
    struct Pending
    {
        enum Kind { Customer, Debt, Payment } kind = Customer;
        qint64 objectId = 0;
        qint64 customerId = 0;
        qint64 amount = 0;
        qint64 allocated = 0;
        QDate date;
        QDate dueDate;
        QString text; ///< the customer's or debt's ref, the payment's method
        QString name;
        /// The rows the action wrote, bound into its record (CanonicalRows)
        /// as the EntryWriter binds them: the customer's row, or the debt's,
        /// and the entries, with ids from firstEntryId.
        bool bindRows = false;
        CustomerInput customer{}; ///< the customer's details, checked
        QString phoneE164{};
        QString description{}; ///< the debt's
        std::optional<int> termsDays{};
        std::vector<NewEntry> entries{};
        qint64 firstEntryId = 0;
    };

    /// Records follow `head` (the chain's last hash), recorded at `now` by
    /// `user`; the rows bound were written at `now` too (created_at: `createdAt`).
    AuditChainer(QString head, QString now, QString user, QString createdAt = QString());
    /// Stops the thread if finish() was not called (a failed import).
    ~AuditChainer();
    Q_DISABLE_COPY_MOVE(AuditChainer)

    /// The next record to be, in the chain's order.
    void add(Pending pending);
    /// A record made: its text as the book stores it (UTF-8); recorded_at,
    /// recorded_by and action ("add") are those the chainer was given, and
    /// prev_hash the hash of the record before (the head for the first).
    struct Record
    {
        Pending::Kind kind = Pending::Customer;
        qint64 objectId = 0;
        QByteArray details; ///< compact JSON
        QByteArray hash; ///< hex
    };
    /// Every record added, hashed in order; waits for the thread.
    std::vector<Record> finish();
    /// The object type of a record of that kind ("customer", "debt", "payment").
    static QByteArray objectType(Pending::Kind kind);

private:
    /// Records are handed to the thread this many at a time.
    static constexpr size_t Chunk = 2048;
    void hand();
    void run();
    Record make(const Pending &pending);
    void appendRows(QByteArray &out, const Pending &pending) const;

    const QString m_now;
    const QString m_createdAt;
    const QString m_user;
    // The thread's: the constant parts of every record, as JSON strings or as
    // the start of the hashed text, made once.
    QByteArray m_nowJson;
    QByteArray m_createdAtJson;
    QByteArray m_userJson;
    QByteArray m_hashedPrefix; ///< recorded_at, recorded_by and action, each followed by the separator
    QByteArray m_kindJson[8]; ///< entryKindKey of each EntryKind, as JSON strings
    QByteArray m_previous; ///< the thread's: the hash the next record follows
    QCryptographicHash m_hash{ QCryptographicHash::Sha256 };
    std::vector<Pending> m_filling; ///< the adding thread's: not yet handed
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::vector<std::vector<Pending>> m_handed; ///< guarded by m_mutex
    bool m_done = false; ///< guarded by m_mutex
    std::vector<Record> m_records; ///< the thread's until joined
    std::thread m_thread;
};

} // namespace recoup
