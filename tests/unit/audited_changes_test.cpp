// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Every change to what the books say or how they are kept leaves an audit
// record of its kind, by whom and when: a customer's details, credit limit,
// stopped and resumed credit, the policy, a customer's ladder and fee terms,
// the business details, the outgoing mail, a message template, the contact
// limits, the closed period closed and reopened. After each, verify passes.
#include "collections/collections.h"
#include "collections/contact_limits.h"
#include "ledger/business_details.h"
#include "ledger/ledger_verifier.h"
#include "ledger/period_close.h"
#include "messaging/smtp_settings.h"
#include "messaging/template_store.h"
#include "support/test_book.h"

#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

using namespace recoup;
using recoup::test::TestBook;

namespace {

struct Found
{
    int records = 0; ///< added by the change
    bool matched = false; ///< one of them of the kind, by whom and when
    QString seen; ///< what was there, for the failure message
};

Found recordsAfter(TestBook &book, qint64 after, const QString &action, const QString &objectType, const QString &by,
    const QString &at)
{
    Found found;
    QSqlQuery q(book.db().connection());
    q.prepare(QStringLiteral("SELECT action, object_type, recorded_by, recorded_at FROM audit_log WHERE id > ? "
                             "ORDER BY id"));
    q.addBindValue(after);
    if (!q.exec())
        qFatal("cannot read the audit log");
    while (q.next()) {
        ++found.records;
        const QStringList row{ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString() };
        found.seen += row.join(QLatin1Char('|')) + QLatin1Char('\n');
        if (row == QStringList{ action, objectType, by, at })
            found.matched = true;
    }
    return found;
}

} // namespace

class AuditedChangesTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void eachChangeIsAudited_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("objectType");
        QTest::newRow("customer details") << "edit"
                                          << "customer";
        QTest::newRow("credit limit") << "edit"
                                      << "customer";
        QTest::newRow("stop credit") << "stop_credit"
                                     << "customer";
        QTest::newRow("resume credit") << "resume_credit"
                                       << "customer";
        QTest::newRow("collection policy") << "save"
                                           << "collection_policy";
        QTest::newRow("customer ladder") << "set_ladder"
                                         << "customer";
        QTest::newRow("customer fee terms") << "set_fee_terms"
                                            << "customer";
        QTest::newRow("business details") << "set_business_details"
                                          << "book";
        QTest::newRow("outgoing mail") << "set_smtp"
                                       << "book";
        QTest::newRow("message template") << "edit"
                                          << "message_template";
        QTest::newRow("contact limits") << "set_contact_limits"
                                        << "book";
        QTest::newRow("close period") << "close_period"
                                      << "book";
        QTest::newRow("reopen period") << "reopen_period"
                                       << "book";
    }

    void eachChangeIsAudited()
    {
        QFETCH(QString, action);
        QFETCH(QString, objectType);
        const QString change = QString::fromLatin1(QTest::currentDataTag());
        TestBook book;
        Ledger &ledger = book.ledger();
        Collections collections(ledger);
        const qint64 c = book.customer(QStringLiteral("Ana Roux"), QStringLiteral("C1"));
        book.sale(c, QStringLiteral("100.00"), QDate(2026, 1, 10), 30, QStringLiteral("S1"));
        // What the change needs done first.
        if (change == QLatin1String("resume credit"))
            QVERIFY(collections.stopCredit(c, QStringLiteral("Three months behind")));
        if (change == QLatin1String("reopen period"))
            QVERIFY(PeriodClose(ledger).close(QDate(2026, 2, 28)));

        // The change, by someone else, a while later.
        const QString who = QStringLiteral("clerk");
        ledger.setUser(who);
        book.clock().set(QDateTime(QDate(2026, 3, 14), QTime(15, 30, 12, 250), QTimeZone::utc()));
        const QString when = book.clock().nowUtc().toString(Qt::ISODateWithMs);
        const qint64 before = ledger.audit().lastId().value();
        Result<void> done;
        if (change == QLatin1String("customer details") || change == QLatin1String("credit limit")) {
            CustomerInput details = ledger.customer(c)->details;
            if (change == QLatin1String("credit limit"))
                details.creditLimit = book.minor(QStringLiteral("250.00"));
            else
                details.phone = QStringLiteral("555 0142");
            done = ledger.updateCustomer(c, details);
        } else if (change == QLatin1String("stop credit")) {
            done = collections.stopCredit(c, QStringLiteral("Three months behind"));
        } else if (change == QLatin1String("resume credit")) {
            done = collections.resumeCredit(c, QStringLiteral("Paid up"));
        } else if (change == QLatin1String("collection policy")) {
            CollectionPolicy policy = collections.policy().value();
            policy.promiseGraceDays += 2;
            done = collections.savePolicy(policy);
        } else if (change == QLatin1String("customer ladder")) {
            CustomerLadder ladder;
            ladder.mode = LadderMode::Gentle;
            done = collections.setLadder(c, ladder);
        } else if (change == QLatin1String("customer fee terms")) {
            CustomerFeeTerms terms;
            terms.mode = FeeTermsMode::None;
            done = collections.setCustomerFeeTerms(c, terms);
        } else if (change == QLatin1String("business details")) {
            BusinessDetails business = BusinessDetails::load(book.db());
            business.setValue(BusinessDetails::Name, QStringLiteral("Corner Hardware"));
            done = business.save(ledger);
        } else if (change == QLatin1String("outgoing mail")) {
            SmtpSettings mail;
            mail.host = QStringLiteral("localhost");
            mail.security = SmtpSecurity::None;
            mail.fromAddress = QStringLiteral("shop@example.com");
            done = mail.save(ledger);
        } else if (change == QLatin1String("message template")) {
            const CollectionPolicy policy = collections.policy().value();
            QVERIFY(!policy.steps.isEmpty());
            MessageTemplate words;
            words.stepKey = policy.steps.first().key;
            words.channel = Channel::Email;
            words.subject = QStringLiteral("A friendly reminder");
            words.body = QStringLiteral("Dear customer, a friendly reminder.");
            done = TemplateStore::save(ledger, words);
        } else if (change == QLatin1String("contact limits")) {
            ContactLimits limits;
            limits.maxCalls = 5;
            done = limits.save(ledger);
        } else if (change == QLatin1String("close period")) {
            done = PeriodClose(ledger).close(QDate(2026, 2, 28));
        } else if (change == QLatin1String("reopen period")) {
            done = PeriodClose(ledger).reopen(QDate(), QStringLiteral("Invoice found late"));
        } else {
            QFAIL("no such change");
        }
        QVERIFY2(done, qPrintable(done ? QString() : done.error()));

        const Found found = recordsAfter(book, before, action, objectType, who, when);
        QVERIFY2(found.matched, qPrintable(found.seen));
        const VerifyReport report = LedgerVerifier(book.db()).run();
        QVERIFY2(report.ok(), qPrintable(report.problems.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(AuditedChangesTest)
#include "audited_changes_test.moc"
