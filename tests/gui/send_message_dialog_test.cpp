// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Message… on the customer page: a WhatsApp or SMS message built from the
// step's template opens ready to send (the link handed to the desktop) or is
// copied, and is logged as a contact once the user says it went; an e-mail
// goes through the outbox to a real SMTP server and lands on the timeline.
#include "collections/collection_records.h"
#include "dialogs/send_message_dialog.h"
#include "messaging/outbox.h"
#include "messaging/smtp_settings.h"
#include "support/smtp_test_server.h"
#include "support/test_book.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QTextBrowser>
#include <QUrlQuery>

using namespace recoup;
using recoup::test::SmtpTestServer;
using recoup::test::TestBook;

/// Stands for the desktop's WhatsApp or messages app: keeps the links it is asked to open.
class LinkCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public Q_SLOTS:
    void open(const QUrl &url) { opened.append(url); }
};

class SendMessageDialogTest : public QObject
{
    Q_OBJECT

    static qint64 owingCustomer(TestBook &book, QList<qint64> *debts)
    {
        CustomerInput ana;
        ana.name = QStringLiteral("Ana Ruiz");
        ana.ref = QStringLiteral("C1");
        ana.phone = QStringLiteral("612 345 678");
        ana.email = QStringLiteral("ana@example.org");
        const qint64 c = book.ledger().addCustomer(ana).value();
        debts->append(book.sale(c, QStringLiteral("80.00"), QDate(2026, 1, 10), 30, QStringLiteral("INV-1")));
        debts->append(book.sale(c, QStringLiteral("20.00"), QDate(2026, 1, 20), 30, QStringLiteral("INV-2")));
        return c;
    }

    static void choose(QComboBox *box, const QVariant &data)
    {
        const int i = box->findData(data);
        QVERIFY(i >= 0);
        box->setCurrentIndex(i);
    }

    /// The book sends its e-mail through the server on this loopback port, without TLS.
    static bool useMailServer(TestBook &book, int port)
    {
        SmtpSettings smtp;
        smtp.host = QStringLiteral("127.0.0.1");
        smtp.port = port;
        smtp.security = SmtpSecurity::None;
        smtp.fromAddress = QStringLiteral("shop@example.com");
        return smtp.save(book.ledger()).ok();
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void whatsAppOpensReadyToSendAndIsLoggedWhenItWent()
    {
        TestBook book;
        QVERIFY(book.db().setMeta(QStringLiteral("country"), QStringLiteral("ES")));
        QVERIFY(book.db().setMeta(QStringLiteral("business_name"), QStringLiteral("Sol Hardware")));
        QList<qint64> debts;
        const qint64 customer = owingCustomer(book, &debts);
        LinkCatcher desktop;
        QDesktopServices::setUrlHandler(QStringLiteral("https"), &desktop, "open");
        QDesktopServices::setUrlHandler(QStringLiteral("sms"), &desktop, "open");

        SendMessageDialog dialog(book.ledger(), customer);
        dialog.show();
        choose(dialog.stepBox(), QStringLiteral("reminder"));
        choose(dialog.channelBox(), int(Channel::WhatsApp));
        QVERIFY(dialog.openButton()->isVisible());
        QVERIFY(!dialog.sendButton()->isVisible());
        const QString text = dialog.composed().text;
        QVERIFY2(text.contains(QStringLiteral("Ana Ruiz")) && text.contains(QStringLiteral("Sol Hardware"))
                && text.contains(QStringLiteral("100.00 USD")),
            qPrintable(text));
        QTest::mouseClick(dialog.openButton(), Qt::LeftButton);
        QCOMPARE(desktop.opened.size(), 1);
        const QUrl wa = desktop.opened.at(0);
        QCOMPARE(wa.host(), QStringLiteral("wa.me"));
        // The book's country made "612 345 678" a Spanish number.
        QCOMPARE(wa.path(), QStringLiteral("/34612345678"));
        QCOMPARE(QUrlQuery(wa).queryItemValue(QStringLiteral("text"), QUrl::FullyDecoded), text);

        // Nothing is logged until the user says it went; then once on each open sale.
        QVERIFY(CollectionRecords(book.db()).contacts(customer)->isEmpty());
        QTest::mouseClick(dialog.wentButton(), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const auto contacts = CollectionRecords(book.db()).contacts(customer);
        QCOMPARE(contacts->size(), 2);
        QList<qint64> logged;
        for (const Contact &c : contacts.value()) {
            QCOMPARE(c.channel, Channel::WhatsApp);
            logged.append(c.debtId);
        }
        std::sort(logged.begin(), logged.end());
        QCOMPARE(logged, debts);

        // An SMS: its link, its parts, and the copy for another phone.
        SendMessageDialog sms(book.ledger(), customer);
        sms.show();
        choose(sms.channelBox(), int(Channel::Sms));
        QTest::mouseClick(sms.openButton(), Qt::LeftButton);
        QCOMPARE(desktop.opened.size(), 2);
        QCOMPARE(desktop.opened.at(1).scheme(), QStringLiteral("sms"));
        QCOMPARE(desktop.opened.at(1).path(), QStringLiteral("+34612345678"));
        QTest::mouseClick(sms.copyButton(), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), sms.composed().text);
        QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
        QDesktopServices::unsetUrlHandler(QStringLiteral("sms"));
    }

    void aNumberThatCannotTakeAMessageIsSaidSo()
    {
        TestBook book;
        QList<qint64> debts;
        const qint64 customer = owingCustomer(book, &debts);
        // The book names no country: "612 345 678" cannot be placed.
        SendMessageDialog dialog(book.ledger(), customer);
        dialog.show();
        choose(dialog.channelBox(), int(Channel::WhatsApp));
        QVERIFY(!dialog.openButton()->isEnabled());
        QVERIFY(dialog.link().isEmpty());
        QVERIFY2(dialog.messageLabel()->text().contains(QStringLiteral("country")),
            qPrintable(dialog.messageLabel()->text()));
    }

    void anEmailGoesThroughTheOutboxOnce()
    {
        SmtpTestServer server;
        QVERIFY2(server.start(), qPrintable(server.error()));
        TestBook book;
        QList<qint64> debts;
        const qint64 customer = owingCustomer(book, &debts);
        QVERIFY(useMailServer(book, server.port()));

        SendMessageDialog dialog(book.ledger(), customer);
        dialog.show();
        choose(dialog.stepBox(), QStringLiteral("reminder"));
        choose(dialog.channelBox(), int(Channel::Email));
        QVERIFY(dialog.sendButton()->isEnabled());
        QVERIFY(dialog.preview()->toPlainText().contains(dialog.composed().subject));
        QTest::mouseClick(dialog.sendButton(), Qt::LeftButton);
        // Sent on a thread of its own: the dialog answers meanwhile, and closes once it went.
        QVERIFY(dialog.isSending());
        QVERIFY(!dialog.sendButton()->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 20000);
        QCOMPARE(server.messages().size(), 1);
        QCOMPARE(server.messages().at(0).value(QStringLiteral("subject")).toString(), dialog.composed().subject);
        // The step's letter goes with it, as with the ladder's own reminders.
        const QJsonArray files = server.messages().at(0).value(QStringLiteral("attachments")).toArray();
        QCOMPARE(files.size(), 1);
        QCOMPARE(files.at(0).toObject().value(QStringLiteral("filename")).toString(),
            QStringLiteral("reminder-C1-2026-03-14.pdf"));
        const auto sent = Outbox(book.ledger()).list();
        QCOMPARE(sent->size(), 1);
        QCOMPARE(sent->at(0).state, OutboxState::Sent);
        const auto contacts = CollectionRecords(book.db()).contacts(customer);
        QCOMPARE(contacts->size(), 2);
        QCOMPARE(contacts->at(0).channel, Channel::Email);
    }

    void aServerThatDoesNotAnswerKeepsTheMessageAndTheDialog()
    {
        TestBook book;
        QList<qint64> debts;
        const qint64 customer = owingCustomer(book, &debts);
        int port = 0;
        {
            // A port nothing listens on: taken, then let go.
            SmtpTestServer gone;
            QVERIFY2(gone.start(), qPrintable(gone.error()));
            port = gone.port();
        }
        QVERIFY(useMailServer(book, port));

        SendMessageDialog dialog(book.ledger(), customer);
        dialog.show();
        choose(dialog.stepBox(), QStringLiteral("reminder"));
        choose(dialog.channelBox(), int(Channel::Email));
        QTest::mouseClick(dialog.sendButton(), Qt::LeftButton);
        // Escape while it is being handed over does not close it.
        QVERIFY(dialog.isSending());
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(dialog.isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isSending(), 30000);
        QVERIFY(dialog.isVisible());
        QVERIFY2(dialog.messageLabel()->text().startsWith(QStringLiteral("Not sent, kept to try again")),
            qPrintable(dialog.messageLabel()->text()));
        QVERIFY(dialog.sendButton()->isEnabled());
        const auto kept = Outbox(book.ledger()).list();
        QCOMPARE(kept->size(), 1);
        QVERIFY(kept->at(0).state != OutboxState::Sent);
        QVERIFY(CollectionRecords(book.db()).contacts(customer)->isEmpty());
    }
};

QTEST_MAIN(SendMessageDialogTest)
#include "send_message_dialog_test.moc"
