// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/bulk_inserter.h"
#include "db/database.h"
#include "support/test_book.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace recoup;

class BulkInserterTest : public QObject
{
    Q_OBJECT

    static qint64 count(Database &db, const QString &sql)
    {
        QSqlQuery q(db.connection());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

    static QStringList schema(Database &db)
    {
        QSqlQuery q(db.connection());
        q.exec(
            QStringLiteral("SELECT type || ' ' || name || ' ' || coalesce(sql, '') FROM sqlite_master ORDER BY name"));
        QStringList rows;
        while (q.next())
            rows.append(q.value(0).toString());
        return rows;
    }

private Q_SLOTS:
    // Rows in whole batches and a remainder, every value as bound.
    void insertsEveryRow()
    {
        test::TestBook book;
        QVERIFY(book.db().begin());
        auto inserter = BulkInserter::open(book.db());
        QVERIFY2(inserter, qPrintable(inserter.error()));
        auto insert = inserter.value()->prepare("customers", { "id", "ref", "name", "created_at", "credit_limit" });
        QVERIFY2(insert, qPrintable(insert.error()));
        const QByteArray created = "2026-03-14T10:00:00Z";
        QStringList refs;
        for (int i = 0; i < 123; ++i)
            refs.append(QStringLiteral("C%1").arg(i));
        auto done = insert.value()->insert(123, [&](BulkRow &row, size_t i) {
            row.bind(0, qint64(i) + 1);
            row.bind(1, refs.at(int(i)));
            row.bind(2, QString());
            row.bindUtf8(3, created);
            i % 2 ? row.bind(4, qint64(i)) : row.bindNull(4);
        });
        QVERIFY2(done, qPrintable(done.error()));
        QVERIFY(book.db().commit());
        QCOMPARE(count(book.db(), QStringLiteral("SELECT count(*) FROM customers")), 123);
        QCOMPARE(count(book.db(),
                     QStringLiteral("SELECT count(*) FROM customers WHERE name = '' AND "
                                    "created_at = '2026-03-14T10:00:00Z'")),
            123);
        QCOMPARE(count(book.db(), QStringLiteral("SELECT count(credit_limit) FROM customers")), 61);
        QCOMPARE(count(book.db(), QStringLiteral("SELECT id FROM customers WHERE ref = 'C122'")), 123);
    }

    // Texts go in as UTF-8, whatever their letters and length (one too long
    // for the batch's room goes as UTF-16), and a null text as ''.
    void textsAsGiven()
    {
        test::TestBook book;
        QVERIFY(book.db().begin());
        auto inserter = BulkInserter::open(book.db());
        QVERIFY(inserter);
        auto insert = inserter.value()->prepare("customers", { "id", "ref", "name", "notes", "created_at" });
        QVERIFY(insert);
        const QStringList names = { QStringLiteral("Ann"), QStringLiteral("Ñandú Pérez"), QString(),
            QStringLiteral("\u5F20\u4F1F \U0001F600"), QString(120000, QLatin1Char('x')) };
        const QByteArray created = "2026-03-14T10:00:00Z";
        const int rows = 120;
        auto done = insert.value()->insert(rows, [&](BulkRow &row, size_t i) {
            row.bind(0, qint64(i) + 1);
            row.bind(1, QStringLiteral("C%1").arg(i));
            row.bind(2, names.at(int(i) % names.size()));
            row.bind(3, names.at((int(i) + 1) % names.size()));
            row.bindUtf8(4, created);
        });
        QVERIFY2(done, qPrintable(done.error()));
        QVERIFY(book.db().commit());
        QSqlQuery q(book.db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT id, name, notes, typeof(name) FROM customers ORDER BY id")));
        int seen = 0;
        while (q.next()) {
            const int i = q.value(0).toInt() - 1;
            QCOMPARE(q.value(1).toString(),
                names.at(i % names.size()).isNull() ? QStringLiteral("") : names.at(i % names.size()));
            QCOMPARE(q.value(2).toString(),
                names.at((i + 1) % names.size()).isNull() ? QStringLiteral("") : names.at((i + 1) % names.size()));
            QCOMPARE(q.value(3).toString(), QStringLiteral("text"));
            ++seen;
        }
        QCOMPARE(seen, rows);
    }

    // A row the book refuses (a duplicate ref) is named, whether it falls in a
    // whole batch or in the remainder.
    void namesTheRefusedRow_data()
    {
        QTest::addColumn<int>("duplicate");
        QTest::addColumn<bool>("atCommit");
        QTest::newRow("in a batch") << 73 << false;
        QTest::newRow("in the remainder") << 110 << false;
        QTest::newRow("first of a batch") << 50 << false;
        QTest::newRow("in a batch, references at commit") << 73 << true;
        QTest::newRow("in the remainder, references at commit") << 110 << true;
    }
    void namesTheRefusedRow()
    {
        QFETCH(int, duplicate);
        QFETCH(bool, atCommit);
        test::TestBook book;
        QVERIFY(book.db().begin(atCommit ? Database::References::CheckedAtCommit : Database::References::Checked));
        auto inserter = BulkInserter::open(book.db());
        QVERIFY(inserter);
        auto insert = inserter.value()->prepare("customers", { "id", "ref", "name", "created_at" });
        QVERIFY(insert);
        QStringList refs;
        for (int i = 0; i < 120; ++i)
            refs.append(QStringLiteral("C%1").arg(i == duplicate ? 5 : i));
        const QByteArray created = "2026-03-14T10:00:00Z";
        auto done = insert.value()->insert(120, [&](BulkRow &row, size_t i) {
            row.bind(0, qint64(i) + 1);
            row.bind(1, refs.at(int(i)));
            row.bind(2, QStringLiteral("x"));
            row.bindUtf8(3, created);
        });
        QVERIFY(!done);
        QVERIFY(!done.error().isEmpty());
        QCOMPARE(insert.value()->failedRow(), std::optional<size_t>(size_t(duplicate)));
        book.db().rollback();
        QCOMPARE(count(book.db(), QStringLiteral("SELECT count(*) FROM customers")), 0);
    }

    // Indexes dropped and made again leave the schema exactly as it was; the
    // page cache is given back its size.
    void indexesAndCache()
    {
        test::TestBook book;
        const QStringList before = schema(book.db());
        const qint64 cache = count(book.db(), QStringLiteral("PRAGMA cache_size"));
        QVERIFY(book.db().begin());
        {
            auto inserter = BulkInserter::open(book.db());
            QVERIFY(inserter);
            inserter.value()->enlargeCache();
            QVERIFY(count(book.db(), QStringLiteral("PRAGMA cache_size")) != cache);
            auto dropped = inserter.value()->dropIndexes(QStringLiteral("entries"));
            QVERIFY2(dropped, qPrintable(dropped.error()));
            QVERIFY(dropped->size() >= 5);
            QVERIFY(schema(book.db()) != before);
            QVERIFY(inserter.value()->createIndexes(dropped.value()));
        }
        QVERIFY(book.db().commit());
        QCOMPARE(schema(book.db()), before);
        QCOMPARE(count(book.db(), QStringLiteral("PRAGMA cache_size")), cache);
    }
};

QTEST_GUILESS_MAIN(BulkInserterTest)
#include "bulk_inserter_test.moc"
