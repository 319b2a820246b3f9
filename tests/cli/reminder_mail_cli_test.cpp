// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 14's "Done when" for e-mail, from the command line alone: a demo book
// (recoup-cli demo), its mail server set with recoup-cli settings, and a real
// SMTP server on loopback. Each reminder due arrives once, to its customer,
// with the step's letter as a PDF that names the customer and the amount; the
// register lists each with the SHA-256 of the very bytes the server took; a
// second run sends nothing twice; a server that is down keeps them for a
// later run, which sends each once. With STARTTLS and a login as well.
#include "aging/statement_reader.h"
#include "core/money.h"
#include "db/database.h"
#include "support/cli_runner.h"
#include "support/pdf_reader.h"
#include "support/smtp_test_server.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace recoup;
using namespace recoup::test;

namespace {

/// One reminder the book says it sent: from its outbox and customers.
struct Sent
{
    qint64 customerId = 0;
    QString ref;
    QString name;
    QString address;
    QString subject;
    QString state;
};

int countIn(const QString &text, const QRegularExpression &pattern)
{
    const auto match = pattern.match(text);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

} // namespace

class ReminderMailCliTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_books = 0;

    QString m_demo;

    /// A copy of the demo book (600 customers: a dozen or so reminders fall
    /// due by e-mail on any day) whose mail goes to the server on `port`.
    QString demoBook(int port, const QStringList &moreSettings = {})
    {
        const QString book = m_dir.filePath(QStringLiteral("demo-%1.recoup").arg(++m_books));
        if (!QFile::copy(m_demo, book))
            qFatal("copy");
        CliRun run;
        QStringList settings{ QStringLiteral("smtp_host"), QStringLiteral("127.0.0.1"), QStringLiteral("smtp_port"),
            QString::number(port), QStringLiteral("smtp_security"), QStringLiteral("none"), QStringLiteral("smtp_from"),
            QStringLiteral("shop@example.com"), QStringLiteral("smtp_from_name"), QStringLiteral("Demo Shop") };
        settings += moreSettings;
        for (qsizetype i = 0; i + 1 < settings.size(); i += 2) {
            run = cli({ QStringLiteral("settings"), book, QStringLiteral("set"), settings.at(i), settings.at(i + 1) });
            if (run.exitCode != 0)
                qFatal("settings %s: %s", qPrintable(settings.at(i)), qPrintable(run.err));
        }
        return book;
    }

    static QList<Sent> outbox(const QString &book)
    {
        QList<Sent> list;
        auto db = Database::open(book, Database::Access::ReadOnly);
        if (!db)
            qFatal("open: %s", qPrintable(db.error()));
        QSqlQuery q(db.value()->connection());
        if (!q.exec(QStringLiteral("SELECT c.id, c.ref, c.name, o.recipients, o.subject, o.state FROM outbox o "
                                   "JOIN customers c ON c.id = o.customer_id ORDER BY o.id")))
            qFatal("outbox");
        while (q.next())
            list.append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                q.value(4).toString(), q.value(5).toString() });
        return list;
    }

    /// What the customer owes today, as the letter writes it.
    static QString amountDue(const QString &book, qint64 customerId)
    {
        auto db = Database::open(book, Database::Access::ReadOnly);
        if (!db)
            qFatal("open: %s", qPrintable(db.error()));
        const QDate today = QDate::currentDate();
        auto reader = StatementReader::prepare(*db.value(), StatementKind::OpenItem, today, today);
        if (!reader)
            qFatal("reader: %s", qPrintable(reader.error()));
        auto account = reader->statement(customerId);
        if (!account)
            qFatal("statement: %s", qPrintable(account.error()));
        return Money::toDisplayText(account->amountDue(), db.value()->currency(), QLocale());
    }

    /// Every message the server took is one reminder of the book's, to the
    /// right customer, with its letter; the register holds each PDF's bytes.
    void checkArrived(const QString &book, const SmtpTestServer &server, qsizetype expected)
    {
        const QList<Sent> sent = outbox(book);
        QCOMPARE(sent.size(), expected);
        const QList<QJsonObject> got = server.messages();
        QCOMPARE(got.size(), expected);
        const QString register_ = cli({ QStringLiteral("register"), book }).text();
        const QString papers = m_dir.filePath(QStringLiteral("papers-%1").arg(m_books));
        QDir().mkpath(papers);
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        QSet<QString> messageIds;
        for (const QJsonObject &message : got) {
            const QJsonArray to = message.value(QStringLiteral("rcpt_tos")).toArray();
            QCOMPARE(to.size(), 1);
            const QString address = to.at(0).toString();
            const auto found
                = std::find_if(sent.cbegin(), sent.cend(), [&](const Sent &s) { return s.address == address; });
            QVERIFY2(found != sent.cend(), qPrintable(address));
            QCOMPARE(found->state, QStringLiteral("sent"));
            QCOMPARE(message.value(QStringLiteral("subject")).toString(), found->subject);
            QVERIFY(message.value(QStringLiteral("text")).toString().contains(found->name));
            messageIds.insert(message.value(QStringLiteral("message_id")).toString());

            const QJsonArray files = message.value(QStringLiteral("attachments")).toArray();
            QCOMPARE(files.size(), 1);
            const QJsonObject pdf = files.at(0).toObject();
            QCOMPARE(pdf.value(QStringLiteral("content_type")).toString(), QStringLiteral("application/pdf"));
            const QString fileName = pdf.value(QStringLiteral("filename")).toString();
            QCOMPARE(fileName, QStringLiteral("reminder-%1-%2.pdf").arg(found->ref, today));
            const QString path = pdf.value(QStringLiteral("path")).toString();
            const QString text = flat(pdfText(path));
            QVERIFY2(text.contains(found->name), qPrintable(found->name + QStringLiteral(" not in: ") + text));
            const QString amount = amountDue(book, found->customerId);
            QVERIFY2(text.contains(amount), qPrintable(amount + QStringLiteral(" not in: ") + text));

            // The register: the SHA-256 of the bytes the server took, by e-mail, to that address.
            const QString sha = pdf.value(QStringLiteral("sha256")).toString();
            const QStringList lines = register_.split(QLatin1Char('\n'));
            const qsizetype at = lines.indexOf(QRegularExpression(QStringLiteral(".*") + sha + QStringLiteral(".*")));
            QVERIFY2(at >= 0, qPrintable(sha + QStringLiteral(" not in: ") + register_));
            QVERIFY2(lines.at(at).contains(QStringLiteral("email")), qPrintable(lines.at(at)));
            QVERIFY2(lines.at(at).contains(found->ref), qPrintable(lines.at(at)));
            QVERIFY2(lines.at(at).endsWith(fileName), qPrintable(lines.at(at)));
            QVERIFY2(lines.value(at + 1).contains(QStringLiteral("to ") + address), qPrintable(lines.value(at + 1)));
            QVERIFY2(lines.value(at + 1).contains(found->subject), qPrintable(lines.value(at + 1)));
            QVERIFY(QFile::copy(path, QDir(papers).filePath(fileName)));
        }
        QCOMPARE(messageIds.size(), expected);
        // The folder of what the customers received checks against the register.
        const CliRun verified = cli({ QStringLiteral("register"), book, QStringLiteral("--verify"), papers });
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.text()));
        QVERIFY2(verified.text().contains(QStringLiteral("%1 file(s) match the register, 0 do not.").arg(expected)),
            qPrintable(verified.text()));

        // Each message is on the timeline of each debt it was about.
        auto db = Database::open(book, Database::Access::ReadOnly);
        QVERIFY(db);
        QSqlQuery q(db.value()->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM outbox_debts")));
        QVERIFY(q.next());
        const int debts = q.value(0).toInt();
        QVERIFY(debts >= expected);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM contacts WHERE channel = 'email' AND note LIKE "
                                      "'E-mail sent to %'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), debts);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(qEnvironmentVariable("RECOUP_CLI")), "RECOUP_CLI is not set");
        QVERIFY(m_dir.isValid());
        // The demo's dates are spread over the months before today, as remind's "today" is the machine's.
        m_demo = m_dir.filePath(QStringLiteral("demo.recoup"));
        const CliRun run = cli({ QStringLiteral("demo"), m_demo, QStringLiteral("--customers"), QStringLiteral("600"),
            QStringLiteral("--currency"), QStringLiteral("USD") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(!QFile::exists(m_demo + QStringLiteral("-wal")) || QFile(m_demo + QStringLiteral("-wal")).size() == 0);
    }

    void theDemoBooksRemindersArriveOnceWithTheirLetters()
    {
        SmtpTestServer server;
        QVERIFY2(server.start(), qPrintable(server.error()));
        const QString book = demoBook(server.port());
        CliRun run = cli({ QStringLiteral("remind"), book, QStringLiteral("--send-due") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.text()));
        const int queued = countIn(run.text(), QRegularExpression(QStringLiteral("(\\d+) reminder\\(s\\) queued")));
        QVERIFY2(queued >= 2, qPrintable(run.text()));
        QCOMPARE(countIn(run.text(), QRegularExpression(QStringLiteral("(\\d+) message\\(s\\) sent"))), queued);
        checkArrived(book, server, queued);

        // Again the same day: nothing new is due and nothing goes twice.
        run = cli({ QStringLiteral("remind"), book, QStringLiteral("--send-due") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.text().contains(QStringLiteral("0 reminder(s) queued today.")), qPrintable(run.text()));
        QVERIFY2(run.text().contains(QStringLiteral("0 message(s) sent")), qPrintable(run.text()));
        QCOMPARE(server.messages().size(), queued);
        run = cli({ QStringLiteral("verify"), book });
        QVERIFY2(run.exitCode == 0, qPrintable(run.text() + run.err));
    }

    void aServerThatIsDownKeepsThemForALaterRunThatSendsEachOnce()
    {
        SmtpTestServer server;
        QVERIFY2(server.start(), qPrintable(server.error()));
        const int port = server.port();
        server.stop();
        const QString book = demoBook(port);
        CliRun run = cli({ QStringLiteral("remind"), book, QStringLiteral("--send-due") });
        QCOMPARE(run.exitCode, 1);
        const int queued = countIn(run.text(), QRegularExpression(QStringLiteral("(\\d+) reminder\\(s\\) queued")));
        QVERIFY2(queued >= 2, qPrintable(run.text()));
        QVERIFY2(run.err.contains(QStringLiteral("127.0.0.1")), qPrintable(run.err));
        for (const Sent &s : outbox(book))
            QCOMPARE(s.state, QStringLiteral("failed"));
        const CliRun listed = cli({ QStringLiteral("register"), book });
        QVERIFY2(!listed.text().contains(QStringLiteral("email")), qPrintable(listed.text()));

        // The server is back, but the next attempt has not come: a run now sends nothing.
        QVERIFY2(server.start(SmtpTestServer::Security::None, QString(), port), qPrintable(server.error()));
        run = cli({ QStringLiteral("remind"), book, QStringLiteral("--send-due") });
        QVERIFY2(run.text().contains(QStringLiteral("0 reminder(s) queued today.")), qPrintable(run.text()));
        QCOMPARE(server.messages().size(), 0);
        // As if the wait had passed: the scheduler's later run sends each once.
        {
            auto db = Database::open(book);
            QVERIFY(db);
            QSqlQuery q(db.value()->connection());
            QVERIFY(q.exec(QStringLiteral("UPDATE outbox SET next_attempt_at = '2000-01-01T00:00:00.000Z' WHERE "
                                          "state = 'failed'")));
        }
        run = cli({ QStringLiteral("remind"), book, QStringLiteral("--send-due") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.text()));
        QVERIFY2(run.text().contains(QStringLiteral("%1 message(s) sent").arg(queued)), qPrintable(run.text()));
        checkArrived(book, server, queued);
        run = cli({ QStringLiteral("remind"), book, QStringLiteral("--send-due") });
        QVERIFY2(run.text().contains(QStringLiteral("0 message(s) sent")), qPrintable(run.text()));
        QCOMPARE(server.messages().size(), queued);
    }

    void withStartTlsAndALogin()
    {
        SmtpTestServer server;
        QVERIFY2(server.start(SmtpTestServer::Security::StartTls, QStringLiteral("shop:s3cret")),
            qPrintable(server.error()));
        const QString book = demoBook(server.port(),
            { QStringLiteral("smtp_security"), QStringLiteral("starttls"), QStringLiteral("smtp_user"),
                QStringLiteral("shop"), QStringLiteral("smtp_ca_file"), server.certificate() });
        // A wrong password: refused in the server's words, kept, nothing sent.
        qputenv("RECOUP_SMTP_PASSWORD", "wrong");
        CliRun run = cli({ QStringLiteral("remind"), book, QStringLiteral("--send-due") });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("535")), qPrintable(run.err));
        QCOMPARE(server.messages().size(), 0);
        const int queued = countIn(run.text(), QRegularExpression(QStringLiteral("(\\d+) reminder\\(s\\) queued")));
        QVERIFY2(queued >= 2, qPrintable(run.text()));
        qputenv("RECOUP_SMTP_PASSWORD", "s3cret");
        run = cli({ QStringLiteral("outbox"), book, QStringLiteral("--retry") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.text()));
        checkArrived(book, server, queued);
        run = cli({ QStringLiteral("remind"), book, QStringLiteral("--send-due") });
        QCOMPARE(server.messages().size(), queued);
        qunsetenv("RECOUP_SMTP_PASSWORD");
    }
};

QTEST_GUILESS_MAIN(ReminderMailCliTest)
#include "reminder_mail_cli_test.moc"
