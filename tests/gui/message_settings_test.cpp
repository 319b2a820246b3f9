// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "messaging/smtp_settings.h"
#include "messaging/template_store.h"
#include "pages/mail_settings_editor.h"
#include "pages/template_editor.h"
#include "secrets/password_vault.h"
#include "support/smtp_test_server.h"
#include "support/test_book.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QTextBrowser>

using namespace recoup;
using recoup::test::SmtpTestServer;
using recoup::test::TestBook;

class MessageSettingsTest : public QObject
{
    Q_OBJECT

    static qint64 owingCustomer(TestBook &book)
    {
        CustomerInput ana;
        ana.name = QStringLiteral("Ana <b>Ruiz</b>");
        ana.ref = QStringLiteral("C1");
        const qint64 c = book.ledger().addCustomer(ana).value();
        book.sale(c, QStringLiteral("80.00"), QDate(2026, 1, 10), 30, QStringLiteral("INV-1"));
        return c;
    }

    static void choose(QComboBox *box, const QVariant &data)
    {
        const int i = box->findData(data);
        QVERIFY(i >= 0);
        box->setCurrentIndex(i);
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void thePreviewShowsARealCustomerAndANameAsText()
    {
        TestBook book;
        owingCustomer(book);
        TemplateEditor editor(book.ledger());
        editor.resize(1000, 600);
        editor.show();
        choose(editor.stepBox(), QStringLiteral("reminder"));
        choose(editor.channelBox(), int(Channel::Email));
        QCOMPARE(editor.customerBox()->currentText(), QStringLiteral("Ana <b>Ruiz</b>"));
        const QString shown = editor.preview()->toPlainText();
        QVERIFY2(shown.contains(QStringLiteral("Dear Ana <b>Ruiz</b>,")), qPrintable(shown));
        QVERIFY(shown.contains(QStringLiteral("INV-1")));
        QVERIFY(shown.contains(QStringLiteral("80.00 USD")));
        // Typing changes the preview at once.
        editor.bodyEdit()->setFocus();
        editor.bodyEdit()->moveCursor(QTextCursor::End);
        QTest::keyClick(editor.bodyEdit(), Qt::Key_Return);
        QTest::keyClicks(editor.bodyEdit(), QStringLiteral("P.S. {customer.ref}"));
        QVERIFY(editor.preview()->toPlainText().contains(QStringLiteral("P.S. C1")));
    }

    void anUnknownFieldIsShownAndNotSaved()
    {
        TestBook book;
        owingCustomer(book);
        TemplateEditor editor(book.ledger());
        editor.show();
        QApplication::setActiveWindow(&editor); // Ctrl+S is a shortcut: it needs the window active
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        choose(editor.stepBox(), QStringLiteral("reminder"));
        choose(editor.channelBox(), int(Channel::Sms));
        QVERIFY(!editor.subjectEdit()->isVisible());
        editor.bodyEdit()->setPlainText(QStringLiteral("Hi {customer.name}, pay {amount_due}"));
        QCOMPARE(
            editor.messageLabel()->text(), QStringLiteral("Message: Unknown field {amount_due} at line 1, column 25."));
        QVERIFY(!editor.save());
        QVERIFY(TemplateStore(book.db()).edited()->isEmpty());
        // Fixed, it is saved with Ctrl+S and the SMS shows its length.
        editor.bodyEdit()->setPlainText(QStringLiteral("Hi {customer.name}, pay {total_due}"));
        QVERIFY(editor.messageLabel()->text().isEmpty());
        QVERIFY2(editor.lengthLabel()->text().contains(QStringLiteral("1 SMS part")),
            qPrintable(editor.lengthLabel()->text()));
        editor.bodyEdit()->setFocus();
        QTest::keyClick(editor.bodyEdit(), Qt::Key_S, Qt::ControlModifier);
        const auto edited = TemplateStore(book.db()).edited();
        QCOMPARE(edited->size(), 1);
        QCOMPARE(edited->at(0).body, QStringLiteral("Hi {customer.name}, pay {total_due}"));
        QCOMPARE(edited->at(0).channel, Channel::Sms);
    }

    void aTestMessageIsSentFromTheSettings()
    {
        SmtpTestServer server;
        QVERIFY2(server.start(), qPrintable(server.error()));
        TestBook book;
        MailSettingsEditor editor(book.ledger());
        editor.show();
        editor.hostEdit()->setText(QStringLiteral("127.0.0.1"));
        choose(editor.securityBox(), QStringLiteral("none"));
        editor.portBox()->setValue(server.port());
        editor.fromEdit()->setText(QStringLiteral("shop@example.com"));
        editor.fromNameEdit()->setText(QStringLiteral("Shop"));
        QSignalSpy finished(&editor, &MailSettingsEditor::testFinished);
        QTest::mouseClick(editor.testButton(), Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
        QCOMPARE(server.messages().size(), 1);
        QCOMPARE(server.messages().at(0).value(QStringLiteral("rcpt_tos")).toArray(),
            QJsonArray({ QStringLiteral("shop@example.com") }));
        QCOMPARE(SmtpSettings::load(book.db()).port, server.port());
        // A server that is down is said so.
        server.stop();
        QTest::mouseClick(editor.testButton(), Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        QVERIFY(!finished.at(1).at(0).toBool());
        QVERIFY2(editor.messageLabel()->text().contains(QStringLiteral("127.0.0.1")),
            qPrintable(editor.messageLabel()->text()));
    }

    void thePasswordIsNeverKeptInClearUnlessTheOwnerSaysSo()
    {
        QStandardPaths::setTestModeEnabled(true); // the clear file goes to a test folder, not the user's
        if (PasswordVault::keychainAvailable())
            QSKIP("this desktop has a keychain: the password goes there");
        QFile::remove(PasswordVault::clearFilePath());
        TestBook book;
        MailSettingsEditor editor(book.ledger());
        editor.hostEdit()->setText(QStringLiteral("smtp.example.com"));
        editor.portBox()->setValue(587);
        editor.userEdit()->setText(QStringLiteral("shop"));
        editor.fromEdit()->setText(QStringLiteral("shop@example.com"));
        editor.passwordEdit()->setText(QStringLiteral("s3cret-words"));
        // No keychain and no word from the owner: the password is refused, the rest kept.
        QVERIFY(!editor.save());
        QVERIFY2(editor.messageLabel()->text().contains(QStringLiteral("not the password")),
            qPrintable(editor.messageLabel()->text()));
        QVERIFY(!QFile::exists(PasswordVault::clearFilePath()));
        QCOMPARE(SmtpSettings::load(book.db()).user, QStringLiteral("shop"));
        // The owner ticks the box: kept in a file of theirs alone.
        editor.clearFileBox()->setChecked(true);
        QVERIFY(editor.save());
        QVERIFY(editor.passwordEdit()->text().isEmpty());
        QCOMPARE(QFile::permissions(PasswordVault::clearFilePath()) & (QFile::ReadGroup | QFile::ReadOther),
            QFileDevice::Permissions());
        const auto found = PasswordVault::read(SmtpSettings::load(book.db()).passwordKey());
        QCOMPARE(found.password, QStringLiteral("s3cret-words"));
        QCOMPARE(found.where, PasswordVault::Where::ClearFile);
        // Never in the book.
        for (const QString &path : { book.path(), book.path() + QStringLiteral("-wal") }) {
            QFile file(path);
            if (file.open(QIODevice::ReadOnly))
                QVERIFY(!file.readAll().contains("s3cret-words"));
        }
        PasswordVault::forget(SmtpSettings::load(book.db()).passwordKey());
        QVERIFY(PasswordVault::read(SmtpSettings::load(book.db()).passwordKey()).password.isEmpty());
    }

    void cleartextOffThisMachineIsRefused()
    {
        TestBook book;
        MailSettingsEditor editor(book.ledger());
        editor.hostEdit()->setText(QStringLiteral("smtp.example.com"));
        choose(editor.securityBox(), QStringLiteral("none"));
        editor.fromEdit()->setText(QStringLiteral("shop@example.com"));
        QVERIFY(!editor.save());
        QVERIFY(editor.messageLabel()->text().contains(QStringLiteral("STARTTLS")));
        QVERIFY(SmtpSettings::load(book.db()).host.isEmpty());
    }
};

QTEST_MAIN(MessageSettingsTest)
#include "message_settings_test.moc"
