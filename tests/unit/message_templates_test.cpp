// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "messaging/default_templates.h"
#include "messaging/message_composer.h"
#include "messaging/sms_length.h"
#include "messaging/template_store.h"
#include "messaging/template_text.h"
#include "support/test_book.h"

#include <QSqlQuery>
#include <QTest>

using namespace recoup;
using recoup::test::TestBook;

class MessageTemplatesTest : public QObject
{
    Q_OBJECT

    static MergeValues sample()
    {
        MergeValues values;
        values.fields.insert(QStringLiteral("customer.name"), QStringLiteral("Ana <b>Ruiz</b> & Co"));
        values.fields.insert(QStringLiteral("total_due"), QStringLiteral("120.00 USD"));
        values.fields.insert(QStringLiteral("payment_link"), QStringLiteral("https://pay.example/?r=A&x=<1>"));
        values.words = DefaultTemplates::forLanguage(QStringLiteral("en")).words();
        values.items.append({ QStringLiteral("INV-<1>"), {}, {}, QStringLiteral("1 March 2026"), QStringLiteral("13"),
            QStringLiteral("100.00 USD"), QStringLiteral("80.00 USD") });
        values.items.append({ QStringLiteral("INV-2"), {}, {}, QStringLiteral("5 March 2026"), QStringLiteral("9"),
            QStringLiteral("40.00 USD"), QStringLiteral("40.00 USD") });
        return values;
    }

    static LadderStep stepNamed(const QString &key)
    {
        const CollectionPolicy policy = CollectionPolicy::defaultPolicy();
        return policy.steps.at(policy.indexOf(key));
    }

private Q_SLOTS:
    void anUnknownFieldIsNamedWithWhereItIs()
    {
        QVERIFY(TemplateText::check(QStringLiteral("Dear {customer.name},\n{total_due} {{not a field}}")));
        const auto wrong = TemplateText::check(QStringLiteral("Dear {customer.name},\nyou owe {totl_due} now"));
        QVERIFY(!wrong);
        QCOMPARE(wrong.error(), QStringLiteral("Unknown field {totl_due} at line 2, column 9."));
        const auto open = TemplateText::check(QStringLiteral("Hello {customer.name"));
        QVERIFY(!open);
        QVERIFY2(open.error().contains(QStringLiteral("line 1, column 7")), qPrintable(open.error()));
        const auto stray = TemplateText::check(QStringLiteral("a } b"));
        QVERIFY(!stray);
        QVERIFY2(stray.error().contains(QStringLiteral("line 1, column 3")), qPrintable(stray.error()));
    }

    void savingRefusesAnUnknownFieldAndKeepsNothing()
    {
        TestBook book;
        MessageTemplate t{ QStringLiteral("reminder"), Channel::Email, QStringLiteral("Hi {customer.nam}"),
            QStringLiteral("Body"), false };
        const auto refused = TemplateStore::save(book.ledger(), t);
        QVERIFY(!refused);
        QCOMPARE(refused.error(), QStringLiteral("Subject: Unknown field {customer.nam} at line 1, column 4."));
        t.subject = QStringLiteral("Hi {customer.name}");
        t.body = QStringLiteral("Line one\n  {items} and {nope}");
        const auto body = TemplateStore::save(book.ledger(), t);
        QVERIFY(!body);
        QCOMPARE(body.error(), QStringLiteral("Message: Unknown field {nope} at line 2, column 15."));
        QVERIFY(TemplateStore(book.db()).edited()->isEmpty());
    }

    void anEditedTemplateIsKeptInTheBookAndCanGoBack()
    {
        TestBook book;
        const LadderStep step = stepNamed(QStringLiteral("reminder"));
        TemplateStore store(book.db());
        const MessageTemplate standard = store.effective(step, Channel::Sms).value();
        QVERIFY(!standard.edited);
        QVERIFY(standard.body.contains(QStringLiteral("{total_due}")));
        MessageTemplate mine = standard;
        mine.body = QStringLiteral("Pay {total_due} please, {customer.name}");
        QVERIFY(TemplateStore::save(book.ledger(), mine));
        book.close();
        book.reopen();
        const MessageTemplate kept = TemplateStore(book.db()).effective(step, Channel::Sms).value();
        QVERIFY(kept.edited);
        QCOMPARE(kept.body, mine.body);
        // Other channels and steps keep their defaults.
        QVERIFY(!TemplateStore(book.db()).effective(step, Channel::Email)->edited);
        QVERIFY(TemplateStore::reset(book.ledger(), step.key, Channel::Sms));
        QCOMPARE(TemplateStore(book.db()).effective(step, Channel::Sms).value(), standard);
    }

    void htmlInANameIsShownAsText()
    {
        const QString html
            = TemplateText::merge(QStringLiteral("Dear {customer.name}, <i>{total_due}</i>\n{items}\n{payment_link}"),
                sample(), MergeMedium::Html);
        QVERIFY2(html.contains(QStringLiteral("Dear Ana &lt;b&gt;Ruiz&lt;/b&gt; &amp; Co")), qPrintable(html));
        QVERIFY(!html.contains(QStringLiteral("<b>")));
        // The template's own words are text too.
        QVERIFY(html.contains(QStringLiteral("&lt;i&gt;120.00 USD&lt;/i&gt;")));
        QVERIFY(html.contains(QStringLiteral("<td style=\"padding:2px 8px;text-align:left\">INV-&lt;1&gt;</td>")));
        QVERIFY(html.contains(QStringLiteral("<a href=\"https://pay.example/?r=A&amp;x=&lt;1&gt;\">")));
        QVERIFY(html.contains(QStringLiteral("<br>")));
        // Plain text and short messages keep the name as written.
        const QString text
            = TemplateText::merge(QStringLiteral("Dear {customer.name}\n{items}"), sample(), MergeMedium::Text);
        QCOMPARE(text,
            QStringLiteral("Dear Ana <b>Ruiz</b> & Co\n- INV-<1>, due 1 March 2026: 80.00 USD\n"
                           "- INV-2, due 5 March 2026: 40.00 USD"));
        QCOMPARE(TemplateText::merge(QStringLiteral("{items}"), sample(), MergeMedium::Short),
            QStringLiteral("INV-<1> 80.00 USD; INV-2 40.00 USD"));
        QCOMPARE(TemplateText::merge(QStringLiteral("{{literal}} {total_due}"), sample(), MergeMedium::Text),
            QStringLiteral("{literal} 120.00 USD"));
    }

    void smsLengthAndSegments()
    {
        QCOMPARE(SmsLength::of(QString()).segments(), 0);
        const QString gsm160(160, QLatin1Char('a'));
        QCOMPARE(SmsLength::of(gsm160).encoding(), SmsLength::Encoding::Gsm7);
        QCOMPARE(SmsLength::of(gsm160).segments(), 1);
        QCOMPARE(SmsLength::of(gsm160 + QLatin1Char('a')).segments(), 2);
        QCOMPARE(SmsLength::of(gsm160 + QLatin1Char('a')).perSegment(), 153);
        QCOMPARE(SmsLength::of(QString(306, QLatin1Char('a'))).segments(), 2);
        QCOMPARE(SmsLength::of(QString(307, QLatin1Char('a'))).segments(), 3);
        // The extension table counts two: 80 euro signs fill one message.
        const QString euros(80, QChar(0x20AC));
        QCOMPARE(SmsLength::of(euros).encoding(), SmsLength::Encoding::Gsm7);
        QCOMPARE(SmsLength::of(euros).units(), 160);
        QCOMPARE(SmsLength::of(euros).segments(), 1);
        // An escape pair is never split between parts: 306 septets would fill two parts of 153, but with a € at
        // septets 153-154 the first part ends at 152 and a third part is needed.
        QCOMPARE(SmsLength::of(QString(152, QLatin1Char('a')) + QChar(0x20AC)).segments(), 1);
        const QString straddling = QString(152, QLatin1Char('a')) + QChar(0x20AC) + QString(152, QLatin1Char('a'));
        QCOMPARE(SmsLength::of(straddling).units(), 306);
        QCOMPARE(SmsLength::of(straddling).segments(), 3);
        QCOMPARE(SmsLength::of(QString(306, QLatin1Char('a'))).segments(), 2);
        // Spanish letters of the GSM alphabet stay GSM-7; others (á, ó) need UCS-2.
        QCOMPARE(SmsLength::of(QStringLiteral("Año ¿ñ? ¡Ü!")).encoding(), SmsLength::Encoding::Gsm7);
        const SmsLength ucs = SmsLength::of(QStringLiteral("Último aviso"));
        QCOMPARE(ucs.encoding(), SmsLength::Encoding::Ucs2);
        QCOMPARE(ucs.units(), 12);
        QCOMPARE(SmsLength::of(QString(70, QChar(0x00E1))).segments(), 1);
        QCOMPARE(SmsLength::of(QString(71, QChar(0x00E1))).segments(), 2);
        QCOMPARE(SmsLength::of(QString(71, QChar(0x00E1))).perSegment(), 67);
        QCOMPARE(SmsLength::of(QString(135, QChar(0x00E1))).segments(), 3);
        // An emoji is two UCS-2 units.
        QCOMPARE(SmsLength::of(QStringLiteral("ok \U0001F44D")).units(), 5);
    }

    void theDefaultsRunFromFriendlyToFormalInBothLanguages()
    {
        const CollectionPolicy policy = CollectionPolicy::defaultPolicy();
        for (const QString &language : DefaultTemplates::languages()) {
            const DefaultTemplates set = DefaultTemplates::forLanguage(language);
            for (const LadderStep &step : policy.steps) {
                for (Channel channel : { Channel::Email, Channel::Sms, Channel::WhatsApp, Channel::Letter }) {
                    const MessageTemplate t = set.forStep(step, channel);
                    QVERIFY2(!t.body.isEmpty(), qPrintable(language + step.key));
                    QVERIFY2(TemplateText::check(t.body), qPrintable(TemplateText::check(t.body).error()));
                    QVERIFY(TemplateText::check(t.subject));
                    QCOMPARE(t.subject.isEmpty(), channel != Channel::Email);
                }
            }
        }
        const DefaultTemplates en = DefaultTemplates::forLanguage(QStringLiteral("en"));
        const DefaultTemplates es = DefaultTemplates::forLanguage(QStringLiteral("es"));
        QVERIFY(en.forStep(stepNamed(QStringLiteral("friendly_reminder")), Channel::Email)
                    .subject.contains(QStringLiteral("friendly")));
        QVERIFY(en.forStep(stepNamed(QStringLiteral("final_notice")), Channel::Email)
                    .subject.startsWith(QStringLiteral("Final notice")));
        QVERIFY(es.forStep(stepNamed(QStringLiteral("final_notice")), Channel::Email)
                    .subject.startsWith(QStringLiteral("Último aviso")));
        QVERIFY(es.forStep(stepNamed(QStringLiteral("letter_before_action")), Channel::Letter)
                    .body.contains(QStringLiteral("acciones judiciales")));
        QCOMPARE(es.date(QDate(2026, 3, 14)), QStringLiteral("14 de marzo de 2026"));
        QCOMPARE(en.date(QDate(2026, 3, 14)), QStringLiteral("14 March 2026"));
    }

    void aMessageIsComposedFromTheBook()
    {
        TestBook book;
        QVERIFY(book.db().setMeta(QStringLiteral("business_name"), QStringLiteral("Ferretería Sol")));
        QVERIFY(book.db().setMeta(QStringLiteral("pay_iban"), QStringLiteral("ES9121000418450200051332")));
        QVERIFY(book.db().setMeta(
            QStringLiteral("pay_link"), QStringLiteral("https://pay.example/{reference}?a={amount}")));
        CustomerInput ana;
        ana.name = QStringLiteral("Ana <b>Ruiz</b>");
        ana.ref = QStringLiteral("C1");
        const qint64 c = book.ledger().addCustomer(ana).value();
        const qint64 s1 = book.sale(c, QStringLiteral("100.00"), QDate(2026, 1, 10), 30, QStringLiteral("INV-1"));
        book.sale(c, QStringLiteral("50.00"), QDate(2026, 3, 1), 30, QStringLiteral("INV-2"));
        book.pay(c, QStringLiteral("25.00"), QDate(2026, 3, 1), s1);
        const CollectionPolicy policy = CollectionPolicy::defaultPolicy();
        const LadderStep step = stepNamed(QStringLiteral("second_reminder"));
        const auto mail
            = MessageComposer::compose(book.ledger(), policy, step, Channel::Email, c, { s1 }, book.clock().today());
        QVERIFY2(mail, qPrintable(mail.error()));
        QCOMPARE(mail->subject, QStringLiteral("Second reminder: 75.00 USD overdue"));
        QVERIFY2(mail->text.contains(QStringLiteral("Dear Ana <b>Ruiz</b>,")), qPrintable(mail->text));
        QVERIFY(mail->text.contains(QStringLiteral("- INV-1, due 9 February 2026: 75.00 USD")));
        QVERIFY(!mail->text.contains(QStringLiteral("INV-2")));
        QVERIFY(mail->text.contains(QStringLiteral("33 days after its due date")));
        QVERIFY(mail->text.contains(QStringLiteral("IBAN: ES91 2100 0418 4502 0005 1332")));
        QVERIFY(mail->text.contains(QStringLiteral("https://pay.example/INV-1?a=75.00")));
        QVERIFY(mail->html.contains(QStringLiteral("Dear Ana &lt;b&gt;Ruiz&lt;/b&gt;,")));
        QVERIFY(mail->html.contains(QStringLiteral("<table")));
        // All open items when none is named; an SMS on one line.
        const auto sms
            = MessageComposer::compose(book.ledger(), policy, step, Channel::Sms, c, {}, book.clock().today());
        QVERIFY(sms);
        QVERIFY2(sms->text.startsWith(QStringLiteral("Ferretería Sol: 125.00 USD is 33 days overdue.")),
            qPrintable(sms->text));
        QVERIFY(!sms->text.contains(QLatin1Char('\n')));
        // A Spanish book writes in Spanish.
        QVERIFY(book.db().setMeta(QStringLiteral("language"), QStringLiteral("es")));
        const auto es
            = MessageComposer::compose(book.ledger(), policy, step, Channel::Email, c, { s1 }, book.clock().today());
        QVERIFY(es);
        QVERIFY2(es->subject.startsWith(QStringLiteral("Segundo recordatorio: 75,00 USD")), qPrintable(es->subject));
        QVERIFY(es->text.contains(QStringLiteral("vence el 9 de febrero de 2026")));
    }
};

QTEST_GUILESS_MAIN(MessageTemplatesTest)
#include "message_templates_test.moc"
