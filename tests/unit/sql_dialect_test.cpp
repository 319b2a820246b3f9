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
};

QTEST_GUILESS_MAIN(SqlDialectTest)
#include "sql_dialect_test.moc"
