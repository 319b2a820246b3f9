// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/business_details.h"
#include "support/test_book.h"

#include <QSqlQuery>
#include <QTest>

using namespace recoup;
using recoup::test::TestBook;

namespace {

const QByteArray PngHeader("\x89PNG\r\n\x1a\n", 8);

QString refusal(const QString &key, const QString &value)
{
    auto kept = BusinessDetails::normalized(key, value);
    return kept ? QString() : kept.error();
}

qint64 auditCount(Database &db, const QString &action)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ?"));
    q.addBindValue(action);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace

class BusinessDetailsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void savedDetailsAreReadBackNormalized()
    {
        TestBook book;
        BusinessDetails details = BusinessDetails::load(book.db());
        details.setValue(BusinessDetails::Name, QStringLiteral("  Ferretería Sol  "));
        details.setValue(BusinessDetails::Address, QStringLiteral("Calle Mayor 4\n\n  28013 Madrid \n"));
        details.setValue(BusinessDetails::Iban, QStringLiteral("es91 2100 0418 4502 0005 1332"));
        details.setValue(BusinessDetails::Bic, QStringLiteral("caixesbbxxx"));
        details.setValue(BusinessDetails::Country, QStringLiteral("es"));
        details.setValue(BusinessDetails::CallingCode, QStringLiteral("+34"));
        details.setValue(
            BusinessDetails::PaymentLink, QStringLiteral("https://pay.example.com/{reference}?a={amount}"));
        details.setLogo(PngHeader + QByteArray(100, 'x'));
        QVERIFY(details.save(book.ledger()));

        const BusinessDetails read = BusinessDetails::load(book.db());
        QCOMPARE(read.name(), QStringLiteral("Ferretería Sol"));
        QCOMPARE(read.addressLines(), QStringList({ QStringLiteral("Calle Mayor 4"), QStringLiteral("28013 Madrid") }));
        QCOMPARE(read.value(BusinessDetails::Iban), QStringLiteral("ES9121000418450200051332"));
        QCOMPARE(read.ibanForReading(), QStringLiteral("ES91 2100 0418 4502 0005 1332"));
        QCOMPARE(read.value(BusinessDetails::Bic), QStringLiteral("CAIXESBBXXX"));
        QCOMPARE(read.value(BusinessDetails::Country), QStringLiteral("ES"));
        QCOMPARE(read.value(BusinessDetails::CallingCode), QStringLiteral("34"));
        QCOMPARE(read.logo(), PngHeader + QByteArray(100, 'x'));
        QVERIFY(read.hasBankDetails());
        QCOMPARE(read.paymentLink(QStringLiteral("S 1/2"), QStringLiteral("12.50")),
            QStringLiteral("https://pay.example.com/S%201%2F2?a=12.50"));
        // The existing key is the one the window's title and older papers read.
        QCOMPARE(book.db().meta(QStringLiteral("business_name")), QStringLiteral("Ferretería Sol"));
        QCOMPARE(auditCount(book.db(), QStringLiteral("set_business_details")), 1);
        // Saving the same again writes nothing and records nothing.
        QVERIFY(read.save(book.ledger()));
        QCOMPARE(auditCount(book.db(), QStringLiteral("set_business_details")), 1);
    }

    void oneWrongValueKeepsNothing()
    {
        TestBook book;
        BusinessDetails details = BusinessDetails::load(book.db());
        details.setValue(BusinessDetails::Name, QStringLiteral("Sol"));
        details.setValue(BusinessDetails::Phone, QStringLiteral("+34 912 345 678"));
        details.setValue(BusinessDetails::Email, QStringLiteral("not an address"));
        auto saved = details.save(book.ledger());
        QVERIFY(!saved);
        QVERIFY(saved.error().contains(QStringLiteral("not an address")));
        QCOMPARE(book.db().meta(BusinessDetails::Name), QString());
        QCOMPARE(book.db().meta(BusinessDetails::Phone), QString());
        QCOMPARE(auditCount(book.db(), QStringLiteral("set_business_details")), 0);
    }

    void anEmptyValueClearsADetail()
    {
        QCOMPARE(BusinessDetails::normalized(BusinessDetails::Phone, QStringLiteral("  ")).value(), QString());
        QCOMPARE(BusinessDetails::normalized(BusinessDetails::Logo, QString()).value(), QString());
        QCOMPARE(BusinessDetails::normalized(BusinessDetails::Iban, QString()).value(), QString());
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("says");
        const QString tooLong81 = QString(81, QLatin1Char('a'));
        QTest::newRow("unknown key") << QStringLiteral("business_colour") << QStringLiteral("red")
                                     << QStringLiteral("Known details: business_name");
        QTest::newRow("empty name") << BusinessDetails::Name << QStringLiteral("  ")
                                    << QStringLiteral("cannot be empty");
        QTest::newRow("long name") << BusinessDetails::Name << QString(121, QLatin1Char('a'))
                                   << QStringLiteral("at most 120");
        QTest::newRow("name on two lines")
            << BusinessDetails::Name << QStringLiteral("Sol\nLuna") << QStringLiteral("one line");
        QTest::newRow("six address lines")
            << BusinessDetails::Address << QStringLiteral("1\n2\n3\n4\n5\n6") << QStringLiteral("at most 5 lines");
        QTest::newRow("long address line") << BusinessDetails::Address << tooLong81 << QStringLiteral("at most 80");
        QTest::newRow("phone with letters")
            << BusinessDetails::Phone << QStringLiteral("call me") << QStringLiteral("not a phone number");
        QTest::newRow("phone too short") << BusinessDetails::Phone << QStringLiteral("123")
                                         << QStringLiteral("not a phone number");
        QTest::newRow("e-mail") << BusinessDetails::Email << QStringLiteral("shop@example")
                                << QStringLiteral("not an e-mail address");
        QTest::newRow("tax number") << BusinessDetails::TaxNumber << QString(41, QLatin1Char('1'))
                                    << QStringLiteral("at most 40");
        QTest::newRow("logo not base64") << BusinessDetails::Logo << QStringLiteral("***")
                                         << QStringLiteral("cannot be read");
        QTest::newRow("logo not an image")
            << BusinessDetails::Logo << QString::fromLatin1(QByteArray("GIF89a....").toBase64())
            << QStringLiteral("PNG or JPEG");
        QTest::newRow("logo too large") << BusinessDetails::Logo
                                        << QString::fromLatin1(
                                               (PngHeader + QByteArray(BusinessDetails::MaxLogoBytes, 'x')).toBase64())
                                        << QStringLiteral("at most 512 KB");
        QTest::newRow("bank") << BusinessDetails::BankName << tooLong81 << QStringLiteral("at most 80");
        QTest::newRow("iban shape") << BusinessDetails::Iban << QStringLiteral("1234") << QStringLiteral("not an IBAN");
        QTest::newRow("iban check digits") << BusinessDetails::Iban << QStringLiteral("ES92 2100 0418 4502 0005 1332")
                                           << QStringLiteral("wrong check digit");
        QTest::newRow("account") << BusinessDetails::Account << QString(41, QLatin1Char('1'))
                                 << QStringLiteral("at most 40");
        QTest::newRow("bic") << BusinessDetails::Bic << QStringLiteral("CAIX") << QStringLiteral("not a BIC");
        QTest::newRow("link not web") << BusinessDetails::PaymentLink << QStringLiteral("ftp://pay.example.com")
                                      << QStringLiteral("https://");
        QTest::newRow("link unknown field")
            << BusinessDetails::PaymentLink << QStringLiteral("https://pay.example.com/{customer}")
            << QStringLiteral("not {customer}");
        QTest::newRow("country") << BusinessDetails::Country << QStringLiteral("Spain")
                                 << QStringLiteral("not a country code");
        QTest::newRow("no such country") << BusinessDetails::Country << QStringLiteral("QQ")
                                         << QStringLiteral("not a country code");
        QTest::newRow("calling code") << BusinessDetails::CallingCode << QStringLiteral("0034")
                                      << QStringLiteral("not a country calling code");
    }

    void refusals()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, says);
        const QString why = refusal(key, value);
        QVERIFY2(why.contains(says), qPrintable(why));
        // The same refusal through save(), and the book keeps what it had.
        TestBook book;
        BusinessDetails details = BusinessDetails::load(book.db());
        details.setValue(key, value);
        auto saved = details.save(book.ledger());
        if (BusinessDetails::keys().contains(key)) {
            QVERIFY(!saved);
            QCOMPARE(saved.error(), why);
            QCOMPARE(book.db().meta(key), QString());
        }
    }
};

QTEST_GUILESS_MAIN(BusinessDetailsTest)
#include "business_details_test.moc"
