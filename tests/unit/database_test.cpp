// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/database.h"
#include "db/transaction.h"
#include "support/file_digest.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace recoup;

namespace {

Currency usd()
{
    return Currency::fromCode(QStringLiteral("USD")).value();
}

/// The shipped migrations plus one more, as a later program version would have.
QList<Migration> withExtra(const QStringList &statements)
{
    QList<Migration> list = Migration::builtIn();
    list.append({ list.constLast().version + 1, statements });
    return list;
}

/// Makes a book and closes it, returning its path.
QString makeBook(const QTemporaryDir &dir, const QString &name = QStringLiteral("book.recoup"))
{
    const QString path = dir.filePath(name);
    auto db = Database::create(path, usd());
    if (!db)
        qFatal("%s", qPrintable(db.error()));
    return path;
}

/// A connection of SQLite's own to the book, as another program would open it.
QSqlDatabase otherProgram(const QString &path, const QString &name)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    if (!db.open())
        qFatal("%s cannot be opened", qPrintable(path));
    return db;
}

/// The shipped migrations up to and including `version`, as an older program had them.
QList<Migration> upTo(int version)
{
    QList<Migration> list;
    for (const Migration &m : Migration::builtIn())
        if (m.version <= version)
            list.append(m);
    return list;
}

/// Every table, index and trigger of a book with its definition, by name.
QStringList schemaOf(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_schema WHERE sql IS NOT NULL ORDER BY name")))
        qFatal("the schema cannot be read");
    QStringList objects;
    while (q.next())
        objects << q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString() + QLatin1String(": ")
                + q.value(2).toString();
    return objects;
}

} // namespace

class DatabaseTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void freshBookHasLatestSchemaAndPragmas()
    {
        QTemporaryDir dir;
        auto db = Database::create(dir.filePath(QStringLiteral("a.recoup")), usd());
        QVERIFY2(db.ok(), qPrintable(db.error()));
        QCOMPARE(db.value()->schemaVersion(), Migration::builtIn().constLast().version);
        QCOMPARE(db.value()->currency().code(), QStringLiteral("USD"));
        QSqlQuery q(db.value()->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2); // FULL
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(db.value()->backupPath().isEmpty());
        QVERIFY(q.exec(QStringLiteral("PRAGMA page_size")) && q.next());
        QCOMPARE(q.value(0).toInt(), Database::NewBookPageSize);
    }

    void olderBookKeepsItsPageSize()
    {
        // A book made before new books had bigger pages: 4 KiB, as SQLite makes them.
        QTemporaryDir dir;
        const QString path = makeBook(dir);
        {
            QSqlDatabase raw = otherProgram(path, QStringLiteral("raw"));
            QSqlQuery q(raw);
            for (const char *sql :
                { "PRAGMA journal_mode = DELETE", "PRAGMA page_size = 4096", "VACUUM", "PRAGMA journal_mode = WAL" })
                QVERIFY2(q.exec(QString::fromLatin1(sql)), sql);
            q.finish();
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        for (int round = 0; round < 2; ++round) {
            auto db = Database::open(path);
            QVERIFY2(db.ok(), qPrintable(db.error()));
            QVERIFY(db.value()->setMeta(QStringLiteral("round"), QString::number(round)).ok());
            QSqlQuery q(db.value()->connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA page_size")) && q.next());
            QCOMPARE(q.value(0).toInt(), 4096);
        }
    }

    void createRefusesExistingFile()
    {
        QTemporaryDir dir;
        const QString path = makeBook(dir);
        const QByteArray before = test::fileDigest(path);
        auto again = Database::create(path, usd());
        QVERIFY(!again.ok());
        QVERIFY(again.error().contains(QStringLiteral("already exists")));
        QCOMPARE(test::fileDigest(path), before);
    }

    void reopenKeepsCurrency()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("jpy.recoup"));
        QVERIFY(Database::create(path, Currency::fromCode(QStringLiteral("JPY")).value()).ok());
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        QCOMPARE(db.value()->currency().decimals(), 0);
    }

    void missingFolderAndNotABook()
    {
        QTemporaryDir dir;
        QVERIFY(!Database::open(dir.filePath(QStringLiteral("none.recoup"))).ok());
        QVERIFY(Database::open(dir.path()).error().contains(QStringLiteral("folder")));

        const QString text = dir.filePath(QStringLiteral("notes.recoup"));
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("these are my notes, not a database\n");
        file.close();
        const QByteArray before = test::fileDigest(text);
        auto db = Database::open(text);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().contains(QStringLiteral("not a database")), qPrintable(db.error()));
        QCOMPARE(test::fileDigest(text), before);

        const QString empty = dir.filePath(QStringLiteral("empty.recoup"));
        QFile e(empty);
        QVERIFY(e.open(QIODevice::WriteOnly));
        e.close();
        QVERIFY(!Database::open(empty).ok());
        QCOMPARE(QFileInfo(empty).size(), 0);
    }

    void otherSqliteDatabaseIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.db"));
        {
            QSqlDatabase other = otherProgram(path, QStringLiteral("other"));
            QSqlQuery(other).exec(QStringLiteral("CREATE TABLE photos (id INTEGER PRIMARY KEY)"));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        const QByteArray before = test::fileDigest(path);
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().contains(QStringLiteral("not a Recoup book")), qPrintable(db.error()));
        QCOMPARE(test::fileDigest(path), before);
    }

    void corruptBookIsRefused()
    {
        QTemporaryDir dir;
        const QString path = makeBook(dir);
        {
            // Keep the header, wreck the schema page.
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            file.seek(100);
            file.write(QByteArray(3000, '\xA5'));
        }
        const QByteArray before = test::fileDigest(path);
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().contains(QStringLiteral("damaged")), qPrintable(db.error()));
        QCOMPARE(test::fileDigest(path), before);
    }

    void readOnlyBookOpensForReadingOnly()
    {
        QTemporaryDir dir;
        const QString path = makeBook(dir);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
        const QByteArray before = test::fileDigest(path);
        {
            auto db = Database::open(path);
            QVERIFY2(db.ok(), qPrintable(db.error()));
            QVERIFY(!db.value()->isWritable());
            QVERIFY(!db.value()->isDamaged());
            QVERIFY2(db.value()->readOnlyReason().contains(QStringLiteral("is read-only")),
                qPrintable(db.value()->readOnlyReason()));
            QCOMPARE(db.value()->currency().code(), QStringLiteral("USD"));
            Transaction tx(*db.value());
            QVERIFY(!tx.started().ok());
            QCOMPARE(tx.started().error(), db.value()->readOnlyReason());
            // Even a statement run outside a transaction cannot change it.
            QVERIFY(!db.value()->setMeta(QStringLiteral("x"), QStringLiteral("y")).ok());
        }
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        QCOMPARE(test::fileDigest(path), before);
    }

    void bookInReadOnlyFolderOpensForReadingOnly()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("media"));
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + QStringLiteral("/book.recoup");
        QVERIFY(Database::create(path, usd()).ok());
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
        const auto readable = QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup;
        QFile::setPermissions(folder, readable);
        const QByteArray before = test::fileDigest(path);
        {
            auto db = Database::open(path);
            QVERIFY2(db.ok(), qPrintable(db.error()));
            QVERIFY(!db.value()->isWritable());
            QVERIFY2(db.value()->readOnlyReason().contains(QStringLiteral("folder that cannot be written to")),
                qPrintable(db.value()->readOnlyReason()));
            QVERIFY(db.value()->beginRead().ok());
            QCOMPARE(db.value()->meta(QStringLiteral("currency")), QStringLiteral("USD"));
            db.value()->endRead();
            QVERIFY(!db.value()->begin().ok());
        }
        QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList{ QStringLiteral("book.recoup") });
        QFile::setPermissions(folder, readable | QFile::WriteOwner);
        QCOMPARE(test::fileDigest(path), before);
    }

    void lockedBookOpensAndItsWritesWait()
    {
        QTemporaryDir dir;
        const QString path = makeBook(dir);
        // Another program holds the write lock (as sqlite3 would in a transaction).
        QSqlDatabase other = otherProgram(path, QStringLiteral("locker"));
        QSqlQuery lock(other);
        QVERIFY(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        QVERIFY(lock.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('x', 'y')")));
        {
            // Opening does not wait for the other program, and reads what it last committed.
            auto db = Database::open(path);
            QVERIFY2(db.ok(), qPrintable(db.error()));
            QVERIFY(db.value()->isWritable());
            QCOMPARE(db.value()->meta(QStringLiteral("x")), QString());
            auto reader = Database::open(path, Database::Access::ReadOnly);
            QVERIFY2(reader.ok(), qPrintable(reader.error()));
            // A write waits for the lock (the busy timeout), then says why it could not.
            auto started = db.value()->begin();
            QVERIFY(!started.ok());
            QVERIFY2(
                started.error().contains(QStringLiteral("in use by another program")), qPrintable(started.error()));
        }
        lock.exec(QStringLiteral("ROLLBACK"));
        lock.finish();
        other.close();
        other = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("locker"));
        QVERIFY(Database::open(path).ok());
    }

    void newerBookIsRefusedUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.recoup"));
        QVERIFY(Database::create(path, usd(), withExtra({ QStringLiteral("CREATE TABLE later (id INTEGER)") })).ok());
        const QByteArray before = test::fileDigest(path);
        auto db = Database::open(path); // this program knows one version less
        QVERIFY(!db.ok());
        QVERIFY2(db.error().contains(QStringLiteral("newer version")), qPrintable(db.error()));
        QCOMPARE(test::fileDigest(path), before);
        QCOMPARE(QDir(dir.path()).entryList({ QStringLiteral("*.bak") }, QDir::Files).size(), 0);
    }

    void upgradeMakesBackupFirst()
    {
        QTemporaryDir dir;
        const QString path = makeBook(dir);
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QVERIFY(db.value()->setMeta(QStringLiteral("shop"), QStringLiteral("Corner Hardware")).ok());
        }
        auto upgraded = Database::open(path,
            withExtra(
                { QStringLiteral("CREATE TABLE later (id INTEGER)"), QStringLiteral("INSERT INTO later VALUES (7)") }));
        QVERIFY2(upgraded.ok(), qPrintable(upgraded.error()));
        Database &db = *upgraded.value();
        QCOMPARE(db.schemaVersion(), Migration::builtIn().constLast().version + 1);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM later")) && q.next());
        QCOMPARE(q.value(0).toInt(), 7);
        QCOMPARE(db.meta(QStringLiteral("shop")), QStringLiteral("Corner Hardware"));
        // The backup is the old book, openable by the old program.
        QVERIFY(QFileInfo::exists(db.backupPath()));
        auto old = Database::open(db.backupPath());
        QVERIFY2(old.ok(), qPrintable(old.error()));
        QCOMPARE(old.value()->schemaVersion(), Migration::builtIn().constLast().version);
        QCOMPARE(old.value()->meta(QStringLiteral("shop")), QStringLiteral("Corner Hardware"));
    }

    void upgradeTo13KeepsTheRulesAndMatchesAFreshBook()
    {
        // Schema 13 rewrites the kind rules of entries and debts in place and
        // folds one index into another: an upgraded book must be the same as a
        // new one, keep its rows, and refuse what it refused before.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.recoup"));
        {
            auto old = Database::create(path, usd(), upTo(12));
            QVERIFY2(old.ok(), qPrintable(old.error()));
            QSqlQuery q(old.value()->connection());
            for (const char *sql :
                { "INSERT INTO customers (id, ref, name, created_at) VALUES (1, 'C1', 'Ana', '2026-01-02T10:00:00Z')",
                    "INSERT INTO debts (id, customer_id, ref, issue_date, due_date, amount, created_at) VALUES "
                    "(1, 1, 'S1', '2026-01-02', '2026-02-01', 500, '2026-01-02T10:00:00Z')",
                    "INSERT INTO entries (customer_id, debt_id, kind, amount, balance_delta, open_delta, credit_delta, "
                    "effective_date, recorded_at, recorded_by) VALUES (1, 1, 'charge', 500, 500, 500, 0, "
                    "'2026-01-02', '2026-01-02T10:00:00Z', 'ana')" })
                QVERIFY2(q.exec(QString::fromLatin1(sql)), sql);
            QCOMPARE(old.value()->schemaVersion(), 12);
        }
        auto upgraded = Database::open(path);
        QVERIFY2(upgraded.ok(), qPrintable(upgraded.error()));
        QCOMPARE(upgraded.value()->schemaVersion(), 13);
        const QStringList upgradedSchema = schemaOf(upgraded.value()->connection());
        upgraded.value().reset();
        auto fresh = Database::create(dir.filePath(QStringLiteral("new.recoup")), usd());
        QVERIFY2(fresh.ok(), qPrintable(fresh.error()));
        QCOMPARE(upgradedSchema, schemaOf(fresh.value()->connection()));
        QVERIFY(!upgradedSchema.join(QLatin1Char('\n')).contains(QLatin1String("entries_customer_credit")));
        for (const QString &object : upgradedSchema)
            if (object.startsWith(QLatin1String("table entries:")) || object.startsWith(QLatin1String("table debts:")))
                QVERIFY2(!object.contains(QLatin1String("kind IN")), qPrintable(object));

        // A program that opens the book afresh reads the new rules: they refuse
        // what the old ones did, accept what they did, and the rows are whole.
        QSqlDatabase other = otherProgram(path, QStringLiteral("after13"));
        {
            QSqlQuery q(other);
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM entries WHERE kind = 'charge'")) && q.next());
            QCOMPARE(q.value(0).toInt(), 1);
            const QString entry = QStringLiteral(
                "INSERT INTO entries (customer_id, debt_id, kind, amount, balance_delta, open_delta, credit_delta, "
                "effective_date, recorded_at, recorded_by) VALUES (1, NULL, '%1', 100, -100, 0, 100, '2026-01-03', "
                "'2026-01-03T10:00:00Z', 'ana')");
            QVERIFY(!q.exec(entry.arg(QStringLiteral("gift"))));
            QVERIFY2(q.lastError().text().contains(QLatin1String("CHECK constraint failed")),
                qPrintable(q.lastError().text()));
            QVERIFY(!q.exec(entry.arg(QStringLiteral("Payment"))));
            QVERIFY2(q.exec(entry.arg(QStringLiteral("payment"))), qPrintable(q.lastError().text()));
            const QString debt = QStringLiteral(
                "INSERT INTO debts (customer_id, ref, issue_date, due_date, amount, created_at, kind) VALUES "
                "(1, '%1', '2026-01-03', '2026-02-03', 100, '2026-01-03T10:00:00Z', '%2')");
            QVERIFY(!q.exec(debt.arg(QStringLiteral("S2"), QStringLiteral("loan"))));
            QVERIFY2(q.exec(debt.arg(QStringLiteral("S3"), QStringLiteral("installment"))),
                qPrintable(q.lastError().text()));
            // A customer's credit is read from entries_customer alone.
            QVERIFY(
                q.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT sum(credit_delta) FROM entries "
                                      "WHERE customer_id = 1 AND credit_delta <> 0 AND effective_date > '2026-01-01'"))
                && q.next());
            QVERIFY2(q.value(3).toString().contains(QLatin1String("COVERING INDEX entries_customer")),
                qPrintable(q.value(3).toString()));
        }
        other.close();
        other = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("after13"));
    }

    void bulkLoadGoesStraightToTheFileOnlyWhenAlone()
    {
        QTemporaryDir dir;
        const QString path = makeBook(dir);
        auto opened = Database::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        Database &db = *opened.value();
        const auto journalMode = [&db] {
            QSqlQuery q(db.connection());
            return q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next() ? q.value(0).toString() : QString();
        };
        const auto bulk = [&db]() -> std::optional<Database::Direct> {
            if (!db.begin(Database::References::CheckedAtCommit))
                return std::nullopt;
            auto direct = db.goDirect();
            return direct ? std::optional(direct.value()) : std::nullopt;
        };

        // Alone: out of the WAL for the transaction, back in it after, whether
        // it commits or rolls back.
        QCOMPARE(bulk(), Database::Direct::Yes);
        QCOMPARE(journalMode(), QStringLiteral("delete"));
        QVERIFY(db.setMeta(QStringLiteral("kept"), QStringLiteral("yes")).ok());
        QVERIFY(db.commit().ok());
        QCOMPARE(journalMode(), QStringLiteral("wal"));
        QCOMPARE(bulk(), Database::Direct::Yes);
        QVERIFY(db.setMeta(QStringLiteral("undone"), QStringLiteral("yes")).ok());
        db.rollback();
        QCOMPARE(journalMode(), QStringLiteral("wal"));
        QCOMPARE(db.meta(QStringLiteral("kept")), QStringLiteral("yes"));
        QVERIFY(db.meta(QStringLiteral("undone")).isEmpty());
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-journal")));

        // A transaction that wrote already keeps going as it is, in the WAL.
        QVERIFY(db.begin(Database::References::CheckedAtCommit).ok());
        QVERIFY(db.setMeta(QStringLiteral("first"), QStringLiteral("yes")).ok());
        auto wrote = db.goDirect();
        QVERIFY(wrote.ok());
        QCOMPARE(wrote.value(), Database::Direct::No);
        QCOMPARE(journalMode(), QStringLiteral("wal"));
        QVERIFY(db.commit().ok());
        QCOMPARE(db.meta(QStringLiteral("first")), QStringLiteral("yes"));

        // With another program on the book: through the WAL, and the other
        // program reads the last commit while the load writes.
        QSqlDatabase other = otherProgram(path, QStringLiteral("reader"));
        {
            QSqlQuery read(other);
            QVERIFY(read.exec(QStringLiteral("SELECT count(*) FROM meta")) && read.next());
            const int before = read.value(0).toInt();
            read.finish();
            QCOMPARE(bulk(), Database::Direct::No);
            QCOMPARE(journalMode(), QStringLiteral("wal"));
            QVERIFY(db.setMeta(QStringLiteral("while read"), QStringLiteral("yes")).ok());
            QVERIFY(read.exec(QStringLiteral("SELECT count(*) FROM meta")) && read.next());
            QCOMPARE(read.value(0).toInt(), before);
            read.finish();
            QVERIFY(db.commit().ok());
            QVERIFY(read.exec(QStringLiteral("SELECT count(*) FROM meta")) && read.next());
            QCOMPARE(read.value(0).toInt(), before + 1);
        }
        other.close();
        other = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("reader"));
    }

    void failedMigrationLeavesBookAsItWas()
    {
        QTemporaryDir dir;
        const QString path = makeBook(dir);
        auto broken = Database::open(path,
            withExtra({ QStringLiteral("CREATE TABLE half (id INTEGER)"),
                QStringLiteral("INSERT INTO no_such_table VALUES (1)") }));
        QVERIFY(!broken.ok());
        QVERIFY2(broken.error().contains(QStringLiteral("not changed")), qPrintable(broken.error()));
        auto db = Database::open(path);
        QVERIFY(db.ok());
        QCOMPARE(db.value()->schemaVersion(), Migration::builtIn().constLast().version);
        QSqlQuery q(db.value()->connection());
        QVERIFY(!q.exec(QStringLiteral("SELECT * FROM half")));
    }

    void nestedTransactionsRollBackTogether()
    {
        QTemporaryDir dir;
        auto created = Database::create(dir.filePath(QStringLiteral("t.recoup")), usd());
        Database &db = *created.value();
        {
            Transaction outer(db);
            QVERIFY(outer.started().ok());
            QVERIFY(db.setMeta(QStringLiteral("a"), QStringLiteral("1")).ok());
            {
                Transaction inner(db);
                QVERIFY(db.setMeta(QStringLiteral("b"), QStringLiteral("2")).ok());
                // inner goes out of scope without commit: the whole action fails
            }
            QVERIFY(!outer.commit().ok());
        }
        QVERIFY(db.meta(QStringLiteral("a")).isEmpty());
        QVERIFY(db.meta(QStringLiteral("b")).isEmpty());
        {
            Transaction tx(db);
            QVERIFY(db.setMeta(QStringLiteral("c"), QStringLiteral("3")).ok());
            QVERIFY(tx.commit().ok());
        }
        QCOMPARE(db.meta(QStringLiteral("c")), QStringLiteral("3"));
    }

    // References checked at the commit: a row added that refers to nothing is
    // found then and nothing is kept; rows that refer to rows of the book or to
    // rows added in the same transaction go in; and afterwards every statement
    // checks its references again, whichever way the transaction ended.
    void referencesCheckedAtCommit_data()
    {
        QTest::addColumn<QString>("insert");
        QTest::addColumn<bool>("valid");
        const QString customer = QStringLiteral(
            "INSERT INTO customers (id, ref, name, created_at) VALUES (1, 'C1', 'Ann', '2026-03-14T10:00:00Z');");
        const QString debt = QStringLiteral("INSERT INTO debts (id, customer_id, ref, issue_date, due_date, amount, "
                                            "created_at, open_amount) VALUES (%1, %2, 'D%1', '2026-03-01', "
                                            "'2026-03-31', 100, '2026-03-14T10:00:00Z', 100);");
        const QString entry = QStringLiteral(
            "INSERT INTO entries (id, customer_id, debt_id, payment_id, kind, amount, balance_delta, open_delta, "
            "credit_delta, effective_date, recorded_at, recorded_by) VALUES (%1, 1, %2, %3, '%4', 100, %5, %6, %7, "
            "'2026-03-01', '2026-03-14T10:00:00Z', 'me');");
        const QString charge
            = entry.arg(1).arg(1).arg(QStringLiteral("NULL"), QStringLiteral("charge")).arg(100).arg(100).arg(0);
        QTest::newRow("all there") << customer + debt.arg(1).arg(1) + charge << true;
        QTest::newRow("a debt of no customer") << customer + debt.arg(1).arg(7) << false;
        QTest::newRow("an entry on no debt") << customer
                + entry.arg(1).arg(9).arg(QStringLiteral("NULL"), QStringLiteral("charge")).arg(100).arg(100).arg(0)
                                             << false;
        QTest::newRow("an allocation of no payment") << customer + debt.arg(1).arg(1) + charge
                + entry.arg(2).arg(1).arg(QStringLiteral("5"), QStringLiteral("allocation")).arg(-100).arg(-100).arg(0)
                                                     << false;
        // References into the rows added are taken on trust only while those
        // rows run unbroken: debts 1, 2 and 4 leave 3 to be looked up.
        QTest::newRow("an entry on debts added, all there") << customer + debt.arg(1).arg(1) + debt.arg(2).arg(1)
                + entry.arg(1).arg(2).arg(QStringLiteral("NULL"), QStringLiteral("charge")).arg(100).arg(100).arg(0)
                                                            << true;
        QTest::newRow("an entry on the gap among debts added")
            << customer + debt.arg(1).arg(1) + debt.arg(2).arg(1) + debt.arg(4).arg(1)
                + entry.arg(1).arg(3).arg(QStringLiteral("NULL"), QStringLiteral("charge")).arg(100).arg(100).arg(0)
            << false;
        QTest::newRow("an entry just past the debts added") << customer + debt.arg(1).arg(1) + debt.arg(2).arg(1)
                + entry.arg(1).arg(3).arg(QStringLiteral("NULL"), QStringLiteral("charge")).arg(100).arg(100).arg(0)
                                                            << false;
    }
    void referencesCheckedAtCommit()
    {
        QFETCH(QString, insert);
        QFETCH(bool, valid);
        QTemporaryDir dir;
        auto created = Database::create(dir.filePath(QStringLiteral("r.recoup")), usd());
        Database &db = *created.value();
        QVERIFY(db.begin(Database::References::CheckedAtCommit));
        QSqlQuery q(db.connection());
        for (const QString &statement : insert.split(QLatin1Char(';'), Qt::SkipEmptyParts))
            QVERIFY2(q.exec(statement), qPrintable(statement));
        const auto committed = db.commit();
        QCOMPARE(committed.ok(), valid);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM customers")) && q.next());
        QCOMPARE(q.value(0).toInt(), valid ? 1 : 0);
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(db.begin());
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO debts (id, customer_id, ref, issue_date, due_date, amount, "
                                       "created_at, open_amount) VALUES (50, 99, 'X', '2026-03-01', '2026-03-31', "
                                       "1, '2026-03-14T10:00:00Z', 1)")));
        db.rollback();
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void splitStatements()
    {
        const QStringList s = Migration::splitStatements(QStringLiteral(
            "-- comment\nCREATE TABLE a (x TEXT DEFAULT ';');\n\nCREATE TRIGGER t BEFORE DELETE ON a\nBEGIN\n    "
            "SELECT RAISE(ABORT, 'no');\nEND;\nCREATE INDEX i ON a (x);\n"));
        QCOMPARE(s.size(), 3);
        QVERIFY(s.at(1).startsWith(QStringLiteral("CREATE TRIGGER")));
        QVERIFY(s.at(1).endsWith(QStringLiteral("END;")));
    }
};

QTEST_GUILESS_MAIN(DatabaseTest)
#include "database_test.moc"
