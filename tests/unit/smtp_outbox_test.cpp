// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "collections/collection_records.h"
#include "collections/document_register.h"
#include "messaging/outbox.h"
#include "messaging/smtp_transport.h"
#include "support/smtp_test_server.h"
#include "support/test_book.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>

using namespace recoup;
using recoup::test::SmtpTestServer;
using recoup::test::TestBook;

class SmtpOutboxTest : public QObject
{
    Q_OBJECT

    static SmtpSettings settingsFor(const SmtpTestServer &server, SmtpSecurity security, const QString &user = {})
    {
        SmtpSettings s;
        s.host = QStringLiteral("127.0.0.1");
        s.port = server.port();
        s.security = security;
        s.user = user;
        s.fromAddress = QStringLiteral("shop@example.com");
        s.fromName = QStringLiteral("Ferretería Sol");
        if (security != SmtpSecurity::None)
            s.caFile = server.certificate();
        return s;
    }

    static QByteArray pdfBytes()
    {
        QByteArray pdf("%PDF-1.4\n");
        for (int i = 0; i < 3000; ++i)
            pdf += char(i * 7 % 256);
        return pdf + "\n%%EOF\n";
    }

    static MimeMessage reminder()
    {
        MimeMessage m;
        m.from = { QStringLiteral("Ferretería Sol"), QStringLiteral("shop@example.com") };
        m.to = { { QStringLiteral("Ana \"La\" Ruiz"), QStringLiteral("ana@example.org") },
            { QString(), QStringLiteral("accounts@example.org") } };
        m.subject = QStringLiteral("Último aviso: 1.234,50 € vencidos — factura nº 7 ✓ con un asunto bastante largo "
                                   "para que haga falta más de una palabra codificada");
        m.text = QStringLiteral("Estimada Ana:\n\nLe debe 1.234,50 €.\nGracias.");
        m.html = QStringLiteral("<p>Estimada <b>Ana</b>:</p><p>Le debe 1.234,50 €.</p>");
        m.attachments.append({ QStringLiteral("carta de aviso.pdf"), QString(), pdfBytes() });
        return m;
    }

    void checkArrived(const QJsonObject &got, const QString &messageId)
    {
        QCOMPARE(got.value(QStringLiteral("mail_from")).toString(), QStringLiteral("shop@example.com"));
        QCOMPARE(got.value(QStringLiteral("rcpt_tos")).toArray(),
            QJsonArray({ QStringLiteral("ana@example.org"), QStringLiteral("accounts@example.org") }));
        QCOMPARE(got.value(QStringLiteral("subject")).toString(), reminder().subject);
        QCOMPARE(got.value(QStringLiteral("from")).toString(), QStringLiteral("Ferretería Sol <shop@example.com>"));
        QCOMPARE(got.value(QStringLiteral("message_id")).toString(), QLatin1Char('<') + messageId + QLatin1Char('>'));
        // Text travels in its canonical form, lines ending in CRLF.
        const auto lf
            = [](QString text) { return text.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).trimmed(); };
        QCOMPARE(lf(got.value(QStringLiteral("text")).toString()), reminder().text);
        QCOMPARE(lf(got.value(QStringLiteral("html")).toString()), reminder().html);
        const QJsonArray files = got.value(QStringLiteral("attachments")).toArray();
        QCOMPARE(files.size(), 1);
        const QJsonObject pdf = files.at(0).toObject();
        QCOMPARE(pdf.value(QStringLiteral("filename")).toString(), QStringLiteral("carta de aviso.pdf"));
        QCOMPARE(pdf.value(QStringLiteral("content_type")).toString(), QStringLiteral("application/pdf"));
        QCOMPARE(pdf.value(QStringLiteral("sha256")).toString(),
            QString::fromLatin1(QCryptographicHash::hash(pdfBytes(), QCryptographicHash::Sha256).toHex()));
        // Header lines stay within 78 characters (the subject is folded into encoded words).
        for (const QString &line : got.value(QStringLiteral("raw")).toString().split(QStringLiteral("\r\n"))) {
            if (line.isEmpty())
                break; // the end of the headers
            QVERIFY2(line.size() <= 78, qPrintable(line));
        }
    }

    qint64 sendOne(TestBook &book, const SmtpTransport &transport, qint64 *customer = nullptr)
    {
        const qint64 c = book.customer(QStringLiteral("Ana Ruiz"));
        const qint64 d = book.sale(c, QStringLiteral("1234.50"), QDate(2026, 1, 1), 30, QStringLiteral("INV-7"));
        if (customer)
            *customer = c;
        Outbox outbox(book.ledger());
        const auto id = outbox.queue(reminder(), c, { d }, QStringLiteral("final_notice"));
        if (!id)
            qFatal("queue: %s", qPrintable(id.error()));
        Q_UNUSED(transport);
        return id.value();
    }

private Q_SLOTS:
    // The register gets a message when the outbox records it sent, not before:
    // not when queued, not when the server is down; then one line per file it
    // carried, with the hash of the bytes the server took.
    void theRegisterListsAMessageOnceSent()
    {
        SmtpTestServer server;
        QVERIFY2(server.start(), qPrintable(server.error()));
        const int port = server.port();
        server.stop();
        TestBook book;
        const SmtpTransport transport(settingsFor(server, SmtpSecurity::None), QString());
        const qint64 id = sendOne(book, transport);
        DocumentRegister documents(book.ledger());
        QCOMPARE(documents.list()->size(), 0);
        Outbox outbox(book.ledger());
        QCOMPARE(outbox.send(id, transport).value(), false);
        QCOMPARE(outbox.entry(id)->state, OutboxState::Failed);
        QCOMPARE(documents.list()->size(), 0);
        QVERIFY2(server.start(SmtpTestServer::Security::None, QString(), port), qPrintable(server.error()));
        QCOMPARE(outbox.send(id, transport).value(), true);
        const auto lines = documents.list();
        QCOMPARE(lines->size(), 1);
        const SentDocument &line = lines->first();
        QCOMPARE(line.channel, QStringLiteral("email"));
        QCOMPARE(line.kind, QStringLiteral("reminder"));
        QCOMPARE(line.stepKey, QStringLiteral("final_notice"));
        QCOMPARE(line.recipient, QStringLiteral("ana@example.org,accounts@example.org"));
        QCOMPARE(line.subject, reminder().subject);
        QCOMPARE(line.outboxId, id);
        QCOMPARE(line.fileName, QStringLiteral("carta de aviso.pdf"));
        QCOMPARE(line.customerName, QStringLiteral("Ana Ruiz"));
        const QJsonObject got = server.messages().at(0);
        QCOMPARE(line.sha256,
            got.value(QStringLiteral("attachments"))
                .toArray()
                .at(0)
                .toObject()
                .value(QStringLiteral("sha256"))
                .toString());
        // Sent once, listed once.
        QCOMPARE(outbox.sendDue(transport)->sent, 0);
        QCOMPARE(documents.list()->size(), 1);
    }

    void aMessageArrivesWithoutEncryptionOnLoopback()
    {
        SmtpTestServer server;
        QVERIFY2(
            server.start(SmtpTestServer::Security::None, QStringLiteral("shop:s3cret")), qPrintable(server.error()));
        TestBook book;
        const SmtpTransport transport(
            settingsFor(server, SmtpSecurity::None, QStringLiteral("shop")), QStringLiteral("s3cret"));
        qint64 customer = 0;
        const qint64 id = sendOne(book, transport, &customer);
        Outbox outbox(book.ledger());
        const auto run = outbox.sendDue(transport);
        QVERIFY2(run, qPrintable(run.error()));
        QCOMPARE(run->sent, 1);
        const OutboxEntry sent = outbox.entry(id).value();
        QCOMPARE(sent.state, OutboxState::Sent);
        QCOMPARE(sent.attempts, 1);
        QCOMPARE(server.messages().size(), 1);
        checkArrived(server.messages().at(0), sent.messageId);
        // The attachment's hash is kept with the message.
        QCOMPARE(sent.attachments.size(), 1);
        QCOMPARE(sent.attachments.at(0).sha256,
            QString::fromLatin1(QCryptographicHash::hash(pdfBytes(), QCryptographicHash::Sha256).toHex()));
        // It is on the debt's timeline as an e-mail contact.
        const auto contacts = CollectionRecords(book.db()).contacts(customer);
        QVERIFY(contacts);
        QCOMPARE(contacts->size(), 1);
        QCOMPARE(contacts->at(0).channel, Channel::Email);
        QCOMPARE(contacts->at(0).debtId, sent.debtIds.value(0));
        QVERIFY(contacts->at(0).note.contains(sent.messageId));
        // Nothing is sent twice.
        QCOMPARE(outbox.sendDue(transport)->sent, 0);
        QCOMPARE(outbox.send(id, transport).value(), false);
        QCOMPARE(server.messages().size(), 1);
    }

    void startTlsAndTlsWithLogin()
    {
        for (const auto &[serverSecurity, security] :
            { std::pair{ SmtpTestServer::Security::StartTls, SmtpSecurity::StartTls },
                std::pair{ SmtpTestServer::Security::Tls, SmtpSecurity::Tls } }) {
            SmtpTestServer server;
            QVERIFY2(server.start(serverSecurity, QStringLiteral("shop:s3cret")), qPrintable(server.error()));
            TestBook book;
            const SmtpTransport transport(
                settingsFor(server, security, QStringLiteral("shop")), QStringLiteral("s3cret"));
            const qint64 id = sendOne(book, transport);
            Outbox outbox(book.ledger());
            const auto run = outbox.sendDue(transport);
            QVERIFY(run);
            QVERIFY2(run->problems.isEmpty(), qPrintable(run->problems.join(QLatin1Char('\n'))));
            QCOMPARE(run->sent, 1);
            QCOMPARE(server.messages().size(), 1);
            checkArrived(server.messages().at(0), outbox.entry(id)->messageId);
        }
    }

    void aServerWithoutItsCertificateTrustedIsRefused()
    {
        SmtpTestServer server;
        QVERIFY2(server.start(SmtpTestServer::Security::StartTls, QStringLiteral("shop:s3cret")),
            qPrintable(server.error()));
        TestBook book;
        SmtpSettings settings = settingsFor(server, SmtpSecurity::StartTls, QStringLiteral("shop"));
        settings.caFile.clear();
        const SmtpTransport transport(settings, QStringLiteral("s3cret"));
        const qint64 id = sendOne(book, transport);
        Outbox outbox(book.ledger());
        QCOMPARE(outbox.send(id, transport).value(), false);
        QCOMPARE(outbox.entry(id)->state, OutboxState::Failed);
        QVERIFY(server.messages().isEmpty());
    }

    void aRefusedLoginIsReportedKeptAndRetriedOnce()
    {
        SmtpTestServer server;
        QVERIFY2(server.start(SmtpTestServer::Security::StartTls, QStringLiteral("shop:s3cret")),
            qPrintable(server.error()));
        TestBook book;
        const SmtpSettings settings = settingsFor(server, SmtpSecurity::StartTls, QStringLiteral("shop"));
        const qint64 id = sendOne(book, SmtpTransport(settings, QStringLiteral("wrong")));
        Outbox outbox(book.ledger());
        const auto run = outbox.sendDue(SmtpTransport(settings, QStringLiteral("wrong")));
        QVERIFY(run);
        QCOMPARE(run->sent, 0);
        QCOMPARE(run->failed, 1);
        OutboxEntry failed = outbox.entry(id).value();
        QCOMPARE(failed.state, OutboxState::Failed);
        // The server's own words.
        QVERIFY2(failed.lastError.contains(QStringLiteral("535")), qPrintable(failed.lastError));
        QVERIFY(!failed.lastError.contains(QStringLiteral("wrong")));
        QCOMPARE(failed.nextAttemptAt, book.clock().nowUtc().addSecs(60));
        QVERIFY(server.messages().isEmpty());
        // Not yet time to try again, even with the right password.
        const SmtpTransport fixed(settings, QStringLiteral("s3cret"));
        QCOMPARE(outbox.sendDue(fixed)->sent, 0);
        book.clock().set(book.clock().nowUtc().addSecs(61));
        QCOMPARE(outbox.sendDue(fixed)->sent, 1);
        QCOMPARE(outbox.entry(id)->state, OutboxState::Sent);
        QCOMPARE(outbox.entry(id)->attempts, 2);
        book.clock().set(book.clock().nowUtc().addSecs(86400));
        QCOMPARE(outbox.sendDue(fixed)->sent, 0);
        QCOMPARE(server.messages().size(), 1);
    }

    void aServerThatIsDownIsReportedAndTheMessageGoesLaterOnce()
    {
        SmtpTestServer server;
        QVERIFY2(server.start(), qPrintable(server.error()));
        const int port = server.port();
        server.stop(); // nothing listens on the port now
        TestBook book;
        SmtpSettings settings = settingsFor(server, SmtpSecurity::None);
        settings.port = port;
        const SmtpTransport transport(settings, QString());
        const qint64 id = sendOne(book, transport);
        Outbox outbox(book.ledger());
        for (int attempt = 1; attempt <= 3; ++attempt) {
            const auto run = outbox.sendDue(transport);
            QVERIFY(run);
            QCOMPARE(run->failed, 1);
            QVERIFY2(run->problems.at(0).contains(QStringLiteral("127.0.0.1")), qPrintable(run->problems.at(0)));
            const OutboxEntry e = outbox.entry(id).value();
            QCOMPARE(e.attempts, attempt);
            QCOMPARE(e.nextAttemptAt, book.clock().nowUtc().addSecs(Outbox::backoffSeconds(attempt)));
            book.clock().set(e.nextAttemptAt);
        }
        QVERIFY2(server.start(SmtpTestServer::Security::None, QString(), port), qPrintable(server.error()));
        QCOMPARE(outbox.sendDue(transport)->sent, 1);
        QCOMPARE(outbox.sendDue(transport)->sent, 0);
        QCOMPARE(server.messages().size(), 1);
        QCOMPARE(outbox.entry(id)->state, OutboxState::Sent);
        QCOMPARE(outbox.entry(id)->attempts, 4);
    }

    void aTransferInterruptedIsUnsureAndNotResentUnlessAsked()
    {
        SmtpTestServer server;
        QVERIFY2(server.start(), qPrintable(server.error()));
        TestBook book;
        const SmtpTransport transport(settingsFor(server, SmtpSecurity::None), QString());
        const qint64 id = sendOne(book, transport);
        // As a program killed during the transfer leaves it: claimed, never recorded.
        QSqlQuery q(book.db().connection());
        QVERIFY(
            q.exec(QStringLiteral("UPDATE outbox SET state = 'sending', attempts = 1, sending_at = '%1' WHERE id = %2")
                       .arg(book.clock().nowUtc().toString(Qt::ISODateWithMs))
                       .arg(id)));
        Outbox outbox(book.ledger());
        // Another program may still be sending it: left alone for a while.
        QCOMPARE(outbox.sendDue(transport)->unsure, 0);
        QCOMPARE(outbox.entry(id)->state, OutboxState::Sending);
        book.clock().set(book.clock().nowUtc().addSecs(Outbox::SendingTimeoutSeconds));
        const auto run = outbox.sendDue(transport);
        QCOMPARE(run->unsure, 1);
        QCOMPARE(run->sent, 0);
        QCOMPARE(outbox.entry(id)->state, OutboxState::Unsure);
        QVERIFY(server.messages().isEmpty());
        QCOMPARE(outbox.sendDue(transport)->sent, 0);
        // The owner looked and it is not in the sent folder: retried by hand, sent once.
        QVERIFY(outbox.retry(id));
        QCOMPARE(outbox.sendDue(transport)->sent, 1);
        QCOMPARE(server.messages().size(), 1);
        QVERIFY(!outbox.retry(id)); // sent: nothing to retry
    }

    void settingsRefuseCleartextOffThisMachine()
    {
        SmtpSettings s;
        s.host = QStringLiteral("smtp.example.com");
        s.port = 25;
        s.security = SmtpSecurity::None;
        s.fromAddress = QStringLiteral("shop@example.com");
        QVERIFY(!s.validate());
        s.security = SmtpSecurity::StartTls;
        QVERIFY(s.validate());
        s.host = QStringLiteral("127.0.0.1");
        s.security = SmtpSecurity::None;
        QVERIFY(s.validate());
        s.fromAddress = QStringLiteral("not an address");
        QVERIFY(!s.validate());
        TestBook book;
        s.fromAddress = QStringLiteral("shop@example.com");
        const auto saved = s.save(book.ledger());
        QVERIFY2(saved, qPrintable(saved.error()));
        QCOMPARE(SmtpSettings::load(book.db()), s);
        // No password in the book, ever.
        QSqlQuery q(book.db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM meta WHERE key LIKE '%pass%'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(SmtpOutboxTest)
#include "smtp_outbox_test.moc"
