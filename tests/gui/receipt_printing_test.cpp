// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/payment_dialog.h"
#include "dialogs/statement_dialog.h"
#include "ledger/business_details.h"
#include "pages/business_details_editor.h"
#include "pages/customer_page.h"
#include "pages/settings_page.h"
#include "support/test_book.h"
#include "support/widget_helpers.h"

#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace recoup;
using recoup::test::child;
using recoup::test::showAndFocus;
using recoup::test::TestBook;

namespace {

/// The print preview that is open, if one is.
QPrintPreviewDialog *openPreview()
{
    for (QWidget *widget : QApplication::topLevelWidgets())
        if (auto *preview = qobject_cast<QPrintPreviewDialog *>(widget); preview && preview->isVisible())
            return preview;
    return nullptr;
}

void closePreviews()
{
    while (QPrintPreviewDialog *preview = openPreview()) {
        preview->close();
        QApplication::processEvents();
    }
}

} // namespace

class ReceiptPrintingTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void cleanup()
    {
        closePreviews();
        QLocale::setDefault(QLocale::c());
    }

    // Ctrl+P in the payment dialog saves the payment and shows its receipt, on
    // the book's sheet or the roll.
    void ctrlPSavesAndPreviewsTheReceipt()
    {
        TestBook book;
        const qint64 deli = book.customer(QStringLiteral("Baker St Deli"));
        book.sale(deli, QStringLiteral("212.30"), QDate(2026, 1, 5), 30, QStringLiteral("S-1041"));
        PaymentDialog dialog(book.ledger(), deli);
        QVERIFY(showAndFocus(dialog));
        auto *print = child<QPushButton>(dialog, "saveAndPrintButton");
        QVERIFY(!print->isEnabled());
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("100.00"));
        QVERIFY(print->isEnabled());
        QVERIFY(print->text().contains(QStringLiteral("Ctrl+P")));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_P, Qt::ControlModifier);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.paymentEntryId() != 0);
        QCOMPARE(book.ledger().customer(deli)->balance, book.minor(QStringLiteral("112.30")));

        QTRY_VERIFY(openPreview() != nullptr);
        QPrintPreviewDialog *preview = openPreview();
        const QString number = QStringLiteral("R-%1").arg(dialog.paymentEntryId(), 6, 10, QLatin1Char('0'));
        QVERIFY2(preview->windowTitle().contains(number), qPrintable(preview->windowTitle()));
        auto *pages = preview->findChild<QPrintPreviewWidget *>();
        QVERIFY(pages);
        QTRY_VERIFY(pages->pageCount() >= 1);
        auto *paper = preview->findChild<QComboBox *>(QStringLiteral("paperChoice"));
        QVERIFY(paper);
        QCOMPARE(paper->count(), 2);
        paper->setCurrentIndex(1);
        QTRY_COMPARE(pages->pageCount(), 1);
    }

    // On the customer page, a payment's line in the timeline prints its receipt.
    void theCustomerPagePrintsTheSelectedPaymentsReceipt()
    {
        TestBook book;
        const qint64 ana = book.customer(QStringLiteral("Ana Roux"));
        book.sale(ana, QStringLiteral("80.00"), QDate(2026, 2, 1), 30, QStringLiteral("S-1"));
        book.pay(ana, QStringLiteral("30.00"), QDate(2026, 3, 1));
        CustomerPage page(book.ledger());
        page.resize(1200, 700);
        page.show();
        page.setCustomer(ana);
        auto *receipt = child<QPushButton>(page, "receiptButton");
        QTableView *timeline = page.timelineView();
        QVERIFY(timeline->model()->rowCount() >= 2);
        // The sale's own line has no receipt; the payment's line has one.
        int paymentRow = -1;
        for (int row = 0; row < timeline->model()->rowCount(); ++row) {
            timeline->setCurrentIndex(timeline->model()->index(row, 0));
            if (receipt->isEnabled())
                paymentRow = row;
        }
        QVERIFY(paymentRow >= 0);
        timeline->setCurrentIndex(timeline->model()->index(0, 0));
        QVERIFY(!receipt->isEnabled());
        timeline->setCurrentIndex(timeline->model()->index(paymentRow, 0));
        QVERIFY(receipt->isEnabled());
        receipt->click();
        QTRY_VERIFY(openPreview() != nullptr);
        closePreviews();
        // Statement (Ctrl+T): the customer's statement, to preview or save.
        auto *statement = child<QPushButton>(page, "statementButton");
        QVERIFY(statement->text().contains(QStringLiteral("Ctrl+T")));
        statement->click();
        QTRY_VERIFY(page.findChild<StatementDialog *>() != nullptr);
        QVERIFY(page.findChild<StatementDialog *>()->isVisible());
        page.findChild<StatementDialog *>()->close();
    }

    // Settings, Business: a wrong value is named and nothing is kept; right ones are saved.
    void businessDetailsAreCheckedAndSaved()
    {
        TestBook book;
        SettingsPage page(book.ledger());
        page.resize(1200, 700);
        page.show();
        BusinessDetailsEditor *editor = page.businessEditor();
        QVERIFY(editor);
        QVERIFY(page.tabs()->indexOf(editor) >= 0);
        auto line = [editor](const QString &key) { return qobject_cast<QLineEdit *>(editor->field(key)); };
        line(BusinessDetails::Name)->setText(QStringLiteral("Corner Hardware"));
        qobject_cast<QPlainTextEdit *>(editor->field(BusinessDetails::Address))
            ->setPlainText(QStringLiteral("14 Market Street\nSpringfield"));
        line(BusinessDetails::Iban)->setText(QStringLiteral("GB00 WEST 1234 5698 7654 32"));
        QVERIFY(!editor->save());
        QVERIFY2(editor->messageLabel()->text().contains(QStringLiteral("IBAN")),
            qPrintable(editor->messageLabel()->text()));
        QCOMPARE(book.db().meta(BusinessDetails::Name), QString());

        line(BusinessDetails::Iban)->setText(QStringLiteral("GB82 WEST 1234 5698 7654 32"));
        auto *country = qobject_cast<QComboBox *>(editor->field(BusinessDetails::Country));
        country->setCurrentIndex(country->findData(QStringLiteral("GB")));
        QImage logo(40, 20, QImage::Format_RGB32);
        logo.fill(Qt::darkBlue);
        QByteArray png;
        QBuffer buffer(&png);
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY(logo.save(&buffer, "PNG"));
        editor->setLogo(png);
        QVERIFY(!child<QLabel>(*editor, "logoPreview")->pixmap().isNull());
        QVERIFY(editor->save());
        const BusinessDetails saved = BusinessDetails::load(book.db());
        QCOMPARE(saved.name(), QStringLiteral("Corner Hardware"));
        QCOMPARE(saved.addressLines().size(), 2);
        QCOMPARE(saved.value(BusinessDetails::Iban), QStringLiteral("GB82WEST12345698765432"));
        QCOMPARE(saved.value(BusinessDetails::Country), QStringLiteral("GB"));
        QCOMPARE(saved.logo(), png);
        // The form shows what the book keeps.
        QCOMPARE(line(BusinessDetails::Iban)->text(), QStringLiteral("GB82WEST12345698765432"));
    }
};

QTEST_MAIN(ReceiptPrintingTest)
#include "receipt_printing_test.moc"
