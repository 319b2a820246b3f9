// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Credit stop, agency and legal, write-off and recovery: each action's rules,
// its records, the ladder's pause, and the books still tying after it.
#include "aging/aging_report.h"
#include "aging/balance_report.h"
#include "collections/collections.h"
#include "ledger/ledger_verifier.h"
#include "ledger/period_close.h"
#include "support/test_book.h"

#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

using namespace recoup;

namespace {

qint64 rows(Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) || !q.next())
        qFatal("cannot count %s", qPrintable(table));
    return q.value(0).toLongLong();
}

/// Every table these actions write: what "nothing was changed" means.
QList<qint64> allRows(Database &db)
{
    QList<qint64> counts;
    for (const char *table : { "entries", "audit_log", "credit_holds", "credit_overrides", "agency_referrals",
             "agency_recalls", "collection_costs", "legal_steps", "recoveries", "debts" })
        counts << rows(db, QLatin1String(table));
    return counts;
}

QString lastAudit(Database &db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT action FROM audit_log ORDER BY id DESC LIMIT 1")) || !q.next())
        return {};
    return q.value(0).toString();
}

/// verify passes, and the aging's buckets less credit are the balances, to the cent, as of the date.
void booksTie(test::TestBook &book, const QDate &asOf)
{
    const VerifyReport report = LedgerVerifier(book.db()).run();
    QVERIFY2(report.ok(), qPrintable(report.problems.join(QLatin1Char('\n'))));
    AgingOptions options;
    options.asOf = asOf;
    const auto aging = AgingReport::compute(book.db(), options);
    QVERIFY(aging.ok());
    const auto balances = BalanceReport::compute(book.db(), asOf);
    QVERIFY(balances.ok());
    QCOMPARE(aging->total().balance(), balances->total());
    for (AgingMethod method : { AgingMethod::SumToDate, AgingMethod::CurrentLessLater }) {
        options.method = method;
        const auto again = AgingReport::compute(book.db(), options);
        QVERIFY(again.ok());
        QCOMPARE(again->total(), aging->total());
    }
}

const DebtStanding *standing(Collections &c, const QDate &asOf, qint64 debtId, Worklist &keep)
{
    auto list = c.worklist(asOf);
    if (!list)
        qFatal("worklist: %s", qPrintable(list.error()));
    keep = list.value();
    return keep.standing(debtId);
}

} // namespace

class EscalationTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A stopped customer's credit sale is refused without a reason and made with one,
    // which is kept with the sale, on its timeline and in the audit log.
    void saleToStoppedCustomer()
    {
        test::TestBook book;
        Collections c(book.ledger());
        const qint64 a = book.customer(QStringLiteral("Baker St Deli"), QStringLiteral("C1"));
        QVERIFY(c.stopCredit(a, QStringLiteral("Three months behind"), QDate(2026, 3, 10)).ok());
        QVERIFY(book.ledger().credit().currentStop(a)->has_value());
        QCOMPARE(lastAudit(book.db()), QStringLiteral("stop_credit"));
        // Stopped twice by hand: refused.
        QVERIFY(!c.stopCredit(a, QStringLiteral("again")).ok());

        DebtInput sale;
        sale.customerId = a;
        sale.issueDate = QDate(2026, 3, 14);
        sale.termsDays = 30;
        sale.amount = 5000;
        const QList<qint64> before = allRows(book.db());
        const auto refused = book.ledger().addDebt(sale);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QStringLiteral("stopped since 2026-03-10: Three months behind")),
            qPrintable(refused.error()));
        QCOMPARE(allRows(book.db()), before);

        sale.creditOverride = QStringLiteral("Paid cash for the last two orders");
        const auto made = book.ledger().addDebt(sale);
        QVERIFY2(made.ok(), qPrintable(made.error()));
        QCOMPARE(rows(book.db(), QStringLiteral("credit_overrides")), 1);
        QCOMPARE(lastAudit(book.db()), QStringLiteral("credit_override"));
        const auto events = c.records().debtEvents(made.value());
        QVERIFY(events.ok());
        QList<CollectionEvent::Kind> kinds;
        for (const CollectionEvent &e : events.value())
            kinds << e.kind;
        QVERIFY(kinds.contains(CollectionEvent::Kind::CreditOverride));

        // Resumed: a sale needs no reason again; the flag is gone.
        QVERIFY(!c.resumeCredit(a, QStringLiteral("Paid up"), QDate(2026, 3, 9)).ok()); // before the stop
        QVERIFY(c.resumeCredit(a, QStringLiteral("Paid up")).ok());
        QVERIFY(!c.resumeCredit(a, QStringLiteral("Paid up")).ok()); // not stopped now
        sale.creditOverride.clear();
        QVERIFY(book.ledger().addDebt(sale).ok());
        QCOMPARE(rows(book.db(), QStringLiteral("credit_overrides")), 1);
        QVERIFY(!c.escalation().customerFlags(a)->value(a).creditStopped);
        booksTie(book, QDate(2026, 3, 14));
    }

    // A sale that takes the balance over the limit needs a reason; one up to it does not.
    void overLimitSale()
    {
        test::TestBook book;
        const qint64 a = book.customer(QStringLiteral("Baker St Deli"), QStringLiteral("C1"));
        auto details = book.ledger().customer(a)->details;
        details.creditLimit = 10000;
        QVERIFY(book.ledger().updateCustomer(a, details).ok());
        book.sale(a, QStringLiteral("60.00"), QDate(2026, 3, 1));
        DebtInput sale;
        sale.customerId = a;
        sale.issueDate = QDate(2026, 3, 14);
        sale.termsDays = 30;
        sale.amount = 4000; // to 100.00: the limit itself
        QVERIFY(book.ledger().addDebt(sale).ok());
        sale.amount = 1;
        const auto refused = book.ledger().addDebt(sale);
        QVERIFY(!refused.ok());
        QVERIFY2(
            refused.error().contains(QStringLiteral("over the credit limit of 100.00")), qPrintable(refused.error()));
        sale.creditOverride = QStringLiteral("   ");
        QVERIFY(!book.ledger().addDebt(sale).ok()); // blanks are no reason
        // A sale dated before today records credit already given: not checked.
        sale.creditOverride.clear();
        sale.issueDate = QDate(2026, 3, 13);
        QVERIFY(book.ledger().addDebt(sale).ok());
        QCOMPARE(rows(book.db(), QStringLiteral("credit_overrides")), 0);
        sale.issueDate = QDate(2026, 3, 14);
        sale.creditOverride = QStringLiteral("Owner's say-so");
        QVERIFY(book.ledger().addDebt(sale).ok());
        QSqlQuery q(book.db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT stopped, over_limit, balance, credit_limit FROM credit_overrides")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QCOMPARE(q.value(1).toInt(), 1);
        QCOMPARE(q.value(2).toLongLong(), 10001);
        QCOMPARE(q.value(3).toLongLong(), 10000);
    }

    // The ladder's stop-credit step, marked done, stops the customer's credit.
    void ladderStopsCredit()
    {
        test::TestBook book(QStringLiteral("USD"), QDate(2026, 6, 1));
        Collections c(book.ledger());
        const qint64 a = book.customer(QStringLiteral("Baker St Deli"), QStringLiteral("C1"));
        book.sale(a, QStringLiteral("100.00"), QDate(2026, 2, 1), 30, QStringLiteral("S1")); // due 2026-03-03
        const auto list = c.worklist(QDate(2026, 5, 5)); // 63 days past due: credit stopped
        QVERIFY(list.ok());
        const WorkTask *stop = nullptr;
        for (const WorkTask &t : list->tasks())
            if (t.action == LadderAction::StopCredit)
                stop = &t;
        QVERIFY(stop);
        QVERIFY(c.markDone(*stop, QDate(2026, 5, 5)).ok());
        const auto held = book.ledger().credit().currentStop(a);
        QVERIFY(held.ok() && held->has_value());
        QCOMPARE(held->value().date, QDate(2026, 5, 5));
        QCOMPARE(held->value().stepKey, stop->lines.first().stepKey);
        QVERIFY(c.escalation().customerFlags()->value(a).creditStopped);
    }

    // Refer, collect (the balance falls by the gross, the commission is a cost
    // apart), and recall; the ladder waits while the debt is with the agency.
    void agencyReferral()
    {
        test::TestBook book;
        Collections c(book.ledger());
        const qint64 a = book.customer(QStringLiteral("Baker St Deli"), QStringLiteral("C1"));
        const qint64 s1 = book.sale(a, QStringLiteral("200.00"), QDate(2025, 10, 1), 30, QStringLiteral("S1"));
        Worklist keep;
        QCOMPARE(standing(c, QDate(2026, 3, 14), s1, keep)->pause, LadderPause::None);

        ReferralInput refer{ s1, QStringLiteral("Acme Collect"), QDate(2026, 3, 1), 2500, QStringLiteral("AC-9") };
        QVERIFY(c.referToAgency(refer).ok());
        QVERIFY(!c.referToAgency(refer).ok()); // already with an agency
        QCOMPARE(standing(c, QDate(2026, 3, 14), s1, keep)->pause, LadderPause::Agency);
        QCOMPARE(standing(c, QDate(2026, 2, 28), s1, keep)->pause, LadderPause::None); // before the referral
        QVERIFY(c.escalation().customerFlags()->value(a).withAgency);

        AgencyCollectionInput got;
        got.debtId = s1;
        got.gross = 20001; // more than is open
        got.date = QDate(2026, 3, 10);
        const QList<qint64> before = allRows(book.db());
        auto refused = c.recordAgencyCollection(got);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QStringLiteral("more than is still open")), qPrintable(refused.error()));
        got.gross = 8000;
        got.date = QDate(2026, 2, 27); // before the referral
        QVERIFY(!c.recordAgencyCollection(got).ok());
        QCOMPARE(allRows(book.db()), before);
        got.date = QDate(2026, 3, 10);
        const auto paid = c.recordAgencyCollection(got);
        QVERIFY2(paid.ok(), qPrintable(paid.error()));
        QCOMPARE(book.ledger().customer(a)->balance, 12000);
        QCOMPARE(book.ledger().debt(s1)->openAmount, 12000);
        const auto payment = book.ledger().entry(paid.value());
        QCOMPARE(payment->kind, EntryKind::Payment);
        QVERIFY(payment->reference.contains(QStringLiteral("Acme Collect")));
        QSqlQuery q(book.db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT kind, base, amount, payment_id FROM collection_costs")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("agency_commission"));
        QCOMPARE(q.value(1).toLongLong(), 8000);
        QCOMPARE(q.value(2).toLongLong(), 2000); // 25 %
        QCOMPARE(q.value(3).toLongLong(), paid.value());
        const auto referral = c.escalation().activeReferral(s1);
        QCOMPARE(referral->value().collected, 8000);
        QCOMPARE(referral->value().commission, 2000);
        booksTie(book, QDate(2026, 3, 14));

        QVERIFY(!c.recallFromAgency(s1, QString()).ok()); // a reason is needed
        QVERIFY(c.recallFromAgency(s1, QStringLiteral("Customer came in to settle")).ok());
        QCOMPARE(standing(c, QDate(2026, 3, 14), s1, keep)->pause, LadderPause::None);
        QVERIFY(!c.recallFromAgency(s1, QStringLiteral("again")).ok());
        got.date = QDate(2026, 3, 14);
        QVERIFY(!c.recordAgencyCollection(got).ok()); // not with an agency any more
        QVERIFY(!c.escalation().customerFlags()->value(a).withAgency);

        QList<CollectionEvent::Kind> kinds;
        const auto events = c.records().debtEvents(s1);
        QVERIFY(events.ok());
        for (const CollectionEvent &e : events.value())
            kinds << e.kind;
        QCOMPARE(kinds,
            (QList<CollectionEvent::Kind>{ CollectionEvent::Kind::AgencyReferred,
                CollectionEvent::Kind::AgencyCollected, CollectionEvent::Kind::AgencyRecalled }));
    }

    // Legal steps pause the ladder until the claim is withdrawn; their fee is a cost apart.
    void legalSteps()
    {
        test::TestBook book;
        Collections c(book.ledger());
        const qint64 a = book.customer(QStringLiteral("Baker St Deli"), QStringLiteral("C1"));
        const qint64 s1 = book.sale(a, QStringLiteral("200.00"), QDate(2025, 10, 1), 30, QStringLiteral("S1"));
        LegalStepInput step{ s1, LegalStepKind::Withdrawn, QDate(2026, 3, 1), QString(), QString(), 0 };
        QVERIFY(!c.recordLegalStep(step).ok()); // nothing to withdraw
        step.step = LegalStepKind::LetterBeforeAction;
        step.reference = QStringLiteral("LBA-1");
        step.fee = 1500;
        QVERIFY(c.recordLegalStep(step).ok());
        Worklist keep;
        QCOMPARE(standing(c, QDate(2026, 3, 14), s1, keep)->pause, LadderPause::Legal);
        step.step = LegalStepKind::ClaimFiled;
        step.date = QDate(2026, 2, 1); // before the last step
        step.fee = 0;
        QVERIFY(!c.recordLegalStep(step).ok());
        step.date = QDate(2026, 3, 5);
        QVERIFY(c.recordLegalStep(step).ok());
        QCOMPARE(c.escalation().legalSteps(s1)->size(), 2);
        QCOMPARE(c.escalation().legalSteps(s1)->first().fee, 1500);
        QVERIFY(c.escalation().customerFlags()->value(a).inLegal);
        step.step = LegalStepKind::Withdrawn;
        step.date = QDate(2026, 3, 10);
        QVERIFY(c.recordLegalStep(step).ok());
        QCOMPARE(standing(c, QDate(2026, 3, 14), s1, keep)->pause, LadderPause::None);
        QCOMPARE(standing(c, QDate(2026, 3, 6), s1, keep)->pause, LadderPause::Legal);
        QVERIFY(!c.escalation().customerFlags()->value(a).inLegal);
        QCOMPARE(book.ledger().customer(a)->balance, 20000); // costs are not the customer's
        booksTie(book, QDate(2026, 3, 14));
    }

    // A write-off brings the open amount to zero with a 'write_off' entry; a
    // recovery takes part of it back with the payment; nothing more than was
    // written off can be recovered, and a paid sale cannot be written off.
    void writeOffAndRecovery()
    {
        test::TestBook book;
        Collections c(book.ledger());
        const qint64 a = book.customer(QStringLiteral("Baker St Deli"), QStringLiteral("C1"));
        const qint64 s1 = book.sale(a, QStringLiteral("200.00"), QDate(2025, 10, 1), 30, QStringLiteral("S1"));
        const qint64 s2 = book.sale(a, QStringLiteral("50.00"), QDate(2025, 11, 1), 30, QStringLiteral("S2"));
        book.pay(a, QStringLiteral("50.00"), QDate(2026, 1, 10), s2); // S2 paid
        const auto bounced = book.pay(a, QStringLiteral("30.00"), QDate(2026, 2, 10), s1);
        book.clock().set(QDateTime(QDate(2026, 2, 20), QTime(12, 0), QTimeZone::utc()));
        QVERIFY(
            book.ledger().reverse(bounced.paymentEntryId, QStringLiteral("Cheque bounced"), QDate(2026, 2, 20)).ok());
        book.clock().set(QDateTime(QDate(2026, 3, 14), QTime(12, 0), QTimeZone::utc()));

        const QList<qint64> before = allRows(book.db());
        auto paidOff = c.writeOff(s2, QStringLiteral("Bad debt"));
        QVERIFY(!paidOff.ok());
        QVERIFY2(paidOff.error().contains(QStringLiteral("nothing to write off")), qPrintable(paidOff.error()));
        QVERIFY(!c.writeOff(s1, QString()).ok()); // a reason is needed
        // On 2026-02-15 less than is open now was open (the cheque bounced on the
        // 20th): writing the whole of today's amount off that day is refused.
        auto early = c.writeOff(s1, QStringLiteral("Gone away"), QDate(2026, 2, 15));
        QVERIFY(!early.ok());
        QVERIFY2(early.error().contains(QStringLiteral("on some day after")), qPrintable(early.error()));
        QVERIFY(
            !c.recordRecovery({ s1, 1000, QDate(2026, 3, 1), PaymentMethod::Cash, {}, {} }).ok()); // not written off
        QCOMPARE(allRows(book.db()), before);

        const auto written = c.writeOff(s1, QStringLiteral("Gone away"), QDate(2026, 3, 1));
        QVERIFY2(written.ok(), qPrintable(written.error()));
        const auto entry = book.ledger().entry(written.value());
        QCOMPARE(entry->kind, EntryKind::WriteOff);
        QCOMPARE(entry->amount, 20000);
        QCOMPARE(entry->openDelta, -20000);
        QCOMPARE(entry->note, QStringLiteral("Gone away"));
        QCOMPARE(book.ledger().debt(s1)->openAmount, 0);
        QCOMPARE(book.ledger().customer(a)->balance, 0);
        QVERIFY(c.escalation().customerFlags()->value(a).writtenOff);
        booksTie(book, QDate(2026, 3, 14));
        booksTie(book, QDate(2026, 2, 28));
        Worklist keep;
        QVERIFY(!standing(c, QDate(2026, 3, 14), s1, keep)); // nothing open: off the ladder

        RecoveryInput back{ s1, 20001, QDate(2026, 3, 10), PaymentMethod::Cash, {}, QStringLiteral("Found him") };
        auto tooMuch = c.recordRecovery(back);
        QVERIFY(!tooMuch.ok());
        QVERIFY2(
            tooMuch.error().contains(QStringLiteral("more than is still written off")), qPrintable(tooMuch.error()));
        back.amount = 5000;
        back.date = QDate(2026, 2, 28); // before the write-off
        QVERIFY(!c.recordRecovery(back).ok());
        back.date = QDate(2026, 3, 10);
        const auto recovered = c.recordRecovery(back);
        QVERIFY2(recovered.ok(), qPrintable(recovered.error()));
        QCOMPARE(book.ledger().debt(s1)->openAmount, 0);
        QCOMPARE(book.ledger().customer(a)->balance, 0);
        QCOMPARE(book.ledger().customer(a)->credit, 0);
        QCOMPARE(book.ledger().customer(a)->lastPaymentDate, QDate(2026, 3, 10));
        const auto summary = c.escalation().writeOffs(s1);
        QCOMPARE(summary->writtenOff, 20000);
        QCOMPARE(summary->recovered, 5000);
        QCOMPARE(summary->net(), 15000);
        back.amount = 15001;
        QVERIFY(!c.recordRecovery(back).ok());
        back.amount = 15000;
        QVERIFY(c.recordRecovery(back).ok());
        QCOMPARE(c.escalation().writeOffs(s1)->net(), 0);
        QVERIFY(!c.escalation().customerFlags()->value(a).writtenOff);
        const auto report = c.escalation().writeOffReport();
        QCOMPARE(report->size(), 1);
        QCOMPARE(report->first().summary.recovered, 20000);
        booksTie(book, QDate(2026, 3, 14));
        booksTie(book, QDate(2026, 3, 9));
    }

    // Nothing is recorded in a closed period, from any of these doors.
    void closedPeriod()
    {
        test::TestBook book;
        Collections c(book.ledger());
        const qint64 a = book.customer(QStringLiteral("Baker St Deli"), QStringLiteral("C1"));
        const qint64 s1 = book.sale(a, QStringLiteral("200.00"), QDate(2025, 10, 1), 30, QStringLiteral("S1"));
        QVERIFY(c.referToAgency({ s1, QStringLiteral("Acme"), QDate(2026, 3, 5), 1000, {} }).ok());
        QVERIFY(PeriodClose(book.ledger()).close(QDate(2026, 3, 10)));
        const QDate closed(2026, 3, 10);
        const QList<qint64> before = allRows(book.db());
        QVERIFY(!c.stopCredit(a, QStringLiteral("x"), closed).ok());
        QVERIFY(!c.recordAgencyCollection({ s1, 1000, closed, std::nullopt, PaymentMethod::Cash, {} }).ok());
        QVERIFY(!c.recallFromAgency(s1, QStringLiteral("x"), closed).ok());
        QVERIFY(!c.recordLegalStep({ s1, LegalStepKind::ClaimFiled, closed, {}, {}, 0 }).ok());
        auto off = c.writeOff(s1, QStringLiteral("x"), closed);
        QVERIFY(!off.ok());
        QCOMPARE(off.failure().rule, BookRule::ClosedPeriod);
        QCOMPARE(allRows(book.db()), before);
        // The day after is open.
        QVERIFY(c.writeOff(s1, QStringLiteral("x"), closed.addDays(1)).ok());
        QVERIFY(!c.recordRecovery({ s1, 1000, closed, PaymentMethod::Cash, {}, {} }).ok());
        QVERIFY(c.recordRecovery({ s1, 1000, closed.addDays(2), PaymentMethod::Cash, {}, {} }).ok());
        booksTie(book, QDate(2026, 3, 14));
    }

    void percentages()
    {
        QCOMPARE(EscalationRecords::parsePercent(QStringLiteral("12.5")).value(), 1250);
        QCOMPARE(EscalationRecords::parsePercent(QStringLiteral("30%")).value(), 3000);
        QCOMPARE(EscalationRecords::parsePercent(QStringLiteral("100")).value(), 10000);
        QVERIFY(!EscalationRecords::parsePercent(QStringLiteral("100.01")).ok());
        QVERIFY(!EscalationRecords::parsePercent(QStringLiteral("-1")).ok());
        QVERIFY(!EscalationRecords::parsePercent(QStringLiteral("ten")).ok());
        QCOMPARE(EscalationRecords::percentText(1250), QStringLiteral("12.5"));
        QCOMPARE(EscalationRecords::percentText(1205), QStringLiteral("12.05"));
        QCOMPARE(EscalationRecords::percentText(2500), QStringLiteral("25"));
        QCOMPARE(EscalationRecords::commissionOn(333, 2500), 83); // 83.25 -> 83
        QCOMPARE(EscalationRecords::commissionOn(334, 2500), 84); // 83.5 -> 84
        QCOMPARE(
            EscalationRecords::commissionOn(Q_INT64_C(1000000000000000000), 10000), Q_INT64_C(1000000000000000000));
    }
};

QTEST_GUILESS_MAIN(EscalationTest)
#include "escalation_test.moc"
