// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "aging/aging_export.h"
#include "models/aging_table_model.h"
#include "pages/aging_page.h"
#include "support/test_book.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace recoup;
using recoup::test::TestBook;

class AgingPageTest : public QObject
{
    Q_OBJECT

private:
    /// Three customers: one current, one 31-60, one in credit.
    static void fill(TestBook &book)
    {
        const qint64 a = book.customer(QStringLiteral("Baker St Deli"), QStringLiteral("A1"));
        const qint64 b = book.customer(QStringLiteral("<b>Amélie</b>, Roux"), QStringLiteral("B2"));
        const qint64 c = book.customer(QStringLiteral("Chen Wu"), QStringLiteral("C3"));
        book.sale(a, QStringLiteral("100.00"), QDate(2026, 3, 10), 30); // current as of 03-14
        book.sale(b, QStringLiteral("250.50"), QDate(2026, 1, 1), 10); // due 01-11: 62 days
        book.sale(b, QStringLiteral("40.00"), QDate(2026, 2, 1), 10); // due 02-11: 31 days
        book.pay(c, QStringLiteral("12.34"), QDate(2026, 3, 1)); // credit
    }

private Q_SLOTS:
    void tableAgreesWithTheEngine()
    {
        TestBook book;
        fill(book);
        AgingPage page(book.ledger());
        page.setAsOf(QDate(2026, 3, 14));
        QTRY_VERIFY(!page.isBusy());
        QAbstractItemModelTester tester(page.tableModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(
            page.filterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        AgingTableModel *model = page.tableModel();
        QCOMPARE(model->rowCount(), 4); // three customers and the totals
        const int balance = model->balanceColumn();
        QCOMPARE(model->index(3, 1).data().toString(), QStringLiteral("Total"));
        QCOMPARE(
            model->index(3, balance).data(AgingTableModel::RawValueRole).toLongLong(), 10000 + 25050 + 4000 - 1234);
        QCOMPARE(model->index(1, 1).data().toString(), QStringLiteral("<b>Amélie</b>, Roux"));
        QCOMPARE(
            model->index(1, AgingTableModel::bucketColumn(2)).data(AgingTableModel::RawValueRole).toLongLong(), 4000);
        QCOMPARE(
            model->index(1, AgingTableModel::bucketColumn(3)).data(AgingTableModel::RawValueRole).toLongLong(), 25050);
        QCOMPARE(model->index(2, model->creditColumn()).data(AgingTableModel::RawValueRole).toLongLong(), 1234);
        // The receivable gross of credit, as the buckets; the credit apart.
        QVERIFY2(page.summary()->text().startsWith(QStringLiteral("Receivable 390.50 · overdue 290.50 (74 %)")),
            qPrintable(page.summary()->text()));
        QVERIFY2(
            page.summary()->text().contains(QStringLiteral("credit held 12.34")), qPrintable(page.summary()->text()));
    }

    void clickingABucketHeaderFilters()
    {
        TestBook book;
        fill(book);
        AgingPage page(book.ledger());
        page.resize(1200, 700);
        page.show();
        page.setAsOf(QDate(2026, 3, 14));
        QTRY_VERIFY(!page.isBusy());
        QTableView *table = page.table();
        QCOMPARE(table->model()->rowCount(), 4);
        QHeaderView *header = table->horizontalHeader();
        const int column = AgingTableModel::bucketColumn(3); // 61-90
        const QPoint at(
            header->sectionViewportPosition(column) + header->sectionSize(column) / 2, header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(table->model()->rowCount(), 2); // B2 and the totals
        QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("B2"));
        QCOMPARE(table->model()->index(1, 1).data().toString(), QStringLiteral("Total"));
        page.filterBucket(-1);
        QCOMPARE(table->model()->rowCount(), 4);
    }

    void doubleClickOpensTheCustomer()
    {
        TestBook book;
        fill(book);
        AgingPage page(book.ledger());
        page.resize(1200, 700);
        page.show();
        page.setAsOf(QDate(2026, 3, 14));
        QTRY_VERIFY(!page.isBusy());
        QSignalSpy opened(&page, &AgingPage::customerActivated);
        QTableView *table = page.table();
        const QRect cell = table->visualRect(table->model()->index(0, 1));
        // A double click is a press and release, then the double-click event.
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.first().at(0).toLongLong(), book.ledger().customerByRef(QStringLiteral("A1"))->id);
    }

    void agesOffTheGuiThreadAndKeepsTheLatest()
    {
        TestBook book;
        fill(book);
        AgingPage page(book.ledger());
        QSignalSpy refreshed(&page, &AgingPage::refreshed);
        page.setAsOf(QDate(2025, 12, 31));
        QVERIFY(page.isBusy());
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("busy"))->isVisibleTo(&page));
        page.setAsOf(QDate(2026, 3, 14));
        QTRY_COMPARE(refreshed.count(), 1);
        QVERIFY(!page.isBusy());
        QVERIFY(!page.findChild<QLabel *>(QStringLiteral("busy"))->isVisibleTo(&page));
        QCOMPARE(page.tableModel()->report().options().asOf, QDate(2026, 3, 14));
        QCOMPARE(page.tableModel()->rowCount(), 4);
        // Closed while it ages: nothing arrives afterwards.
        auto other = std::make_unique<AgingPage>(book.ledger());
        other->refresh();
        other.reset();
        QCoreApplication::processEvents();
    }

    void asOfDateMovesTheFigures()
    {
        TestBook book;
        fill(book);
        AgingPage page(book.ledger());
        page.setAsOf(QDate(2025, 12, 31)); // before every entry
        QTRY_VERIFY(!page.isBusy());
        QCOMPARE(page.tableModel()->rowCount(), 1);
        QCOMPARE(page.tableModel()
                     ->index(0, page.tableModel()->balanceColumn())
                     .data(AgingTableModel::RawValueRole)
                     .toLongLong(),
            0);
    }

    void exportsMatchTheEngine()
    {
        TestBook book;
        fill(book);
        AgingPage page(book.ledger());
        page.setAsOf(QDate(2026, 3, 14));
        QTRY_VERIFY(!page.isBusy());
        const QString csvPath = book.dir() + QStringLiteral("/aging.csv");
        QString error;
        QVERIFY2(page.exportCsv(csvPath, &error), qPrintable(error));
        QBuffer expected;
        expected.open(QIODevice::WriteOnly);
        QVERIFY(AgingExport::writeCsv(page.tableModel()->report(), book.db().currency(), expected));
        QFile written(csvPath);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), expected.data());

        QVERIFY(!page.exportCsv(book.dir() + QStringLiteral("/no/such/dir/a.csv"), &error));
        QVERIFY(!error.isEmpty());

        const QString pdfPath = book.dir() + QStringLiteral("/aging.pdf");
        QVERIFY2(page.exportPdf(pdfPath, &error), qPrintable(error));
        QVERIFY(QFileInfo(pdfPath).size() > 1000);
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        QProcess text;
        text.start(pdftotext, { QStringLiteral("-layout"), pdfPath, QStringLiteral("-") });
        QVERIFY(text.waitForFinished(30000));
        const QString out = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(out.contains(QStringLiteral("Aged receivables as of")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("<b>Amélie</b>, Roux")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("378.16")), qPrintable(out));
    }
};

QTEST_MAIN(AgingPageTest)
#include "aging_page_test.moc"
