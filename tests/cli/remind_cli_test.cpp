// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
// recoup-cli remind --send-due and outbox on a real book and a real SMTP
// server on loopback: the reminders due today go once, with the right words,
// to the right people; a server that is down keeps them for later; a second
// run sends nothing twice.
#include "messaging/smtp_settings.h"
#include "support/cli_runner.h"
#include "support/smtp_test_server.h"
#include "support/test_book.h"

#include <QFile>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>

using namespace recoup;
using namespace recoup::test;

class RemindCliTest : public QObject
{
    Q_OBJECT

    QString makeBook(int serverPort)
    {
        // recoup-cli runs on the machine's clock: the book's dates are around today.
        const QDate today = QDate::currentDate();
        m_book = std::make_unique<TestBook>(QStringLiteral("USD"), today);
        m_book->clock().set(QDateTime::currentDateTimeUtc().addSecs(-3600));
        if (!m_book->db().setMeta(QStringLiteral("business_name"), QStringLiteral("Sol Hardware")))
            qFatal("meta");
        CustomerInput ana;
        ana.ref = QStringLiteral("C1");
        ana.name = QStringLiteral("Ana Ruiz");
        ana.email = QStringLiteral("ana@example.org");
        const qint64 a = m_book->ledger().addCustomer(ana).value();
        // Due ten days ago: the second reminder (+7), by e-mail.
        m_book->sale(a, QStringLiteral("200.00"), today.addDays(-40), 30, QStringLiteral("S1"));
        CustomerInput bo;
        bo.ref = QStringLiteral("C2");
        bo.name = QStringLiteral("Bo Li");
        const qint64 b = m_book->ledger().addCustomer(bo).value();
        m_book->sale(b, QStringLiteral("50.00"), today.addDays(-40), 30, QStringLiteral("S2"));
        SmtpSettings smtp;
        smtp.host = QStringLiteral("127.0.0.1");
        smtp.port = serverPort;
        smtp.security = SmtpSecurity::None;
        smtp.fromAddress = QStringLiteral("shop@example.com");
        smtp.fromName = QStringLiteral("Sol Hardware");
        if (auto saved = smtp.save(m_book->ledger()); !saved)
            qFatal("smtp settings: %s", qPrintable(saved.error()));
        const QString path = m_book->path();
        m_book->close();
        return path;
    }

    std::unique_ptr<TestBook> m_book;

private Q_SLOTS:
    void initTestCase() { QVERIFY2(QFile::exists(qEnvironmentVariable("RECOUP_CLI")), "RECOUP_CLI is not set"); }

    void theDueRemindersGoOnceAndLandOnTheTimeline()
    {
        SmtpTestServer server;
        QVERIFY2(server.start(), qPrintable(server.error()));
        const QString book = makeBook(server.port());
        CliRun run = cli({ QStringLiteral("remind"), book, QStringLiteral("--send-due") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.text()));
        QVERIFY2(run.text().contains(QStringLiteral("1 reminder(s) queued today.")), qPrintable(run.text()));
        QVERIFY(run.text().contains(QStringLiteral("Ana Ruiz <ana@example.org>: Second reminder")));
        QVERIFY(run.text().contains(QStringLiteral("Bo Li: no e-mail address")));
        QCOMPARE(server.messages().size(), 1);
        const QJsonObject got = server.messages().at(0);
        QCOMPARE(got.value(QStringLiteral("rcpt_tos")).toArray(), QJsonArray({ QStringLiteral("ana@example.org") }));
        QCOMPARE(
            got.value(QStringLiteral("subject")).toString(), QStringLiteral("Second reminder: 200.00 USD overdue"));
        QVERIFY(got.value(QStringLiteral("text")).toString().contains(QStringLiteral("Dear Ana Ruiz,")));
        QVERIFY(got.value(QStringLiteral("html")).toString().contains(QStringLiteral("<td")));

        // Again: nothing new is due, nothing is sent twice.
        run = cli({ QStringLiteral("remind"), book, QStringLiteral("--send-due") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.text().contains(QStringLiteral("0 reminder(s) queued today.")), qPrintable(run.text()));
        QCOMPARE(server.messages().size(), 1);
        run = cli({ QStringLiteral("outbox"), book });
        QVERIFY2(run.text().contains(QStringLiteral("sent")), qPrintable(run.text()));
        QVERIFY(run.text().contains(QStringLiteral("ana@example.org")));
        // The worklist no longer asks for the step; the contact is on the debt's timeline; the book verifies.
        run = cli({ QStringLiteral("worklist"), book, QStringLiteral("--format"), QStringLiteral("csv") });
        QVERIFY2(!run.text().contains(QStringLiteral("C1,")), qPrintable(run.text()));
        auto db = Database::open(book, Database::Access::ReadOnly);
        QVERIFY(db);
        QSqlQuery q(db.value()->connection());
        QVERIFY(
            q.exec(QStringLiteral("SELECT c.channel, d.ref, c.note FROM contacts c JOIN debts d ON d.id = c.debt_id")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("email"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("S1"));
        QVERIFY(q.value(2).toString().contains(got.value(QStringLiteral("message_id")).toString()));
        QVERIFY(!q.next());
        db.value().reset();
        run = cli({ QStringLiteral("verify"), book });
        QVERIFY2(run.exitCode == 0, qPrintable(run.text() + run.err));
    }

    void aServerThatIsDownKeepsTheReminderForARetry()
    {
        SmtpTestServer server;
        QVERIFY2(server.start(), qPrintable(server.error()));
        const int port = server.port();
        server.stop();
        const QString book = makeBook(port);
        CliRun run = cli({ QStringLiteral("remind"), book, QStringLiteral("--send-due") });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.text().contains(QStringLiteral("1 reminder(s) queued today.")), qPrintable(run.text()));
        QVERIFY2(run.err.contains(QStringLiteral("127.0.0.1")), qPrintable(run.err));
        run = cli({ QStringLiteral("outbox"), book });
        QVERIFY2(run.text().contains(QStringLiteral("failed")), qPrintable(run.text()));
        QVERIFY(run.text().contains(QStringLiteral("next attempt after")));
        // Not queued again by a second run of the day.
        run = cli({ QStringLiteral("remind"), book, QStringLiteral("--send-due") });
        QVERIFY2(run.text().contains(QStringLiteral("0 reminder(s) queued today.")), qPrintable(run.text()));
        QVERIFY2(server.start(SmtpTestServer::Security::None, QString(), port), qPrintable(server.error()));
        run = cli({ QStringLiteral("outbox"), book, QStringLiteral("--retry") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.text().contains(QStringLiteral("1 message(s) sent.")));
        run = cli({ QStringLiteral("outbox"), book, QStringLiteral("--retry") });
        QVERIFY(run.text().contains(QStringLiteral("0 message(s) sent.")));
        QCOMPARE(server.messages().size(), 1);
    }
};

QTEST_GUILESS_MAIN(RemindCliTest)
#include "remind_cli_test.moc"
