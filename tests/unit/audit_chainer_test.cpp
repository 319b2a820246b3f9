// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/audit_chainer.h"
#include "ledger/audit_details.h"
#include "ledger/canonical_rows.h"

#include <QJsonArray>
#include <QTest>

#include <limits>

using namespace recoup;

class AuditChainerTest : public QObject
{
    Q_OBJECT

    static constexpr auto Now = u"2026-03-14T10:00:00.000Z";
    static constexpr auto CreatedAt = u"2026-03-14T10:00:00Z";

    /// Texts that JSON must escape, or that are not ASCII, in turn.
    static QString awkward(int i)
    {
        static const QStringList texts{ QString(), QStringLiteral(""), QStringLiteral("plain"),
            QStringLiteral("quote \" and \\ backslash"), QStringLiteral("tab\tnew\nline\rret\bbs\fff"),
            QString(QChar(0x01)) + QChar(0x1f) + QChar(0x7f) + QStringLiteral("/"), QStringLiteral("Ñandú é ü ß"),
            QStringLiteral("€ ₹ 中文 ﻿"), QString::fromUtf8("emoji \xF0\x9F\x98\x80 pair"),
            QString(QChar(0xd800)) + QStringLiteral("lone high"), QStringLiteral("lone low") + QChar(0xdc01),
            QString(QChar(0xdbff)) + QChar(0xdfff) + QChar(0xd83d) };
        return texts.at(i % texts.size());
    }

    static AuditChainer::Pending pending(int i, bool bind = false)
    {
        const auto kind = AuditChainer::Pending::Kind(i % 3);
        AuditChainer::Pending p{ kind, i + 1, i / 3 + 1, 100 * i + 1, 50 * i, QDate(2025, 1, 1).addDays(i % 400),
            QDate(2025, 2, 1).addDays(i % 400), QStringLiteral("R%1").arg(i), QStringLiteral("Name %1 é").arg(i) };
        if (!bind)
            return p;
        p.bindRows = true;
        p.text += awkward(i);
        p.name = awkward(i + 1);
        p.customer = { p.text, p.name, awkward(i + 2), awkward(i + 3), awkward(i + 4), awkward(i + 5),
            i % 2 ? std::optional<qint64>(-i * 1000) : std::nullopt };
        p.phoneE164 = i % 4 ? QStringLiteral("+34%1").arg(i) : QString();
        p.description = awkward(i + 6);
        p.termsDays = i % 5 ? std::optional<int>(i % 90) : std::nullopt;
        p.firstEntryId = 10 * i + 1;
        if (kind == AuditChainer::Pending::Debt && i % 7 == 1)
            p.dueDate = QDate(); // never in a book, but written all the same
        for (int e = 0; e < i % 4; ++e) {
            NewEntry n;
            n.customerId = p.customerId;
            n.debtId = e % 2 ? i : 0;
            n.paymentId = e % 3 ? i + e : 0;
            n.sourceId = e == 2 ? 7 : 0;
            n.kind = EntryKind((i + e) % 8);
            n.amount = (e % 2 ? -1 : 1) * (qint64(i) * 977 + e);
            n.openDelta = n.amount;
            n.creditDelta = e % 2 ? std::numeric_limits<qint64>::min() / 2 : 3;
            n.date = e == 3 ? QDate(999, 12, 31) : QDate(2026, 1, 1).addDays(i + e);
            n.ref = e ? awkward(i + e) : QString();
            n.method = awkward(i + e + 1);
            n.reference = awkward(i + e + 2);
            n.note = awkward(i + e + 3);
            p.entries.push_back(n);
        }
        return p;
    }

    // What AuditChainer::make does, written out with QJsonObject: the records
    // the ledger appends, their rows as canonical_rows.h makes them.
    static AuditLog::Record expected(const AuditChainer::Pending &a, const QString &previous, const QString &user)
    {
        using C = CanonicalRows;
        const QString now = QString::fromUtf16(Now);
        const QString createdAt = QString::fromUtf16(CreatedAt);
        QJsonObject details;
        QString type;
        switch (a.kind) {
        case AuditChainer::Pending::Customer:
            details = AuditDetails::customerAdded(a.text, a.name);
            type = QStringLiteral("customer");
            break;
        case AuditChainer::Pending::Debt:
            details = AuditDetails::debtAdded(a.text, a.customerId, a.amount, a.date, a.dueDate);
            type = QStringLiteral("debt");
            break;
        case AuditChainer::Pending::Payment:
            details = AuditDetails::paymentAdded(a.customerId, a.amount, a.date, a.text, a.allocated);
            type = QStringLiteral("payment");
            break;
        }
        if (a.bindRows) {
            QJsonArray rows;
            if (a.kind == AuditChainer::Pending::Customer) {
                const CustomerInput &c = a.customer;
                rows.append(QJsonArray{ QStringLiteral("customers"), C::integer(a.objectId), C::text(c.ref),
                    C::text(c.name), C::text(c.phone), C::text(a.phoneE164), C::text(c.email), C::text(c.address),
                    C::text(c.notes), c.creditLimit ? C::integer(*c.creditLimit) : C::null(), C::text(createdAt) });
            } else if (a.kind == AuditChainer::Pending::Debt) {
                rows.append(QJsonArray{ QStringLiteral("debts"), C::integer(a.objectId), C::integer(a.customerId),
                    C::text(a.text), C::text(a.description), AuditDetails::isoDate(a.date),
                    AuditDetails::isoDate(a.dueDate), a.termsDays ? C::integer(*a.termsDays) : C::null(),
                    C::integer(a.amount), C::text(createdAt), QStringLiteral("sale"), C::null() });
            }
            qint64 id = a.firstEntryId;
            for (const NewEntry &e : a.entries)
                rows.append(QJsonArray{ QStringLiteral("entries"), C::integer(id++), C::integer(e.customerId),
                    C::id(e.debtId), C::id(e.paymentId), C::id(e.sourceId), entryKindKey(e.kind), C::integer(e.amount),
                    C::integer(e.openDelta - e.creditDelta), C::integer(e.openDelta), C::integer(e.creditDelta),
                    AuditDetails::isoDate(e.date), C::text(now), C::text(user), C::textOrNull(e.ref),
                    C::textOrNull(e.method), C::text(e.reference), C::text(e.note) });
            details.insert(C::detailsKey(), rows);
        }
        return AuditLog::makeRecord(previous, now, user, QStringLiteral("add"), type, a.objectId, details);
    }

    static void compareChain(const QString &user, bool bind, int count)
    {
        const QString head = QStringLiteral("ab12");
        AuditChainer chainer(head, QString::fromUtf16(Now), user, QString::fromUtf16(CreatedAt));
        for (int i = 0; i < count; ++i)
            chainer.add(pending(i, bind));
        const std::vector<AuditChainer::Record> records = chainer.finish();
        QCOMPARE(int(records.size()), count);
        QString previous = head;
        for (int i = 0; i < count; ++i) {
            const AuditLog::Record want = expected(pending(i, bind), previous, user);
            const AuditChainer::Record &got = records[size_t(i)];
            QCOMPARE(QString::fromLatin1(AuditChainer::objectType(got.kind)), want.objectType);
            QCOMPARE(got.objectId, want.objectId);
            QCOMPARE(QString::fromUtf8(got.details), want.details);
            QCOMPARE(got.details, want.details.toUtf8());
            QCOMPARE(QString::fromLatin1(got.hash), want.hash);
            previous = want.hash;
        }
    }

private Q_SLOTS:
    // Records handed over in several chunks come out in order, each on the one before.
    void chainsInOrder_data()
    {
        QTest::addColumn<int>("count");
        QTest::newRow("none") << 0;
        QTest::newRow("one") << 1;
        QTest::newRow("several chunks") << 5000;
    }
    void chainsInOrder()
    {
        QFETCH(int, count);
        compareChain(QStringLiteral("me"), false, count);
    }

    // The rows bound (rows_v1) and every text in them written as QJsonDocument
    // writes them: escapes, characters past ASCII, surrogates alone, nulls,
    // the largest integers; a user name past ASCII is hashed as UTF-8.
    void bindsRowsAsQJsonWrites()
    {
        compareChain(QStringLiteral("me"), true, 600);
        compareChain(QStringLiteral("Ana María \"x\""), true, 60);
    }

    // A failed import drops the chainer without finishing it: it stops.
    void stopsWithoutFinish()
    {
        AuditChainer chainer(QString(), QString::fromUtf16(Now), QStringLiteral("me"));
        for (int i = 0; i < 3000; ++i)
            chainer.add(pending(i));
    }
};

QTEST_GUILESS_MAIN(AuditChainerTest)
#include "audit_chainer_test.moc"
