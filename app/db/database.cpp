// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/database.h"

#include "db/schema_check.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QUrl>

#include <utility>

namespace recoup {

// Off by default: SQLite's own words are for a log or --verbose, not for the user.
Q_LOGGING_CATEGORY(databaseLog, "recoup.database", QtCriticalMsg)

namespace {

constexpr int BusyTimeoutMs = 5000;
constexpr int SqliteBusy = 5;
constexpr int SqliteLocked = 6;
constexpr int SqliteReadOnly = 8;
constexpr int SqliteIoErr = 10;
constexpr int SqliteCorrupt = 11;
constexpr int SqliteFull = 13;
constexpr int SqliteCantOpen = 14;
constexpr int SqliteConstraint = 19;
constexpr int SqliteNotADb = 26;

QString uniqueConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("recoup-book-%1").arg(counter.fetchAndAddRelaxed(1));
}

/// The first 16 bytes of every SQLite 3 file.
bool hasSqliteHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}

} // namespace

struct Database::QueryCache
{
    QHash<QString, QSqlQuery *> queries;
    ~QueryCache() { qDeleteAll(queries); }
};

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName)), m_queries(std::make_unique<QueryCache>())
{ }

Database::~Database()
{
    endRead();
    if (m_depth > 0)
        connection().rollback();
    m_queries.reset();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::describe(const QSqlError &error)
{
    return describe(error.nativeErrorCode().toInt(), error.databaseText());
}

QString Database::describeConstraint(const QString &text)
{
    // SQLite names the constraint: "UNIQUE constraint failed: customers.ref",
    // "CHECK constraint failed: due_date >= issue_date". The rules of the books
    // are checked before any statement runs; what reaches here is what only the
    // database can see, above all another program writing the same book.
    const QString what = text.section(QLatin1String(": "), 1).trimmed();
    if (text.startsWith(QLatin1String("UNIQUE")) || text.startsWith(QLatin1String("PRIMARY KEY"))) {
        if (what == QLatin1String("customers.ref"))
            return tr("This customer reference is already in the book: another import or program recorded it "
                      "first, while this one waited its turn. Look at the book before trying again.");
        if (what == QLatin1String("debts.ref"))
            return tr("This sale reference is already in the book: another import or program recorded it first, "
                      "while this one waited its turn. Look at the book before trying again.");
        if (what == QLatin1String("entries.ref"))
            return tr("This payment reference is already in the book: another import or program recorded it "
                      "first, while this one waited its turn. Look at the book before trying again.");
        return tr("Another program recorded the same thing first, so nothing was saved. Look at the book before "
                  "trying again.");
    }
    if (text.startsWith(QLatin1String("CHECK")) && what.contains(QLatin1String("due_date")))
        return tr("A sale's due date would come before its issue date, so nothing was saved.");
    if (text.startsWith(QLatin1String("NOT NULL")) && what.endsWith(QLatin1String("_date")))
        return tr("A date is missing or outside the dates a book can hold, so nothing was saved.");
    if (text.startsWith(QLatin1String("FOREIGN KEY")))
        return tr("The change refers to something that is not in the book (another program may have changed it), "
                  "so nothing was saved.");
    return tr("The change breaks a rule of the book, so nothing was saved.");
}

QString Database::describe(int sqliteCode, const QString &text)
{
    const int code = sqliteCode & 0xff;
    // SQLite's own words go to the log (recoup-cli --verbose shows them), never in the message.
    qCWarning(databaseLog, "SQLite error %d: %s", sqliteCode, qPrintable(text));
    switch (code) {
    case SqliteBusy:
    case SqliteLocked:
        return tr("The book is in use by another program. Close the other program and try again.");
    case SqliteReadOnly:
        return tr("The book is read-only. Copy it to a folder you can write to, or change its permissions.");
    case SqliteFull:
        return tr("The disk is full. Free some space and try again; nothing was saved.");
    case SqliteCorrupt:
    case SqliteNotADb:
        return tr("The book is damaged. Restore it from a backup.");
    case SqliteIoErr:
        return tr("The book could not be read or written (input/output error).");
    case SqliteCantOpen:
        return tr("The book's file could not be opened: check that its folder exists and that you may use it.");
    case SqliteConstraint:
        return describeConstraint(text);
    default:
        return tr("Something unexpected went wrong in the book, and nothing was saved. Run “recoup-cli verify” on "
                  "it; if this happens again, restore a backup. (“--verbose” shows the details.)");
    }
}

Result<std::unique_ptr<Database>> Database::connect(const QString &path, bool creating, Connection kind)
{
    std::unique_ptr<Database> db(new Database(path, uniqueConnectionName()));
    QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
    QStringList options{ QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs) };
    if (kind == Connection::Immutable) {
        // In a folder nobody can write, SQLite cannot make the -shm file a WAL
        // book needs for reading; told the file cannot change, it reads without.
        options << QStringLiteral("QSQLITE_OPEN_URI") << QStringLiteral("QSQLITE_OPEN_READONLY");
        sql.setDatabaseName(QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded)
            + QStringLiteral("?immutable=1"));
    } else {
        if (kind == Connection::ReadOnly)
            options << QStringLiteral("QSQLITE_OPEN_READONLY");
        sql.setDatabaseName(path);
    }
    sql.setConnectOptions(options.join(QLatin1Char(';')));
    if (!sql.open()) {
        if (creating && !QFileInfo(QFileInfo(path).absolutePath()).isDir())
            return Error{ tr("The book “%1” could not be created: there is no folder “%2”. Create the folder first, "
                             "or choose another place.")
                              .arg(path, QFileInfo(path).absolutePath()) };
        return Error{ creating ? tr("The book “%1” could not be created: %2").arg(path, describe(sql.lastError()))
                               : tr("The book “%1” could not be opened: %2").arg(path, describe(sql.lastError())) };
    }
    return db;
}

Result<std::unique_ptr<Database>> Database::create(
    const QString &path, const Currency &currency, const QList<Migration> &migrations)
{
    if (QFileInfo::exists(path))
        return Error{ tr("“%1” already exists. Choose a new file name for the book.").arg(path) };
    auto connected = connect(path, true, Connection::ReadWrite);
    if (!connected)
        return Error{ connected.error() };
    std::unique_ptr<Database> db = std::move(connected).value();
    auto done = db->setPageSize();
    if (done)
        done = db->applyPragmas();
    if (done)
        done = db->migrate(migrations, true);
    if (done) {
        db->m_currency = currency;
        done = db->begin();
        if (done)
            done = db->setMeta(QStringLiteral("currency"), currency.code());
        if (done)
            done = db->setMeta(QStringLiteral("created_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        if (done)
            done = db->commit();
    }
    if (!done) {
        db.reset();
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        return Error{ done.error() };
    }
    return db;
}

Result<std::unique_ptr<Database>> Database::open(
    const QString &path, Access access, const QList<Migration> &migrations, Integrity integrity)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error{ tr("There is no book at “%1”.").arg(path) };
    if (!info.isFile())
        return Error{ tr("“%1” is a folder, not a book.").arg(path) };
    if (!info.isReadable())
        return Error{ tr("The book “%1” cannot be read: you do not have permission.").arg(path) };
    if (!hasSqliteHeader(path))
        return Error{ tr("“%1” is not a Recoup book (it is not a database).").arg(path) };
    // The permission bits count even for root, who could write anyway: a book
    // (or a folder) marked read-only was marked so on purpose. Such a book is
    // read, and every change refused in these words.
    const auto writeBits = QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther;
    const QFileInfo folder(info.absolutePath());
    const bool folderReadOnly = !folder.isWritable() || !(folder.permissions() & writeBits);
    QString readOnly;
    if (folderReadOnly)
        readOnly = tr("The book “%1” is in a folder that cannot be written to (read-only media, or its permissions), "
                      "so it can be read but not changed. Copy it to a folder you can write to.")
                       .arg(path);
    else if (!info.isWritable() || !(info.permissions() & writeBits))
        readOnly = tr("The book “%1” is read-only, so it can be read but not changed. Copy it to a folder you can "
                      "write to, or change its permissions.")
                       .arg(path);
    Connection kind = Connection::ReadWrite;
    if (access == Access::ReadOnly || !readOnly.isEmpty())
        kind = Connection::ReadOnly;
    // Read-only media, or a folder nobody may write to: no program can change
    // the book, so SQLite may read it as immutable, without the -shm file it
    // cannot create there. Not when only this user may not write: the owner
    // could be writing it now. And not when a -wal file holds changes to read.
    const bool nobodyWrites
        = QStorageInfo(folder.absoluteFilePath()).isReadOnly() || !(folder.permissions() & writeBits);
    if (folderReadOnly && nobodyWrites && !QFileInfo::exists(path + QStringLiteral("-wal")))
        kind = Connection::Immutable;
    if (kind == Connection::ReadOnly && readOnly.isEmpty())
        undoInterruptedWrite(path);

    auto connected = connect(path, false, kind);
    if (!connected)
        return Error{ connected.error() };
    std::unique_ptr<Database> db = std::move(connected).value();
    QSqlDatabase sql = db->connection();

    // Read before writing anything: the schema version and whether this is ours.
    QSqlQuery probe(sql);
    if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !probe.next())
        return Error{ tr("The book “%1” cannot be opened: %2").arg(path, describe(probe.lastError())) };
    const int objects = probe.value(0).toInt();
    const int version = db->schemaVersion();
    const int latest = migrations.isEmpty() ? 0 : migrations.constLast().version;
    if (version == 0 || objects == 0)
        return Error{ tr("“%1” is a database, but not a Recoup book.").arg(path) };
    if (version > latest)
        return Error{ tr("The book “%1” was made by a newer version of Recoup (book version %2; this program reads up "
                         "to %3). Update Recoup to open it; the file was not changed.")
                          .arg(path)
                          .arg(version)
                          .arg(latest) };
    probe.finish();
    if (kind == Connection::ReadWrite && version < latest) {
        // The upgrade writes: a write lock held elsewhere shows here, before any change.
        if (!probe.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return Error{ tr("The book “%1” cannot be opened: %2").arg(path, describe(probe.lastError())) };
        probe.exec(QStringLiteral("ROLLBACK"));
    }

    // Nothing here waits for another program's write: the pragmas only set up
    // this connection (the book is in WAL mode since it was made).
    auto done = kind == Connection::ReadWrite ? db->applyPragmas() : Result<void>();
    if (done && !readOnly.isEmpty())
        db->makeReadOnly(readOnly);
    else if (done && access == Access::ReadOnly)
        db->makeReadOnly(tr("The book “%1” was opened only for reading.").arg(path));
    // A damaged book is read, never written: the check comes before any migration.
    db->m_migrations = migrations;
    Result<void> sound;
    if (integrity == Integrity::CheckBeforeFirstWrite && version == latest)
        db->m_integrityPending = db->isWritable();
    else if (done)
        sound = db->checkIntegrity();
    if (done && sound && !db->m_integrityPending)
        sound = db->checkSchema(migrations, version);
    if (done && version < latest) {
        if (!sound)
            return Error{ sound.error() };
        if (kind != Connection::ReadWrite)
            return Error{ tr("The book “%1” was made by an older version of Recoup. Open it once in Recoup (or import "
                             "into it) to upgrade it; reading it needs the upgrade first.")
                              .arg(path) };
        done = db->migrate(migrations, false);
    }
    if (done)
        done = db->readCurrency();
    if (!done)
        return Error{ done.error() };
    return db;
}

Result<void> Database::checkIntegrity()
{
    // quick_check walks every page of every table and index (what random bytes
    // in the file break) but skips the slow cross-check of index contents.
    QStringList problems;
    if (auto ran = runQuickCheck(QStringLiteral("PRAGMA quick_check(20)"), problems); !ran)
        return ran;
    if (problems.isEmpty())
        return {};
    markDamaged(Damage::BrokenPages, problems);
    return Error{ m_readOnlyReason };
}

Result<void> Database::checkIntegrityExcept(const QStringList &unread)
{
    QStringList problems;
    QStringList tables;
    {
        QSqlQuery query(connection());
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"))) {
            const int code = query.lastError().nativeErrorCode().toInt() & 0xff;
            if (code != SqliteCorrupt && code != SqliteNotADb)
                return Error{ describe(query.lastError()) };
            problems.append(query.lastError().databaseText());
        }
        while (query.next())
            tables.append(query.value(0).toString());
    }
    // Each table with its indexes: every page of them walked, as in checkIntegrity().
    for (const QString &table : std::as_const(tables)) {
        if (unread.contains(table))
            continue;
        QString quoted = table;
        quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
        if (auto ran = runQuickCheck(QStringLiteral("PRAGMA quick_check(\"%1\")").arg(quoted), problems); !ran)
            return ran;
        if (problems.size() >= 20)
            break;
    }
    if (problems.isEmpty())
        return {};
    markDamaged(Damage::BrokenPages, problems);
    return Error{ m_readOnlyReason };
}

Result<void> Database::runQuickCheck(const QString &pragma, QStringList &problems)
{
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (!query.exec(pragma)) {
        const int code = query.lastError().nativeErrorCode().toInt() & 0xff;
        if (code != SqliteCorrupt && code != SqliteNotADb)
            return Error{ describe(query.lastError()) };
        problems.append(query.lastError().databaseText());
    }
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QLatin1String("ok"))
            problems.append(line);
    }
    return {};
}

Result<void> Database::checkSchema(const QList<Migration> &migrations, int version)
{
    const QStringList missing = SchemaCheck::missingObjects(connection(), migrations, version);
    if (missing.isEmpty())
        return {};
    Damage damage = Damage::MissingGuard;
    QStringList problems;
    for (const QString &object : missing) {
        const QString type = object.section(QLatin1Char(' '), 0, 0);
        const QString name = object.section(QLatin1Char(' '), 1);
        if (type == QLatin1String("table")) {
            damage = Damage::MissingTable;
            problems.append(tr("The table “%1” is missing from the book: it was changed outside Recoup.").arg(name));
        } else if (type == QLatin1String("trigger")) {
            problems.append(tr("The guard “%1”, which keeps the ledger append-only, is missing from the book: it was "
                               "changed outside Recoup, and its entries may have been altered.")
                                .arg(name));
        } else if (type == QLatin1String("index")) {
            problems.append(tr("The index “%1” is missing from the book: it was changed outside Recoup.").arg(name));
        } else {
            problems.append(tr("The view “%1” is missing from the book: it was changed outside Recoup.").arg(name));
        }
    }
    markDamaged(damage, problems);
    return Error{ m_readOnlyReason };
}

void Database::settleIntegrity(Damage damage, const QStringList &problems)
{
    m_integrityPending = false;
    if (damage != Damage::None)
        markDamaged(damage, problems);
}

void Database::markDamaged(Damage damage, const QStringList &problems)
{
    m_damage = damage;
    m_integrityProblems = problems;
    makeReadOnly(tr("The book “%1” is damaged, so Recoup will not change it. Restore it from a backup; "
                    "“recoup-cli verify %1” shows what is wrong.")
                     .arg(m_path));
}

void Database::makeReadOnly(const QString &reason)
{
    // The first reason given stays unless the book turns out damaged, which matters more.
    if (m_readOnlyReason.isEmpty() || !m_integrityProblems.isEmpty())
        m_readOnlyReason = reason;
    // SQLite itself then refuses any change on this connection, whatever code asks.
    QSqlQuery query(connection());
    query.exec(QStringLiteral("PRAGMA query_only = ON"));
}

Result<void> Database::setPageSize()
{
    // A new book's pages are 16 KiB, not SQLite's 4 KiB. Every page written is
    // a frame in the WAL and a write again at the checkpoint, each its own
    // system call: an import of 100,000 rows made 75,000 writes and 30,000
    // reads of 4 KiB, and its commit took 0.24 s instead of 0.40 s with 16 KiB
    // pages. Reports read long runs of rows, which bigger pages also favour.
    // The size is fixed once the first table is made: books made before keep theirs.
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA page_size = %1").arg(NewBookPageSize)))
        return Error{ describe(query.lastError()) };
    return {};
}

Result<void> Database::applyPragmas()
{
    QSqlQuery query(connection());
    for (const char *pragma :
        { "PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL", "PRAGMA foreign_keys = ON" }) {
        if (!query.exec(QString::fromLatin1(pragma)))
            return Error{ describe(query.lastError()) };
    }
    return {};
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

Result<void> Database::migrate(const QList<Migration> &migrations, bool fresh)
{
    const int from = schemaVersion();
    if (!fresh) {
        // A copy of the book as it was, beside it, before anything changes.
        m_backupPath = QStringLiteral("%1.v%2-%3.bak")
                           .arg(m_path)
                           .arg(from)
                           .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss")));
        QSqlQuery backup(connection());
        backup.prepare(QStringLiteral("VACUUM INTO ?"));
        backup.addBindValue(m_backupPath);
        if (!backup.exec())
            return Error{ tr("Could not make a backup before upgrading the book: %1. The book was not changed.")
                              .arg(describe(backup.lastError())) };
        writeChainHead(m_backupPath + QStringLiteral(".head"));
    }
    auto started = begin();
    if (!started)
        return started;
    QSqlQuery query(connection());
    for (const Migration &migration : migrations) {
        if (migration.version <= from)
            continue;
        for (const QString &statement : migration.statements) {
            if (!query.exec(statement)) {
                const QString why = describe(query.lastError());
                rollback();
                return Error{ tr("Upgrading the book to version %1 failed: %2. The book was not changed.")
                                  .arg(migration.version)
                                  .arg(why) };
            }
        }
        if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(migration.version))) {
            rollback();
            return Error{ describe(query.lastError()) };
        }
    }
    return commit();
}

void Database::writeChainHead(const QString &path)
{
    // The audit chain's head as the backup holds it, in the short form
    // `recoup-cli verify --head` takes (AuditLog::headText): the backup's
    // record count and head stay known outside the book.
    QSqlQuery head(connection());
    if (!head.exec(QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")))
        return;
    const QString text = head.next()
        ? QStringLiteral("%1:%2").arg(head.value(0).toLongLong()).arg(head.value(1).toString().left(16))
        : QStringLiteral("0:");
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(text.toUtf8() + '\n');
}

Result<void> Database::readCurrency()
{
    auto currency = Currency::fromCode(meta(QStringLiteral("currency")));
    if (!currency)
        return Error{ tr("The book has no valid currency: %1").arg(currency.error()) };
    m_currency = currency.value();
    return {};
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString Database::meta(const QString &key) const
{
    QSqlQuery &query = const_cast<Database *>(this)->prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec() || !query.next())
        return {};
    const QString value = query.value(0).toString();
    query.finish();
    return value;
}

Result<void> Database::setMeta(const QString &key, const QString &value)
{
    QSqlQuery &query = prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                                              "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(value);
    return exec(query);
}

Result<void> Database::beginRead()
{
    Q_ASSERT(m_depth == 0 && !m_reading);
    QSqlQuery query(connection());
    // A deferred BEGIN takes its snapshot at the first read: read at once.
    if (!query.exec(QStringLiteral("BEGIN")) || !query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))) {
        const QString why = describe(query.lastError());
        query.exec(QStringLiteral("ROLLBACK"));
        return Error{ why };
    }
    m_reading = true;
    return {};
}

void Database::endRead()
{
    if (!std::exchange(m_reading, false))
        return;
    QSqlQuery query(connection());
    query.exec(QStringLiteral("COMMIT"));
}

Result<void> Database::begin(References references)
{
    // Nothing is written to a book not yet checked: the first write checks it
    // here if the check on the other thread has not answered yet.
    if (m_integrityPending && m_depth == 0) {
        m_integrityPending = false;
        auto sound = checkIntegrity();
        if (sound)
            sound = checkSchema(m_migrations, schemaVersion());
    }
    if (!isWritable())
        return Error{ m_readOnlyReason };
    Q_ASSERT(!m_reading);
    if (m_depth++ > 0)
        return {};
    ++m_serial;
    m_failed = false;
    m_references = references;
    QSqlQuery query(connection());
    // The pragma is ignored inside a transaction: it goes first, and
    // restoreConnection() undoes it whichever way the transaction ends.
    if (m_references == References::CheckedAtCommit && !query.exec(QStringLiteral("PRAGMA foreign_keys = OFF"))) {
        m_depth = 0;
        return Error{ describe(query.lastError()) };
    }
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        m_depth = 0;
        const QString why = describe(query.lastError());
        restoreConnection();
        return Error{ why };
    }
    if (m_references == References::CheckedAtCommit) {
        auto marked = markReferences();
        if (marked && query.exec(QStringLiteral("SELECT total_changes()")) && query.next())
            m_changesAtBegin = query.value(0).toLongLong();
        else if (marked)
            marked = Error{ describe(query.lastError()) };
        if (!marked) {
            m_depth = 0;
            query.exec(QStringLiteral("ROLLBACK"));
            restoreConnection();
            return marked;
        }
    }
    return {};
}

Result<void> Database::markReferences()
{
    m_referring.clear();
    m_lastRowids.clear();
    m_addedRanges.clear();
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT DISTINCT m.name, f.\"table\" FROM sqlite_master m, "
                                   "pragma_foreign_key_list(m.name) f WHERE m.type = 'table' ORDER BY m.name")))
        return Error{ describe(query.lastError()) };
    QStringList tables;
    QStringList parents;
    while (query.next()) {
        if (tables.isEmpty() || tables.constLast() != query.value(0).toString())
            tables.append(query.value(0).toString());
        parents.append(query.value(1).toString());
    }
    const auto lastRowid = [this](const QString &table) -> qint64 {
        QSqlQuery last(connection());
        const bool hasRowid
            = last.exec(QStringLiteral("SELECT coalesce(max(rowid), 0) FROM \"%1\"").arg(table)) && last.next();
        return hasRowid ? last.value(0).toLongLong() : -1;
    };
    for (const QString &table : std::as_const(tables))
        m_referring.append({ table, lastRowid(table) });
    for (const QString &parent : std::as_const(parents))
        if (!m_lastRowids.contains(parent))
            m_lastRowids.insert(parent, lastRowid(parent));
    return {};
}

QString Database::addedKeyRange(const QString &parent, const QString &key)
{
    // The rows added to the parent since markReferences() have rowids above
    // what was its last; when they are all there, one after another, a
    // reference into that range needs no lookup (the import's references are
    // nearly all to rows it added). Only for a key that is the rowid.
    const qint64 last = m_lastRowids.value(parent, -1);
    if (last < 0)
        return {};
    const QString asked = parent + QLatin1Char('.') + key;
    if (const auto known = m_addedRanges.constFind(asked); known != m_addedRanges.constEnd())
        return *known;
    QString &range = m_addedRanges[asked];
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM pragma_table_info(?) WHERE pk > 0"));
    query.addBindValue(parent);
    if (!query.exec() || !query.next() || query.value(0).toInt() != 1)
        return {};
    query.prepare(QStringLiteral("SELECT name FROM pragma_table_info(?) WHERE pk = 1 AND upper(type) = 'INTEGER'"));
    query.addBindValue(parent);
    if (!query.exec() || !query.next() || query.value(0).toString() != key)
        return {};
    if (!query.exec(QStringLiteral("SELECT count(*), coalesce(max(rowid), %2) FROM \"%1\" WHERE rowid > %2")
                        .arg(parent)
                        .arg(last))
        || !query.next())
        return {};
    const qint64 added = query.value(0).toLongLong();
    const qint64 top = query.value(1).toLongLong();
    if (added > 0 && top - last == added)
        range = QStringLiteral("BETWEEN %1 AND %2").arg(last + 1).arg(top);
    return range;
}

Result<void> Database::checkReferences()
{
    // Each referring table's rows added since markReferences(), each foreign
    // key as SQLite enforces it: a reference with a NULL part refers to nothing.
    const auto violation = [this]() {
        return Error{ describe(SqliteConstraint | (3 << 8), QStringLiteral("FOREIGN KEY constraint failed")) };
    };
    for (const auto &[table, lastBefore] : std::as_const(m_referring)) {
        QSqlQuery keys(connection());
        keys.prepare(QStringLiteral("SELECT id, \"table\", \"from\", \"to\" FROM pragma_foreign_key_list(?) "
                                    "ORDER BY id, seq"));
        keys.addBindValue(table);
        if (!keys.exec())
            return Error{ describe(keys.lastError()) };
        QStringList conditions;
        bool whole = lastBefore < 0;
        int current = -1;
        QString parent;
        QStringList present;
        QStringList match;
        // For a one-column key: its column, and the parent's rows added (addedKeyRange).
        QString column;
        QString added;
        const auto close = [&]() {
            if (present.size() == 1 && !added.isEmpty())
                present.append(QStringLiteral("c.\"%1\" NOT %2").arg(column, added));
            if (current >= 0)
                conditions.append(
                    QStringLiteral("(%1 AND NOT EXISTS (SELECT 1 FROM \"%2\" p WHERE %3))")
                        .arg(present.join(QLatin1String(" AND ")), parent, match.join(QLatin1String(" AND "))));
            present.clear();
            match.clear();
        };
        while (keys.next()) {
            if (keys.value(0).toInt() != current) {
                close();
                current = keys.value(0).toInt();
                parent = keys.value(1).toString();
            }
            const QString from = keys.value(2).toString();
            if (keys.value(3).isNull()) // the parent's primary key, unnamed: SQLite's own check
                whole = true;
            present.append(QStringLiteral("c.\"%1\" IS NOT NULL").arg(from));
            match.append(QStringLiteral("p.\"%1\" = c.\"%2\"").arg(keys.value(3).toString(), from));
            column = from;
            added = addedKeyRange(parent, keys.value(3).toString());
        }
        close();
        QSqlQuery check(connection());
        check.setForwardOnly(true);
        if (whole) {
            if (!check.exec(QStringLiteral("PRAGMA foreign_key_check(\"%1\")").arg(table)))
                return Error{ describe(check.lastError()) };
        } else {
            check.prepare(QStringLiteral("SELECT 1 FROM \"%1\" c WHERE c.rowid > ? AND (%2) LIMIT 1")
                              .arg(table, conditions.join(QLatin1String(" OR "))));
            check.addBindValue(lastBefore);
            if (!check.exec())
                return Error{ describe(check.lastError()) };
        }
        if (check.next()) {
            qCWarning(databaseLog, "a row added to %s refers to nothing", qPrintable(table));
            return violation();
        }
    }
    return {};
}

void Database::undoInterruptedWrite(const QString &path)
{
    // A write that went straight into the file (goDirect) and
    // was stopped halfway, its program killed, leaves its rollback journal
    // beside the book. SQLite undoes it for the next connection that may
    // write, as it must before anyone reads; a read-only one is refused
    // instead. So a book that can be written is opened for writing once and
    // read, which puts it back as it was at its last commit and in WAL again,
    // then read as asked.
    if (!QFileInfo::exists(path + QStringLiteral("-journal")))
        return;
    auto writer = connect(path, false, Connection::ReadWrite);
    if (!writer)
        return;
    QSqlQuery undo(writer.value()->connection());
    if (!undo.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
        return;
    undo.finish();
    // A journal still there belongs to an import writing now: the book goes
    // back to WAL when it ends, so this connection does not wait to do it.
    undo.exec(QStringLiteral("PRAGMA busy_timeout = 0"));
    undo.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
}

Result<Database::Direct> Database::goDirect()
{
    // Only an outermost transaction may be let go: inside another, what the
    // outer one wrote would be undone with it.
    if (m_depth != 1 || m_references != References::CheckedAtCommit)
        return Direct::No;
    QSqlQuery query(connection());
    const auto fail = [this](const Error &why) -> Result<Direct> {
        rollback();
        return why;
    };
    // A transaction that wrote already stays as it is.
    if (!query.exec(QStringLiteral("SELECT total_changes()")) || !query.next())
        return fail(Error{ describe(query.lastError()) });
    if (query.value(0).toLongLong() != m_changesAtBegin)
        return Direct::No;
    query.finish();
    const auto before = dataVersion();
    if (!before)
        return fail(before.failure());
    if (!query.exec(QStringLiteral("ROLLBACK")))
        return fail(Error{ describe(query.lastError()) });
    m_leftWal = leaveWal();
    ++m_serial;
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        const QString why = describe(query.lastError());
        m_depth = 0;
        restoreConnection();
        return Error{ why };
    }
    // Whatever the load read is still true only if no one wrote in between.
    const auto after = dataVersion();
    if (!after || after.value() != before.value()) {
        rollback();
        if (!after)
            return after.failure();
        return Direct::BookChanged;
    }
    return m_leftWal ? Direct::Yes : Direct::No;
}

bool Database::leaveWal()
{
    // SQLite leaves the WAL only for a connection alone on the book; with
    // another one open it refuses, at once rather than after the busy timeout.
    QSqlQuery query(connection());
    query.exec(QStringLiteral("PRAGMA busy_timeout = 0"));
    const bool left = query.exec(QStringLiteral("PRAGMA journal_mode = DELETE")) && query.next()
        && query.value(0).toString() == QLatin1String("delete");
    query.finish();
    query.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(BusyTimeoutMs));
    return left;
}

void Database::restoreConnection()
{
    if (std::exchange(m_leftWal, false)) {
        QSqlQuery query(connection());
        // Refused only while another program holds the book past the busy
        // timeout; every opening puts the book in WAL again (applyPragmas).
        if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !query.next()
            || query.value(0).toString() != QLatin1String("wal"))
            qCWarning(databaseLog, "the book stays out of WAL until it is opened again: %s",
                qPrintable(describe(query.lastError())));
    }
    if (std::exchange(m_references, References::Checked) == References::Checked)
        return;
    m_referring.clear();
    QSqlQuery query(connection());
    // Outside a transaction this cannot fail but for a broken connection: then
    // no more writes on it, rather than writes without their references checked.
    if (!query.exec(QStringLiteral("PRAGMA foreign_keys = ON")))
        makeReadOnly(describe(query.lastError()));
}

Result<void> Database::commit()
{
    Q_ASSERT(m_depth > 0);
    if (--m_depth > 0)
        return {};
    QSqlQuery query(connection());
    if (m_failed) {
        query.exec(QStringLiteral("ROLLBACK"));
        restoreConnection();
        return Error{ tr("The change was undone because part of it failed.") };
    }
    if (m_references == References::CheckedAtCommit) {
        if (auto checked = checkReferences(); !checked) {
            query.exec(QStringLiteral("ROLLBACK"));
            restoreConnection();
            return checked;
        }
    }
    if (!query.exec(QStringLiteral("COMMIT"))) {
        const QString why = describe(query.lastError());
        query.exec(QStringLiteral("ROLLBACK"));
        restoreConnection();
        return Error{ why };
    }
    restoreConnection();
    return {};
}

void Database::rollback()
{
    Q_ASSERT(m_depth > 0);
    if (--m_depth > 0) {
        m_failed = true;
        return;
    }
    QSqlQuery query(connection());
    query.exec(QStringLiteral("ROLLBACK"));
    restoreConnection();
}

Result<void> Database::checkpoint()
{
    QSqlQuery query(connection());
    // The result row says whether the checkpoint was blocked (1) by a reader.
    if (!query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) || !query.next())
        return Error{ describe(query.lastError()) };
    if (query.value(0).toInt() != 0)
        return Error{ describe(SqliteBusy, QStringLiteral("wal_checkpoint was blocked")) };
    return {};
}

Result<qint64> Database::dataVersion()
{
    QSqlQuery &q = prepare(QStringLiteral("PRAGMA data_version"));
    if (auto done = exec(q); !done)
        return done.failure();
    const qint64 version = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return version;
}

QSqlQuery &Database::prepare(const QString &sql)
{
    QSqlQuery *&query = m_queries->queries[sql];
    if (!query) {
        query = new QSqlQuery(connection());
        // A statement that does not prepare (a table someone removed from the
        // book) fails when run, with its error, instead of ending the program.
        if (!query->prepare(sql))
            qCWarning(databaseLog, "cannot prepare %s: %s", qPrintable(sql), qPrintable(query->lastError().text()));
    }
    query->finish();
    return *query;
}

Result<void> Database::exec(QSqlQuery &query)
{
    if (!query.exec())
        return Error{ describe(query.lastError()) };
    return {};
}

} // namespace recoup
