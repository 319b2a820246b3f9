// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "collections/document_register.h"
#include "dialogs/statement_dialog.h"
#include "pages/documents_page.h"
#include "support/test_book.h"
#include "support/widget_helpers.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace recoup;
using recoup::test::TestBook;

class DocumentsPageTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        // Today is 2026-03-14: the page offers February.
        m_book = std::make_unique<TestBook>();
        for (int i = 1; i <= 30; ++i) {
            const qint64 c = m_book->customer(
                QStringLiteral("Customer %1").arg(i), QStringLiteral("C%1").arg(i, 2, 10, QLatin1Char('0')));
            m_book->sale(c, QStringLiteral("%1.00").arg(10 * i), QDate(2026, 1, 10), 30);
        }
    }

    // The batch runs on its own thread: the progress bar moves while the
    // window's event loop keeps running, and every file lands in the register.
    void aMonthsStatementsWithProgress()
    {
        DocumentsPage page(m_book->ledger());
        page.resize(1100, 700);
        page.show();
        QCOMPARE(page.monthEdit()->date(), QDate(2026, 2, 1));
        QTemporaryDir out;
        page.folderEdit()->setText(out.path());
        QSignalSpy ended(&page, &DocumentsPage::runEnded);
        int ticks = 0;
        QTimer timer;
        connect(&timer, &QTimer::timeout, this, [&ticks] { ++ticks; });
        timer.start(0);
        page.makeButton()->click();
        QVERIFY(page.isRunning());
        QVERIFY(!page.makeButton()->isEnabled());
        QVERIFY(page.cancelButton()->isEnabled());
        QVERIFY(ended.wait(120000));
        timer.stop();
        QVERIFY(ticks > 0);
        QVERIFY(!page.isRunning());
        QCOMPARE(page.progressBar()->value(), 30);
        QCOMPARE(page.progressBar()->maximum(), 30);
        QCOMPARE(QDir(out.path()).entryList(QDir::Files).size(), 30);
        QVERIFY2(page.statusLabel()->text().contains(QStringLiteral("30 statements written")),
            qPrintable(page.statusLabel()->text()));
        QCOMPARE(page.registerTable()->rowCount(), 30);
        QCOMPARE(page.registerTable()->item(0, 2)->text(), QStringLiteral("Statement"));
        auto check = DocumentRegister(m_book->ledger()).verify(out.path());
        QVERIFY(check);
        QCOMPARE(check->matched.size(), 30);
    }

    void cancelKeepsWhatWasWritten()
    {
        DocumentsPage page(m_book->ledger());
        page.show();
        QTemporaryDir out;
        page.folderEdit()->setText(out.path());
        QSignalSpy ended(&page, &DocumentsPage::runEnded);
        // Cancel as soon as the first statement is reported.
        connect(page.progressBar(), &QProgressBar::valueChanged, &page, [&page](int value) {
            if (value >= 1)
                page.cancelStatements();
        });
        page.makeButton()->click();
        QVERIFY(ended.wait(120000));
        const int written = static_cast<int>(QDir(out.path()).entryList(QDir::Files).size());
        QVERIFY2(written >= 1 && written < 30, qPrintable(QString::number(written)));
        QVERIFY2(
            page.statusLabel()->text().startsWith(QStringLiteral("Cancelled")), qPrintable(page.statusLabel()->text()));
        QCOMPARE(page.registerTable()->rowCount(), written);
        QVERIFY(page.makeButton()->isEnabled());
    }

    void aStatementForOneCustomer()
    {
        const qint64 c = m_book->ledger().customerByRef(QStringLiteral("C03"))->id;
        StatementDialog dialog(m_book->ledger(), c);
        dialog.show();
        dialog.kindCombo()->setCurrentIndex(1);
        dialog.asOfEdit()->setDate(QDate(2026, 2, 28));
        dialog.fromEdit()->setDate(QDate(2026, 2, 1));
        auto statement = dialog.statement();
        QVERIFY(statement);
        QCOMPARE(statement->kind, StatementKind::BalanceForward);
        QCOMPARE(statement->closing, 3000);
        QPrintPreviewDialog *preview = dialog.preview();
        QVERIFY(preview);
        QVERIFY(preview->isVisible());
        preview->close();
        QTemporaryDir out;
        QVERIFY(dialog.savePdf(out.filePath(QStringLiteral("s.pdf"))));
        auto lines = DocumentRegister(m_book->ledger()).list(c);
        QCOMPARE(lines->size(), 1);
        QCOMPARE(lines->first().channel, QStringLiteral("pdf"));
        QCOMPARE(lines->first().fileName, QStringLiteral("s.pdf"));
    }

private:
    std::unique_ptr<TestBook> m_book;
};

QTEST_MAIN(DocumentsPageTest)
#include "documents_page_test.moc"
