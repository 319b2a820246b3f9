// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/sql_dialect.h"
#include "support/test_book.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace recoup;

class SqlDialectTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void daysBetween_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::newRow("same day") << QDate(2026, 3, 14) << QDate(2026, 3, 14);
        QTest::newRow("one day later") << QDate(2026, 3, 14) << QDate(2026, 3, 15);
        QTest::newRow("one day earlier") << QDate(2026, 3, 15) << QDate(2026, 3, 14);
        QTest::newRow("over 29 February") << QDate(2024, 2, 28) << QDate(2024, 3, 1);
        QTest::newRow("over a year end") << QDate(2025, 12, 31) << QDate(2026, 1, 1);
        QTest::newRow("ten years back") << QDate(2036, 6, 30) << QDate(2026, 6, 30);
        QTest::newRow("from year 1") << QDate(1, 1, 1) << QDate(9999, 12, 31);
    }

    // The fragment, run on a book with the dates bound, counts days as QDate does.
    void daysBetween()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        test::TestBook book;
        const SqlDialect dialect = SqlDialect::of(book.db().connection());
        QSqlQuery query(book.db().connection());
        QVERIFY(query.prepare(
            QStringLiteral("SELECT %1").arg(dialect.daysBetween(QStringLiteral(":from"), QStringLiteral(":to")))));
        query.bindValue(QStringLiteral(":from"), SqlDialect::date(from));
        query.bindValue(QStringLiteral(":to"), SqlDialect::date(to));
        QVERIFY2(query.exec() && query.next(), qPrintable(query.lastError().text()));
        QCOMPARE(query.value(0).toLongLong(), from.daysTo(to));
    }

    // Columns work as well as placeholders, and a placeholder can be used twice.
    void daysBetweenColumns()
    {
        test::TestBook book;
        const SqlDialect dialect = SqlDialect::of(book.db().connection());
        QSqlQuery query(book.db().connection());
        QVERIFY(query.prepare(QStringLiteral("SELECT %1, %2 FROM (SELECT :day AS a, '2026-01-01' AS b) t")
                                  .arg(dialect.daysBetween(QStringLiteral("t.b"), QStringLiteral("t.a")),
                                      dialect.daysBetween(QStringLiteral(":day"), QStringLiteral("t.b")))));
        query.bindValue(QStringLiteral(":day"), SqlDialect::date(QDate(2026, 3, 1)));
        QVERIFY2(query.exec() && query.next(), qPrintable(query.lastError().text()));
        QCOMPARE(query.value(0).toLongLong(), 59);
        QCOMPARE(query.value(1).toLongLong(), -59);
    }
    // greatest and least of two values, one of them bound, the empty text
    // (a customer never paid) below every date.
    void greatestAndLeast()
    {
        test::TestBook book;
        const SqlDialect dialect = SqlDialect::of(book.db().connection());
        QSqlQuery query(book.db().connection());
        QVERIFY(query.prepare(QStringLiteral("SELECT %1, %2, %3, %4")
                                  .arg(dialect.greatest(QStringLiteral("''"), QStringLiteral(":day")),
                                      dialect.least(QStringLiteral("''"), QStringLiteral(":day")),
                                      dialect.greatest(QStringLiteral("'2026-03-02'"), QStringLiteral(":day")),
                                      dialect.least(QStringLiteral("'2026-03-02'"), QStringLiteral(":day")))));
        query.bindValue(QStringLiteral(":day"), SqlDialect::date(QDate(2026, 3, 1)));
        QVERIFY2(query.exec() && query.next(), qPrintable(query.lastError().text()));
        QCOMPARE(query.value(0).toString(), QStringLiteral("2026-03-01"));
        QVERIFY(query.value(1).toString().isEmpty());
        QCOMPARE(query.value(2).toString(), QStringLiteral("2026-03-02"));
        QCOMPARE(query.value(3).toString(), QStringLiteral("2026-03-01"));
    }

    // The floating sum answers where an integer sum past 64 bits fails.
    void floatingSum()
    {
        test::TestBook book;
        const SqlDialect dialect = SqlDialect::of(book.db().connection());
        QSqlQuery query(book.db().connection());
        const QString values = QStringLiteral("(SELECT 9223372036854775807 AS v UNION ALL SELECT 1)");
        QVERIFY(!query.exec(QStringLiteral("SELECT sum(v) FROM %1").arg(values)));
        QVERIFY2(query.exec(QStringLiteral("SELECT %1 FROM %2").arg(dialect.floatingSum(QStringLiteral("v")), values))
                && query.next(),
            qPrintable(query.lastError().text()));
        QVERIFY(query.value(0).toDouble() > 9.2e18);
        QVERIFY2(
            query.exec(
                QStringLiteral("SELECT %1 FROM (SELECT 1 AS v WHERE 0)").arg(dialect.floatingSum(QStringLiteral("v"))))
                && query.next(),
            qPrintable(query.lastError().text()));
        QCOMPARE(query.value(0).toDouble(), 0.0);
    }

    // Case of ASCII letters ignored by the order and the match; % and _ escaped with '\'.
    void caseless()
    {
        test::TestBook book;
        const SqlDialect dialect = SqlDialect::of(book.db().connection());
        QSqlQuery query(book.db().connection());
        const QString names = QStringLiteral("(SELECT 'bravo' AS n UNION ALL SELECT 'Alpha' UNION ALL SELECT 'Charlie' "
                                             "UNION ALL SELECT '50% off')");
        QVERIFY2(query.exec(
                     QStringLiteral("SELECT n FROM %1 ORDER BY %2").arg(names, dialect.caseless(QStringLiteral("n")))),
            qPrintable(query.lastError().text()));
        QStringList order;
        while (query.next())
            order.append(query.value(0).toString());
        QCOMPARE(order,
            QStringList({ QStringLiteral("50% off"), QStringLiteral("Alpha"), QStringLiteral("bravo"),
                QStringLiteral("Charlie") }));
        QVERIFY(query.prepare(QStringLiteral("SELECT n FROM %1 WHERE %2 ORDER BY n")
                                  .arg(names, dialect.likeCaseless(QStringLiteral("n"), QStringLiteral("?")))));
        const QList<std::pair<QString, QStringList>> cases
            = { { QStringLiteral("%ALPHA%"), { QStringLiteral("Alpha") } },
                  { QStringLiteral("%r%"), { QStringLiteral("Charlie"), QStringLiteral("bravo") } },
                  { QStringLiteral("%0\\%%"), { QStringLiteral("50% off") } }, { QStringLiteral("%\\_%"), {} } };
        for (const auto &[pattern, expected] : cases) {
            query.addBindValue(pattern);
            QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
            QStringList found;
            while (query.next())
                found.append(query.value(0).toString());
            QCOMPARE(found, expected);
        }
    }
};

QTEST_GUILESS_MAIN(SqlDialectTest)
#include "sql_dialect_test.moc"
