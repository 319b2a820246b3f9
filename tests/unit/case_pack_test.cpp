// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "collections/case_pack_reader.h"
#include "collections/collections.h"
#include "io/case_pack_csv.h"
#include "io/csv_reader.h"
#include "ledger/audit_log.h"
#include "support/pack_story.h"
#include "support/test_book.h"

#include <QBuffer>
#include <QSqlQuery>
#include <QTest>

using namespace recoup;
using namespace recoup::test;

namespace {

QList<QStringList> rows(const QByteArray &csv)
{
    QByteArray copy = csv;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer);
    CsvRecord record;
    QList<QStringList> list;
    while (reader.next(record))
        list.append(record.fields);
    return list;
}

QByteArray file(const QList<std::pair<QString, QByteArray>> &files, const QString &name)
{
    for (const auto &[n, bytes] : files)
        if (n == name)
            return bytes;
    qFatal("no %s", qPrintable(name));
}

} // namespace

class CasePackTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_book = std::make_unique<TestBook>();
        m_story = PackStory::tell(*m_book);
        m_collections = std::make_unique<Collections>(m_book->ledger());
    }
    void cleanup()
    {
        m_collections.reset();
        m_book.reset();
    }

    void theWholeAccountAsOfADate()
    {
        auto pack = CasePackReader(*m_collections).read(m_story.ana, 0, QDate(2026, 3, 14));
        QVERIFY2(pack, qPrintable(pack.error()));
        QCOMPARE(pack->customer.details.ref, QStringLiteral("C1"));
        QCOMPARE(pack->asOf, QDate(2026, 3, 14));
        QCOMPARE(pack->owed, m_book->minor(QStringLiteral("180.00")));
        QCOMPARE(pack->overdue, m_book->minor(QStringLiteral("180.00")));
        QCOMPARE(pack->oldestDaysPastDue, 73); // S1 due 2025-12-31
        QCOMPARE(pack->statement.items.size(), 2);

        QCOMPARE(pack->contacts.size(), 1); // Bob's visit is not hers
        const Contact &call = pack->contacts.first();
        QCOMPARE(call.date, QDate(2026, 1, 15));
        QCOMPARE(call.time, QStringLiteral("10:30"));
        QCOMPARE(call.channel, Channel::Phone);
        QCOMPARE(call.madeBy, QStringLiteral("Maria"));
        QCOMPARE(call.outcome, ContactOutcome::Promised);

        QCOMPARE(pack->promises.size(), 1);
        QCOMPARE(pack->promises.first().state, PromiseState::Broken);
        QCOMPARE(pack->promises.first().dueDate, QDate(2026, 1, 31));
        QCOMPARE(pack->disputes.size(), 1);
        QVERIFY(!pack->disputes.first().resolved);
        QCOMPARE(pack->disputes.first().debtRef, QStringLiteral("S2"));
        QCOMPARE(pack->escalation.size(), 1);
        QCOMPARE(pack->escalation.first().event.kind, CollectionEvent::Kind::CreditStopped);
        QCOMPARE(pack->escalation.first().event.date, QDate(2026, 3, 1));
        QCOMPARE(pack->documents.size(), 1);
        QCOMPARE(pack->documents.first().kind, QStringLiteral("final_demand"));
        QCOMPARE(pack->documents.first().sha256, PackStory::finalDemandSha());
    }

    void theAuditExtractIsHersAndChained()
    {
        auto pack = CasePackReader(*m_collections).read(m_story.ana, 0, QDate(2026, 3, 14));
        QVERIFY2(pack, qPrintable(pack.error()));
        const auto last = m_book->ledger().audit().lastRecord();
        QVERIFY(last);
        QCOMPARE(pack->headId, last->first);
        QCOMPARE(pack->headHash, last->second);
        QCOMPARE(pack->head, AuditLog::headText(last->first, last->second));
        QVERIFY(m_book->ledger().audit().checkHead(pack->head).isEmpty());

        QSet<QString> kinds;
        for (const AuditExtract::Line &line : pack->audit) {
            kinds.insert(line.objectType);
            QVERIFY(line.id <= pack->headId);
            QCOMPARE(line.hash.size(), 64);
            // Each record is the one the chain holds: its hash follows from the record before it.
            QSqlQuery q(m_book->db().connection());
            q.prepare(QStringLiteral("SELECT hash FROM audit_log WHERE id = ?"));
            q.addBindValue(line.id - 1);
            QVERIFY(q.exec());
            QCOMPARE(q.next() ? q.value(0).toString() : QString(), line.prevHash);
        }
        for (const char *kind : { "customer", "debt", "payment", "contact", "promise", "dispute", "document_sent" })
            QVERIFY2(kinds.contains(QLatin1String(kind)), kind);
        // Nothing about Bob: not his customer record, his sale or his visit.
        for (const AuditExtract::Line &line : pack->audit) {
            QVERIFY(!(line.objectType == QLatin1String("customer") && line.objectId == m_story.bob));
            QVERIFY(!(line.objectType == QLatin1String("debt") && line.objectId == m_story.s3));
        }
        auto bobs = CasePackReader(*m_collections).read(m_story.bob, 0, QDate(2026, 3, 14));
        QVERIFY(bobs);
        QSet<qint64> hers;
        for (const AuditExtract::Line &line : pack->audit)
            hers.insert(line.id);
        for (const AuditExtract::Line &line : bobs->audit)
            QVERIFY2(!hers.contains(line.id) || line.objectType == QLatin1String("book"), qPrintable(line.action));
    }

    void oneDebtOnly()
    {
        auto pack = CasePackReader(*m_collections).read(m_story.ana, m_story.s2, QDate(2026, 3, 14));
        QVERIFY2(pack, qPrintable(pack.error()));
        QCOMPARE(pack->debtRef, QStringLiteral("S2"));
        QCOMPARE(pack->statement.items.size(), 1);
        QCOMPARE(pack->owed, m_book->minor(QStringLiteral("80.00")));
        QCOMPARE(pack->disputes.size(), 1);
        QCOMPARE(pack->promises.size(), 0); // the promise covers S1
        QCOMPARE(pack->contacts.size(), 0); // the call was about S1
        for (const AuditExtract::Line &line : pack->audit)
            QVERIFY(!(line.objectType == QLatin1String("debt") && line.objectId == m_story.s1));
    }

    void aDebtOfAnotherCustomerIsRefused()
    {
        auto pack = CasePackReader(*m_collections).read(m_story.ana, m_story.s3, QDate(2026, 3, 14));
        QVERIFY(!pack);
        QVERIFY2(pack.error().contains(QStringLiteral("S3")) && pack.error().contains(QStringLiteral("Ana Roux")),
            qPrintable(pack.error()));
        QVERIFY(!CasePackReader(*m_collections).read(9999, 0, QDate(2026, 3, 14)));
    }

    void anEarlierDateLeavesOutWhatCameLater()
    {
        auto pack = CasePackReader(*m_collections).read(m_story.ana, 0, QDate(2026, 1, 20));
        QVERIFY2(pack, qPrintable(pack.error()));
        QCOMPARE(pack->contacts.size(), 1);
        QCOMPARE(pack->promises.size(), 1);
        QCOMPARE(pack->promises.first().state, PromiseState::Pending);
        QCOMPARE(pack->disputes.size(), 0);
        QCOMPARE(pack->escalation.size(), 0);
        QCOMPARE(pack->owed, m_book->minor(QStringLiteral("200.00")));
        QCOMPARE(pack->overdue, m_book->minor(QStringLiteral("120.00")));
    }

    void theCsvFilesRowByRow()
    {
        auto pack = CasePackReader(*m_collections).read(m_story.ana, 0, QDate(2026, 3, 14));
        QVERIFY2(pack, qPrintable(pack.error()));
        const auto files = CasePackCsv::files(pack.value(), m_book->ledger().currency());
        QStringList names;
        for (const auto &f : files)
            names << f.first;
        QCOMPARE(names,
            QStringList(
                { QStringLiteral("summary.csv"), QStringLiteral("statement.csv"), QStringLiteral("contacts.csv"),
                    QStringLiteral("promises.csv"), QStringLiteral("disputes.csv"), QStringLiteral("plans.csv"),
                    QStringLiteral("escalation.csv"), QStringLiteral("documents.csv"), QStringLiteral("audit.csv") }));

        const auto statement = rows(file(files, QStringLiteral("statement.csv")));
        QCOMPARE(statement.size(), 3);
        QCOMPARE(statement.at(0).join(QLatin1Char(',')),
            QStringLiteral("ref,description,issue_date,due_date,days_overdue,amount,open"));
        QCOMPARE(statement.at(1).mid(2),
            QStringList({ QStringLiteral("2025-12-01"), QStringLiteral("2025-12-31"), QStringLiteral("73"),
                QStringLiteral("120.00"), QStringLiteral("100.00") }));
        QCOMPARE(statement.at(1).at(0), QStringLiteral("S1"));

        const auto contacts = rows(file(files, QStringLiteral("contacts.csv")));
        QCOMPARE(contacts.size(), 2);
        QCOMPARE(contacts.at(1).mid(0, 7),
            QStringList({ QStringLiteral("2026-01-15"), QStringLiteral("10:30"), QStringLiteral("phone"),
                QStringLiteral("Maria"), QStringLiteral("promised"), QStringLiteral("S1"),
                QStringLiteral("Will pay half by the end of the month, \"for sure\"") }));
        // The quotes and the comma are quoted as RFC 4180 says.
        QVERIFY(file(files, QStringLiteral("contacts.csv"))
                    .contains("\"Will pay half by the end of the month, \"\"for sure\"\"\""));

        const auto promises = rows(file(files, QStringLiteral("promises.csv")));
        QCOMPARE(promises.size(), 2);
        QCOMPARE(promises.at(1).mid(0, 6),
            QStringList({ QStringLiteral("2026-01-15"), QStringLiteral("2026-01-31"), QStringLiteral("60.00"),
                QStringLiteral("0.00"), QStringLiteral("broken"), QStringLiteral("S1") }));
        const auto disputes = rows(file(files, QStringLiteral("disputes.csv")));
        QCOMPARE(disputes.size(), 2);
        QCOMPARE(disputes.at(1).mid(0, 5),
            QStringList({ QStringLiteral("S2"), QStringLiteral("80.00"), QStringLiteral("The drill arrived broken"),
                QStringLiteral("2026-02-01"), QStringLiteral("open") }));
        const auto escalation = rows(file(files, QStringLiteral("escalation.csv")));
        QCOMPARE(escalation.size(), 2);
        QCOMPARE(escalation.at(1).mid(0, 3),
            QStringList({ QStringLiteral("2026-03-01"), QString(), QStringLiteral("credit_stopped") }));
        const auto documents = rows(file(files, QStringLiteral("documents.csv")));
        QCOMPARE(documents.size(), 2);
        QCOMPARE(documents.at(1).at(1), QStringLiteral("final_demand"));
        QCOMPARE(documents.at(1).at(4), PackStory::finalDemandSha());

        const auto audit = rows(file(files, QStringLiteral("audit.csv")));
        QCOMPARE(audit.size(), pack->audit.size() + 1);
        QCOMPARE(audit.at(0).join(QLatin1Char(',')),
            QStringLiteral("id,recorded_at,recorded_by,action,object_type,object_id,prev_hash,hash"));
        for (int i = 0; i < pack->audit.size(); ++i) {
            QCOMPARE(audit.at(i + 1).at(0), QString::number(pack->audit.at(i).id));
            QCOMPARE(audit.at(i + 1).at(7), pack->audit.at(i).hash);
        }
        const auto summary = rows(file(files, QStringLiteral("summary.csv")));
        QVERIFY(summary.contains(QStringList({ QStringLiteral("owed"), QStringLiteral("180.00") })));
        QVERIFY(summary.contains(QStringList({ QStringLiteral("audit_head"), pack->head })));
        QVERIFY(summary.contains(QStringList({ QStringLiteral("as_of"), QStringLiteral("2026-03-14") })));
    }

private:
    std::unique_ptr<TestBook> m_book;
    std::unique_ptr<Collections> m_collections;
    PackStory m_story;
};

QTEST_GUILESS_MAIN(CasePackTest)
#include "case_pack_test.moc"
