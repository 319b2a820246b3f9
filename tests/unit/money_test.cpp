// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/money.h"

#include <QTest>

using namespace recoup;

class MoneyTest : public QObject
{
    Q_OBJECT

private:
    static Currency cur(const char *code) { return Currency::fromCode(QString::fromLatin1(code)).value(); }

private Q_SLOTS:
    void currencies()
    {
        QCOMPARE(cur("USD").decimals(), 2);
        QCOMPARE(cur("JPY").decimals(), 0);
        QCOMPARE(cur("KWD").decimals(), 3);
        QCOMPARE(cur("eur").code(), QStringLiteral("EUR"));
        QVERIFY(!Currency::fromCode(QStringLiteral("EURO")).ok());
        QVERIFY(!Currency::fromCode(QStringLiteral("")).ok());
        QCOMPARE(Currency::forLocale(QLocale::c()).code(), QStringLiteral("USD"));
        QCOMPARE(Currency::forLocale(QLocale(QLocale::Japanese, QLocale::Japan)).code(), QStringLiteral("JPY"));
    }

    void fileAmounts_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("minor");
        QTest::newRow("usd cents") << "USD"
                                   << "1234.56" << true << Q_INT64_C(123456);
        QTest::newRow("usd one decimal") << "USD"
                                         << "0.5" << true << Q_INT64_C(50);
        QTest::newRow("usd whole") << "USD"
                                   << "12" << true << Q_INT64_C(1200);
        QTest::newRow("usd leading zeros") << "USD"
                                           << "007.10" << true << Q_INT64_C(710);
        QTest::newRow("usd too many decimals") << "USD"
                                               << "1.234" << false << Q_INT64_C(0);
        QTest::newRow("jpy whole") << "JPY"
                                   << "1500" << true << Q_INT64_C(1500);
        QTest::newRow("jpy decimals") << "JPY"
                                      << "1500.5" << false << Q_INT64_C(0);
        QTest::newRow("kwd three") << "KWD"
                                   << "1.234" << true << Q_INT64_C(1234);
        QTest::newRow("kwd four") << "KWD"
                                  << "1.2345" << false << Q_INT64_C(0);
        QTest::newRow("zero") << "USD"
                              << "0.00" << false << Q_INT64_C(0);
        QTest::newRow("negative") << "USD"
                                  << "-1.00" << false << Q_INT64_C(0);
        QTest::newRow("plus sign") << "USD"
                                   << "+1.00" << false << Q_INT64_C(0);
        QTest::newRow("letters") << "USD"
                                 << "abc" << false << Q_INT64_C(0);
        QTest::newRow("thousands") << "USD"
                                   << "1,000.00" << false << Q_INT64_C(0);
        QTest::newRow("symbol") << "USD"
                                << "$5" << false << Q_INT64_C(0);
        QTest::newRow("space") << "USD"
                               << "5 00" << false << Q_INT64_C(0);
        QTest::newRow("empty") << "USD"
                               << "" << false << Q_INT64_C(0);
        QTest::newRow("lone dot") << "USD"
                                  << "." << false << Q_INT64_C(0);
        QTest::newRow("trailing dot") << "USD"
                                      << "5." << false << Q_INT64_C(0);
        QTest::newRow("leading dot") << "USD"
                                     << ".5" << false << Q_INT64_C(0);
        QTest::newRow("largest") << "USD"
                                 << "92233720368547" << true << Q_INT64_C(9223372036854700);
        QTest::newRow("just over") << "USD"
                                   << "92233720368547.01" << false << Q_INT64_C(0);
        QTest::newRow("absurd") << "USD"
                                << "99999999999999999999999" << false << Q_INT64_C(0);
        QTest::newRow("arabic digits") << "USD" << QString::fromUtf8("١٢") << false << Q_INT64_C(0);
    }

    void fileAmounts()
    {
        QFETCH(QString, code);
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(qint64, minor);
        const auto parsed = Money::parseFileAmount(text, cur(code.toLatin1().constData()));
        QCOMPARE(parsed.ok(), ok);
        if (ok)
            QCOMPARE(parsed.value(), minor);
        else
            QVERIFY(!parsed.error().isEmpty());
    }

    void messagesSayWhy()
    {
        QCOMPARE(Money::parseFileAmount(QStringLiteral("1.234"), cur("USD")).error(),
            QStringLiteral("More decimals than USD has (2)."));
        QCOMPARE(Money::parseUserAmount(QStringLiteral(""), cur("USD")).error(), QStringLiteral("Enter an amount."));
        QCOMPARE(Money::parseUserAmount(QStringLiteral("0"), cur("USD")).error(),
            QStringLiteral("The amount must be more than zero."));
        QCOMPARE(Money::parseUserAmount(QStringLiteral("-5"), cur("USD")).error(),
            QStringLiteral("The amount must not be negative."));
        QCOMPARE(Money::parseUserAmount(QStringLiteral("99999999999999999"), cur("USD")).error(),
            QStringLiteral("The amount is too large."));
    }

    void userAmounts_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("minor");
        const QLocale us(QLocale::English, QLocale::UnitedStates);
        const QLocale de(QLocale::German, QLocale::Germany);
        const QLocale fr(QLocale::French, QLocale::France);
        const QLocale in(QLocale::Hindi, QLocale::India);
        QTest::newRow("us plain") << us << "USD"
                                  << "250" << true << Q_INT64_C(25000);
        QTest::newRow("us grouped ok") << us << "USD"
                                       << "1,234.50" << true << Q_INT64_C(123450);
        QTest::newRow("us spaces") << us << "USD"
                                   << "  12.30 " << true << Q_INT64_C(1230);
        QTest::newRow("de comma") << de << "EUR"
                                  << "1.234,50" << true << Q_INT64_C(123450);
        QTest::newRow("de plain comma") << de << "EUR"
                                        << "12,5" << true << Q_INT64_C(1250);
        QTest::newRow("fr space groups") << fr << "EUR" << QString::fromUtf8("1\u202f234,50") << true
                                         << Q_INT64_C(123450);
        QTest::newRow("in lakh groups") << in << "INR"
                                        << "1,23,456.00" << true << Q_INT64_C(12345600);
        QTest::newRow("jpy decimals refused") << us << "JPY"
                                              << "10.5" << false << Q_INT64_C(0);
        QTest::newRow("letters") << us << "USD"
                                 << "12a" << false << Q_INT64_C(0);
        QTest::newRow("two points") << us << "USD"
                                    << "1.2.3" << false << Q_INT64_C(0);
    }

    void userAmounts()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, code);
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(qint64, minor);
        auto currency = Currency::fromCode(code);
        if (!currency) {
            QVERIFY(!ok);
            return;
        }
        const auto parsed = Money::parseUserAmount(text, currency.value(), locale);
        QCOMPARE(parsed.ok(), ok);
        if (ok)
            QCOMPARE(parsed.value(), minor);
    }

    void formatting()
    {
        QCOMPARE(Money::toFileText(123456, cur("USD")), QStringLiteral("1234.56"));
        QCOMPARE(Money::toFileText(-23697, cur("USD")), QStringLiteral("-236.97"));
        QCOMPARE(Money::toFileText(5, cur("USD")), QStringLiteral("0.05"));
        QCOMPARE(Money::toFileText(0, cur("USD")), QStringLiteral("0.00"));
        QCOMPARE(Money::toFileText(1500, cur("JPY")), QStringLiteral("1500"));
        QCOMPARE(Money::toFileText(1234, cur("KWD")), QStringLiteral("1.234"));
        QCOMPARE(
            Money::toFileText(std::numeric_limits<qint64>::min(), cur("USD")), QStringLiteral("-92233720368547758.08"));
        const QLocale us(QLocale::English, QLocale::UnitedStates);
        const QLocale de(QLocale::German, QLocale::Germany);
        QCOMPARE(Money::toDisplayText(123456789, cur("USD"), us), QStringLiteral("1,234,567.89"));
        QCOMPARE(Money::toDisplayText(123456789, cur("EUR"), de), QStringLiteral("1.234.567,89"));
        QCOMPARE(Money::toDisplayText(-5000, cur("USD"), us), QStringLiteral("-50.00"));
        QCOMPARE(Money::toDisplayText(1500, cur("JPY"), us), QStringLiteral("1,500"));
    }

    void roundTripInLocales()
    {
        for (const QLocale &locale :
            { QLocale(QLocale::English, QLocale::UnitedStates), QLocale(QLocale::German, QLocale::Germany),
                QLocale(QLocale::French, QLocale::France), QLocale(QLocale::Spanish, QLocale::Spain) }) {
            for (qint64 v : { Q_INT64_C(1), Q_INT64_C(99), Q_INT64_C(100000), Q_INT64_C(123456789012) }) {
                const QString shown = Money::toDisplayText(v, cur("EUR"), locale);
                const auto back = Money::parseUserAmount(shown, cur("EUR"), locale);
                QVERIFY2(
                    back.ok(), qPrintable(locale.name() + QLatin1Char(' ') + shown + QLatin1Char(' ') + back.error()));
                QCOMPARE(back.value(), v);
            }
        }
    }
};

QTEST_GUILESS_MAIN(MoneyTest)
#include "money_test.moc"
