// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/outside_change_watcher.h"
#include "support/test_book.h"

#include <QSignalSpy>
#include <QTest>

using namespace recoup;
using recoup::test::TestBook;

/// A second connection on the same book, as another program would have.
class OtherWriter
{
public:
    explicit OtherWriter(TestBook &book)
        : m_db(std::move(Database::open(book.path())).value()), m_ledger(*m_db, book.clock())
    { }
    Database &db() { return *m_db; }
    qint64 addCustomer(const QString &name)
    {
        CustomerInput input;
        input.name = name;
        const auto id = m_ledger.addCustomer(input);
        return id ? id.value() : 0;
    }

private:
    std::unique_ptr<Database> m_db;
    Ledger m_ledger;
};

class OutsideChangeWatcherTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anotherWriterIsNoticed();
    void ownWritesAreNot();
    void aCacheWrittenElsewhereIsNot();
    void anOutsideWriteBeforeOursIsStillNoticed();
    void theTimerLooksByItself();

private:
    static int outsideNotices(const QSignalSpy &spy)
    {
        int n = 0;
        for (const QList<QVariant> &call : spy)
            n += call.at(0).value<ChangeSet>().outside ? 1 : 0;
        return n;
    }
};

void OutsideChangeWatcherTest::anotherWriterIsNoticed()
{
    TestBook book;
    OutsideChangeWatcher watcher(book.ledger());
    QSignalSpy spy(&book.ledger(), &Ledger::changed);
    OtherWriter other(book);
    watcher.check();
    QCOMPARE(spy.size(), 0); // opening the book elsewhere changes nothing
    QVERIFY(other.addCustomer(QStringLiteral("Written elsewhere")));
    watcher.check();
    QCOMPARE(spy.size(), 1);
    const auto changes = spy.at(0).at(0).value<ChangeSet>();
    QVERIFY(changes.outside);
    QVERIFY(changes.everything);
    // Once told, not again.
    watcher.check();
    QCOMPARE(spy.size(), 1);
}

void OutsideChangeWatcherTest::ownWritesAreNot()
{
    TestBook book;
    OutsideChangeWatcher watcher(book.ledger());
    QSignalSpy spy(&book.ledger(), &Ledger::changed);
    const qint64 id = book.customer(QStringLiteral("Ours"));
    book.sale(id, QStringLiteral("10.00"), QDate(2026, 3, 1));
    watcher.check();
    QCOMPARE(spy.size(), 2);
    QCOMPARE(outsideNotices(spy), 0);
}

void OutsideChangeWatcherTest::aCacheWrittenElsewhereIsNot()
{
    // The aging's month-end cache is written on a second connection of this
    // program: SQLite reports the commit, but the books did not change.
    TestBook book;
    OutsideChangeWatcher watcher(book.ledger());
    QSignalSpy spy(&book.ledger(), &Ledger::changed);
    OtherWriter other(book);
    QVERIFY(other.db().setMeta(QStringLiteral("test_note"), QStringLiteral("cache")).ok());
    watcher.check();
    QCOMPARE(spy.size(), 0);
}

void OutsideChangeWatcherTest::anOutsideWriteBeforeOursIsStillNoticed()
{
    TestBook book;
    OutsideChangeWatcher watcher(book.ledger());
    QSignalSpy spy(&book.ledger(), &Ledger::changed);
    OtherWriter other(book);
    QVERIFY(other.addCustomer(QStringLiteral("Elsewhere first")));
    book.customer(QStringLiteral("Ours next"));
    watcher.check();
    QCOMPARE(outsideNotices(spy), 1);
}

void OutsideChangeWatcherTest::theTimerLooksByItself()
{
    TestBook book;
    OutsideChangeWatcher watcher(book.ledger());
    QSignalSpy spy(&book.ledger(), &Ledger::changed);
    OtherWriter other(book);
    QVERIFY(other.addCustomer(QStringLiteral("Written elsewhere")));
    QTRY_COMPARE_WITH_TIMEOUT(outsideNotices(spy), 1, 5000);
}

QTEST_MAIN(OutsideChangeWatcherTest)
#include "outside_change_watcher_test.moc"
