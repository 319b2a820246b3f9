// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
// SMS and WhatsApp without a gateway: the customer's number read with its
// country's rules (libphonenumber, the book's country by default) and the
// message put whole into a wa.me or sms: link that nothing in it can change.
#include "messaging/chat_link.h"
#include "messaging/chat_number.h"
#include "support/test_book.h"

#include <QTest>
#include <QUrlQuery>

using namespace recoup;
using recoup::test::TestBook;

class ChatLinkTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void numbersAreReadInTheBooksCountry()
    {
        QCOMPARE(ChatNumber::e164(QStringLiteral("612 345 678"), QStringLiteral("ES")).value(),
            QStringLiteral("+34612345678"));
        QCOMPARE(ChatNumber::e164(QStringLiteral("020 7946 0958"), QStringLiteral("GB")).value(),
            QStringLiteral("+442079460958"));
        // A number with its country code is that country's, whatever the book's.
        QCOMPARE(ChatNumber::e164(QStringLiteral("+44 (0)20 7946-0958"), QStringLiteral("ES")).value(),
            QStringLiteral("+442079460958"));
        QCOMPARE(ChatNumber::e164(QStringLiteral("0034 612-345-678"), QStringLiteral("GB")).value(),
            QStringLiteral("+34612345678"));
        // Too short for Spain, and no number at all.
        const auto shortOne = ChatNumber::e164(QStringLiteral("612 345"), QStringLiteral("ES"));
        QVERIFY(!shortOne);
        QVERIFY2(shortOne.error().contains(QStringLiteral("“612 345”")), qPrintable(shortOne.error()));
        QVERIFY(!ChatNumber::e164(QStringLiteral("call the shop"), QStringLiteral("ES")));
        QVERIFY(!ChatNumber::e164(QString(), QStringLiteral("ES")));
        // Without a country a national number cannot be placed.
        const auto noCountry = ChatNumber::e164(QStringLiteral("612 345 678"), QString());
        QVERIFY(!noCountry);
        QVERIFY2(noCountry.error().contains(QStringLiteral("country")), qPrintable(noCountry.error()));
    }

    void theDefaultRegionComesFromTheBook()
    {
        TestBook book;
        QCOMPARE(ChatNumber::defaultRegion(book.db()), QStringLiteral("ZZ"));
        QVERIFY(book.db().setMeta(QStringLiteral("country_calling_code"), QStringLiteral("34")));
        QCOMPARE(ChatNumber::defaultRegion(book.db()), QStringLiteral("ES"));
        // The business details' own key comes first.
        QVERIFY(book.db().setMeta(QStringLiteral("calling_code"), QStringLiteral("+44")));
        QCOMPARE(ChatNumber::defaultRegion(book.db()), QStringLiteral("GB"));
        QVERIFY(book.db().setMeta(QStringLiteral("country"), QStringLiteral("mx")));
        QCOMPARE(ChatNumber::defaultRegion(book.db()), QStringLiteral("MX"));
    }

    void theMessageTravelsWholeInTheLink()
    {
        const QString text
            = QStringLiteral("Hola, Ana & Co: 120,00 € vencidos #7?\nPague: https://pay.example/?r=A&x=1");
        const QUrl wa = ChatLink::whatsApp(QStringLiteral("+34612345678"), text).value();
        QCOMPARE(wa.scheme(), QStringLiteral("https"));
        QCOMPARE(wa.host(), QStringLiteral("wa.me"));
        QCOMPARE(wa.path(), QStringLiteral("/34612345678"));
        QCOMPARE(QUrlQuery(wa).allQueryItemValues(QStringLiteral("text"), QUrl::FullyDecoded), QStringList{ text });
        QCOMPARE(QUrlQuery(wa).queryItems().size(), 1); // the & in the text made no second item
        QVERIFY(!wa.toEncoded().contains('#'));

        const QUrl sms = ChatLink::sms(QStringLiteral("+34612345678"), text).value();
        QCOMPARE(sms.scheme(), QStringLiteral("sms"));
        QCOMPARE(sms.path(), QStringLiteral("+34612345678"));
        QCOMPARE(QUrlQuery(sms).allQueryItemValues(QStringLiteral("body"), QUrl::FullyDecoded), QStringList{ text });

        QVERIFY(!ChatLink::whatsApp(QStringLiteral("612345678"), text));
        QVERIFY(!ChatLink::sms(QString(), text));
    }
};

QTEST_GUILESS_MAIN(ChatLinkTest)
#include "chat_link_test.moc"
