// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The outbox on the Documents page, by keyboard alone, against a real SMTP
// server on loopback: "Send due reminders now" with the server down leaves the
// reminder failed with the server's words; with the server back, Retry sends
// it once with its letter as a PDF, which the register lists with the hash of
// the bytes the server took; sending due again sends nothing twice. Both run
// off the window's thread: its event loop keeps turning meanwhile.
#include "messaging/smtp_settings.h"
#include "pages/documents_page.h"
#include "pages/outbox_view.h"
#include "support/pdf_reader.h"
#include "support/smtp_test_server.h"
#include "support/test_book.h"

#include <QApplication>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace recoup;
using recoup::test::SmtpTestServer;
using recoup::test::TestBook;

class OutboxViewTest : public QObject
{
    Q_OBJECT

    /// Presses a key and waits for the run it starts, counting the window's event loop turns meanwhile.
    static bool pressAndWait(QWidget *window, OutboxView *view, Qt::Key key, int *turns)
    {
        QSignalSpy ended(view, &OutboxView::runEnded);
        QTimer timer;
        QObject::connect(&timer, &QTimer::timeout, view, [turns] { ++*turns; });
        timer.start(0);
        Q_UNUSED(window);
        QTest::keyClick(QApplication::focusWidget(), key, Qt::AltModifier);
        // A mnemonic clicks its button the way a press looks: a moment later.
        if (!QTest::qWaitFor([&] { return view->isRunning() || !ended.isEmpty(); }, 5000)) {
            qWarning("nothing started; focus on %s, status: %s",
                QApplication::focusWidget() ? QApplication::focusWidget()->metaObject()->className() : "none",
                qPrintable(view->statusLabel()->text()));
            return false;
        }
        return !ended.isEmpty() || ended.wait(60000);
    }

    static QString cell(const OutboxView *view, int column)
    {
        const QTableWidgetItem *item = view->table()->item(0, column);
        return item ? item->text() : QString();
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void sendDueAndRetryByKeyboard()
    {
        SmtpTestServer server;
        QVERIFY2(server.start(), qPrintable(server.error()));
        const int port = server.port();
        server.stop();

        TestBook book; // today is 2026-03-14
        QVERIFY(book.db().setMeta(QStringLiteral("business_name"), QStringLiteral("Sol Hardware")));
        CustomerInput ana;
        ana.ref = QStringLiteral("C1");
        ana.name = QStringLiteral("Ana Ruiz");
        ana.email = QStringLiteral("ana@example.org");
        const qint64 customer = book.ledger().addCustomer(ana).value();
        // Due ten days ago: the second reminder (+7), by e-mail.
        book.sale(customer, QStringLiteral("200.00"), QDate(2026, 2, 2), 30, QStringLiteral("S1"));
        SmtpSettings smtp;
        smtp.host = QStringLiteral("127.0.0.1");
        smtp.port = port;
        smtp.security = SmtpSecurity::None;
        smtp.fromAddress = QStringLiteral("shop@example.com");
        smtp.fromName = QStringLiteral("Sol Hardware");
        QVERIFY(smtp.save(book.ledger()));

        DocumentsPage page(book.ledger());
        page.resize(1200, 800);
        page.show();
        QApplication::setActiveWindow(&page);
        QVERIFY(QTest::qWaitForWindowActive(&page));
        // To the outbox's tab: the tab bar takes the arrows.
        page.listTabs()->tabBar()->setFocus();
        QTest::keyClick(page.listTabs()->tabBar(), Qt::Key_Right);
        OutboxView *view = page.outboxView();
        QCOMPARE(page.listTabs()->currentWidget(), view);
        QVERIFY(view->sendDueButton()->isVisible());
        QVERIFY(!view->sendDueButton()->accessibleName().isEmpty());
        QVERIFY(!view->retryButton()->accessibleName().isEmpty());
        QVERIFY(!view->table()->accessibleName().isEmpty());

        // The server is down: queued, tried, failed with its words, kept.
        int turns = 0;
        QVERIFY(pressAndWait(&page, view, Qt::Key_N, &turns));
        QVERIFY(turns > 0);
        QCOMPARE(view->table()->rowCount(), 1);
        QCOMPARE(cell(view, OutboxView::State), QStringLiteral("failed"));
        QCOMPARE(cell(view, OutboxView::To), QStringLiteral("ana@example.org"));
        QVERIFY2(cell(view, OutboxView::ServerWords).contains(QStringLiteral("127.0.0.1")),
            qPrintable(cell(view, OutboxView::ServerWords)));
        QVERIFY2(cell(view, OutboxView::ServerWords).contains(QStringLiteral("next attempt")),
            qPrintable(cell(view, OutboxView::ServerWords)));
        QVERIFY2(view->statusLabel()->text().contains(QStringLiteral("1 reminder(s) queued")),
            qPrintable(view->statusLabel()->text()));
        QCOMPARE(page.registerTable()->rowCount(), 0);

        // The server is back: choose the message with the keyboard and retry it.
        QVERIFY2(server.start(SmtpTestServer::Security::None, QString(), port), qPrintable(server.error()));
        QVERIFY(!view->retryButton()->isEnabled());
        view->table()->setFocus();
        QTest::keyClick(view->table(), Qt::Key_Home);
        QTest::keyClick(view->table(), Qt::Key_Space);
        QVERIFY(view->retryButton()->isEnabled());
        turns = 0;
        QVERIFY(pressAndWait(&page, view, Qt::Key_R, &turns));
        QCOMPARE(cell(view, OutboxView::State), QStringLiteral("sent"));
        QCOMPARE(cell(view, OutboxView::Attempts), QStringLiteral("2"));
        QCOMPARE(server.messages().size(), 1);
        const QJsonObject got = server.messages().at(0);
        QCOMPARE(got.value(QStringLiteral("rcpt_tos")).toArray(), QJsonArray({ QStringLiteral("ana@example.org") }));
        QCOMPARE(got.value(QStringLiteral("subject")).toString(), cell(view, OutboxView::Subject));
        const QJsonArray files = got.value(QStringLiteral("attachments")).toArray();
        QCOMPARE(files.size(), 1);
        const QJsonObject pdf = files.at(0).toObject();
        QCOMPARE(pdf.value(QStringLiteral("filename")).toString(), QStringLiteral("reminder-C1-2026-03-14.pdf"));
        const QString text = recoup::test::pdfText(pdf.value(QStringLiteral("path")).toString());
        QVERIFY2(text.contains(QStringLiteral("Ana Ruiz")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("200.00")), qPrintable(text));
        // The register lists it, with the hash of the bytes the server took.
        QCOMPARE(page.registerTable()->rowCount(), 1);
        QCOMPARE(page.registerTable()->item(0, 3)->text(), QStringLiteral("E-mail"));
        QCOMPARE(page.registerTable()->item(0, 4)->text(), QStringLiteral("ana@example.org"));
        QCOMPARE(page.registerTable()->item(0, 7)->text(), pdf.value(QStringLiteral("sha256")).toString());

        // Sending due again: nothing is due, nothing goes twice.
        QVERIFY(pressAndWait(&page, view, Qt::Key_N, &turns));
        QVERIFY2(view->statusLabel()->text().contains(QStringLiteral("0 reminder(s) queued")),
            qPrintable(view->statusLabel()->text()));
        QCOMPARE(view->table()->rowCount(), 1);
        QCOMPARE(server.messages().size(), 1);
    }
};

QTEST_MAIN(OutboxViewTest)
#include "outbox_view_test.moc"
