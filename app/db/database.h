// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/currency.h"
#include "core/result.h"
#include "db/migration.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

class QSqlError;
class QSqlQuery;

namespace recoup {

/// One open book: a SQLite file with WAL, synchronous=FULL and foreign keys on.
/// Opening never damages a file: anything that is not a Recoup book this program
/// can read is refused with a message before anything is written.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    /// The page size of a book made now, in bytes.
    static constexpr int NewBookPageSize = 16384;
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    /// Makes a new, empty book at path (which must not exist) in the given currency.
    static Result<std::unique_ptr<Database>> create(
        const QString &path, const Currency &currency, const QList<Migration> &migrations = Migration::builtIn());
    /// How a book is opened: to change it, or only to read it (reports, verify).
    enum class Access { ReadWrite, ReadOnly };

    /// Opens an existing book; migrates it (after a backup) when it is older and
    /// opened for writing. Opening never waits for another program's write: a
    /// book being written is read as it was at its last commit. A damaged or
    /// read-only book (or one in a read-only folder) opens, but takes no writes
    /// (see isWritable).
    /// When the integrity check runs: as the book opens, or before its first
    /// write (the window starts it on a thread of its own meanwhile, see
    /// IntegrityCheckThread, so a large book opens at once). A book that needs
    /// upgrading is always checked first.
    enum class Integrity { CheckNow, CheckBeforeFirstWrite };
    static Result<std::unique_ptr<Database>> open(const QString &path, Access access = Access::ReadWrite,
        const QList<Migration> &migrations = Migration::builtIn(), Integrity integrity = Integrity::CheckNow);
    static Result<std::unique_ptr<Database>> open(const QString &path, const QList<Migration> &migrations)
    {
        return open(path, Access::ReadWrite, migrations);
    }

    QSqlDatabase connection() const;
    const QString &path() const { return m_path; }
    const Currency &currency() const { return m_currency; }
    int schemaVersion() const;
    /// Where the copy made before the last migration went (empty if none was
    /// needed); beside it, "<backup>.head" holds its audit chain's head.
    const QString &backupPath() const { return m_backupPath; }

    /// Whether this book takes writes; when not, readOnlyReason() says why, in
    /// words fit to show, and every transaction is refused with it.
    bool isWritable() const { return m_readOnlyReason.isEmpty(); }
    const QString &readOnlyReason() const { return m_readOnlyReason; }
    /// What is wrong with a damaged book, from the worst: pages SQLite cannot
    /// read, a table missing, or only an index or a trigger missing (the
    /// entries can still be read and verified then).
    enum class Damage { None, MissingGuard, MissingTable, BrokenPages };
    /// Whether the file's structure failed the integrity check.
    bool isDamaged() const { return m_damage != Damage::None; }
    Damage damage() const { return m_damage; }
    /// What the integrity check found: broken pages in SQLite's own words (for
    /// --verbose and logs), missing tables, indexes and triggers in words.
    const QStringList &integrityProblems() const { return m_integrityProblems; }
    /// Runs SQLite's quick integrity check; a damaged book becomes read-only and
    /// the error says so and what to do.
    Result<void> checkIntegrity();
    /// The same check on every table and its indexes but the tables named in
    /// `unread`: for a command that only reports and never reads them (a book
    /// opened read-only with Integrity::CheckBeforeFirstWrite is not checked
    /// otherwise). Pages that belong to no table are not looked at.
    Result<void> checkIntegrityExcept(const QStringList &unread);
    /// Checks that the book holds every table, index and trigger its version
    /// should (a book edited by hand may not); a book that lacks one is damaged.
    Result<void> checkSchema(const QList<Migration> &migrations, int version);
    /// Whether the integrity check is still to come (Integrity::CheckBeforeFirstWrite).
    bool integrityPending() const { return m_integrityPending; }
    /// Takes the result of the check made on another connection (empty: sound);
    /// a damaged book becomes read-only, as if the check had run here.
    void settleIntegrity(Damage damage, const QStringList &problems);

    QString meta(const QString &key) const;
    Result<void> setMeta(const QString &key, const QString &value);

    /// Starts a read transaction: every query until endRead() sees the book as
    /// it was at one commit, whatever another program writes meanwhile (WAL).
    Result<void> beginRead();
    void endRead();

    /// How a write transaction holds the references between rows (the foreign keys).
    enum class References {
        /// Every statement checks the rows it writes.
        Checked,
        /// Checked once, before the commit, for every row the transaction added:
        /// far cheaper for many rows (the bulk import), and no statement needs a
        /// journal of its own. Rows already in the book must keep their references.
        CheckedAtCommit,
    };
    /// Starts a write transaction with BEGIN IMMEDIATE, or joins the one in progress
    /// (which keeps the way it checks references).
    Result<void> begin(References references = References::Checked);
    /// What goDirect() did.
    enum class Direct {
        /// A new transaction, out of the WAL: the rows go straight into the file.
        Yes,
        /// Through the WAL, as before: another connection has the book open, or
        /// the transaction had written already.
        No,
        /// Another program wrote in the moment the book was let go: the
        /// transaction was undone, and what was read for it is out of date.
        BookChanged,
    };
    /// For a bulk load (the import, References::CheckedAtCommit) that has read
    /// what it needs and written nothing yet. When no other connection has the book open, its rows need
    /// not go through the WAL, which writes them, syncs them and copies them
    /// into the file again (a fifth of a large import's time): the transaction
    /// starts again under a rollback journal, the book as it was, and the rows
    /// are written once. Refusals come before (what the load checks), so a
    /// refused file never touches the book, not even its header. The book is
    /// back in WAL when the transaction ends, either way; a crash meanwhile is
    /// undone from the journal at the next opening (undoInterruptedWrite), as
    /// with the WAL. While it lasts, another program opening the book waits.
    /// On an error the transaction is undone.
    Result<Direct> goDirect();
    /// Commits when the outermost transaction ends; fails if an inner one rolled back.
    Result<void> commit();
    /// Undoes the whole transaction in progress.
    void rollback();
    bool inTransaction() const { return m_depth > 0; }
    /// Counts outermost transactions begun: what was read inside one stays true
    /// until it ends (this connection holds the write lock), so it keys caches.
    quint64 transactionSerial() const { return m_serial; }

    /// Writes every committed change from the WAL into the book file and empties
    /// the WAL, so the file alone holds the whole book (before moving it).
    Result<void> checkpoint();

    /// SQLite's count of the commits other connections made to the book (PRAGMA
    /// data_version): this connection's own commits leave it as it was, so a new
    /// value means another program (or another connection) wrote. Reads nothing
    /// from the book: cheap enough to ask twice a second.
    Result<qint64> dataVersion();

    /// A prepared query on this book's connection, cached by its text.
    QSqlQuery &prepare(const QString &sql);
    /// Runs a prepared query; on failure returns a message fit to show.
    Result<void> exec(QSqlQuery &query);

    /// What a failed statement means to a user ("the book is in use", "disk full"),
    /// never SQLite's own words: those go to the log category recoup.database
    /// (shown by recoup-cli --verbose).
    static QString describe(const QSqlError &error);
    /// The same from SQLite's (extended) result code and message, for the C API.
    static QString describe(int sqliteCode, const QString &text);

private:
    Database(QString path, QString connectionName);
    /// How the SQLite connection is opened.
    enum class Connection { ReadWrite, ReadOnly, Immutable };
    static Result<std::unique_ptr<Database>> connect(const QString &path, bool creating, Connection kind);
    Result<void> setPageSize();
    Result<void> applyPragmas();
    static QString describeConstraint(const QString &text);
    /// For References::CheckedAtCommit: where each table that refers to others ends now.
    Result<void> markReferences();
    /// "BETWEEN first AND last" when the rows added to `parent` since
    /// markReferences() are all there and `key` is its rowid; else empty.
    QString addedKeyRange(const QString &parent, const QString &key);
    /// Finds a row added since markReferences() whose reference leads nowhere.
    Result<void> checkReferences();
    /// After the outermost transaction: foreign keys enforced by every statement
    /// and the WAL, as on every connection.
    void restoreConnection();
    /// Before reading a book only: a write stopped halfway is undone first.
    static void undoInterruptedWrite(const QString &path);
    /// goDirect(): leaves the WAL, outside a transaction, if no other connection has the book open.
    bool leaveWal();
    /// Runs one quick_check pragma, adding what it finds wrong to problems.
    Result<void> runQuickCheck(const QString &pragma, QStringList &problems);
    void makeReadOnly(const QString &reason);
    void markDamaged(Damage damage, const QStringList &problems);
    Result<void> migrate(const QList<Migration> &migrations, bool fresh);
    /// Writes the audit chain's head ("N:HASH") to a side file of a backup.
    void writeChainHead(const QString &path);
    Result<void> readCurrency();

    QString m_path;
    QString m_connectionName;
    Currency m_currency;
    QString m_backupPath;
    QString m_readOnlyReason;
    QStringList m_integrityProblems;
    Damage m_damage = Damage::None;
    bool m_integrityPending = false;
    QList<Migration> m_migrations;
    int m_depth = 0;
    bool m_reading = false;
    quint64 m_serial = 0;
    bool m_failed = false;
    References m_references = References::Checked;
    /// The outermost transaction left the WAL (goDirect).
    bool m_leftWal = false;
    /// SQLite's count of rows this connection changed, when the outermost transaction began.
    qint64 m_changesAtBegin = 0;
    /// CheckedAtCommit: the tables with foreign keys and their largest rowid at
    /// the start (-1: checked whole, for a table without a usable rowid).
    QList<std::pair<QString, qint64>> m_referring;
    /// CheckedAtCommit: the tables referred to and their largest rowid at the start.
    QHash<QString, qint64> m_lastRowids;
    /// addedKeyRange's answers, by "parent.key", for one check.
    QHash<QString, QString> m_addedRanges;
    struct QueryCache;
    std::unique_ptr<QueryCache> m_queries;
};

} // namespace recoup
