// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/currency.h"
#include "documents/payment_code.h"

#include <QTest>

using namespace recoup;

class PaymentCodeTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aEuroBookWithAnIbanGetsASepaTransfer()
    {
        BusinessDetails business;
        business.setValue(BusinessDetails::Name, QStringLiteral("Ferretería Sol"));
        business.setValue(BusinessDetails::Iban, QStringLiteral("ES9121000418450200051332"));
        business.setValue(BusinessDetails::Bic, QStringLiteral("CAIXESBBXXX"));
        const Currency eur = Currency::fromCode(QStringLiteral("EUR")).value();
        const QString text = PaymentCode::text(business, eur, 11050, QStringLiteral("C1/2026-02"));
        // EPC069-12, version 002, UTF-8: one field a line, the optional ones empty.
        QCOMPARE(text,
            QStringLiteral("BCD\n002\n1\nSCT\nCAIXESBBXXX\nFerretería Sol\nES9121000418450200051332\nEUR110.50\n\n\n"
                           "C1/2026-02"));
        // Nothing to pay: no amount, the payer types it.
        QVERIFY(PaymentCode::epcText(business, 0, eur, QStringLiteral("x")).contains(QStringLiteral("\n\n\n\nx")));
        const QImage image = PaymentCode::image(text);
        QVERIFY(!image.isNull());
        QCOMPARE(image.width(), image.height());
        // The quiet zone is white, the finder pattern's corner black.
        QCOMPARE(image.pixelColor(0, 0), QColor(Qt::white));
        QCOMPARE(image.pixelColor(4, 4), QColor(Qt::black));
    }

    void otherBooksGetThePaymentLink()
    {
        BusinessDetails business;
        business.setValue(BusinessDetails::Name, QStringLiteral("Corner Hardware"));
        business.setValue(
            BusinessDetails::PaymentLink, QStringLiteral("https://pay.example.com/?r={reference}&a={amount}"));
        const Currency usd = Currency::fromCode(QStringLiteral("USD")).value();
        QCOMPARE(PaymentCode::text(business, usd, 4200, QStringLiteral("C-00012/2026-02")),
            QStringLiteral("https://pay.example.com/?r=C-00012%2F2026-02&a=42.00"));
        // A euro book without an IBAN uses the link too; no link, no code.
        const Currency eur = Currency::fromCode(QStringLiteral("EUR")).value();
        QVERIFY(PaymentCode::text(business, eur, 4200, QStringLiteral("r")).startsWith(QStringLiteral("https://")));
        QVERIFY(PaymentCode::text(BusinessDetails(), usd, 4200, QStringLiteral("r")).isEmpty());
        QVERIFY(PaymentCode::image(QString()).isNull());
    }
};

QTEST_GUILESS_MAIN(PaymentCodeTest)
#include "payment_code_test.moc"
