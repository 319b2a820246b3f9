// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/letter_document.h"

#include "collections/collection_policy.h"
#include "core/money.h"
#include "documents/envelope_page.h"
#include "documents/paper_text.h"

#include <QLocale>
#include <QPainter>
#include <QRegularExpression>
#include <QTextDocument>

namespace recoup {

namespace {

/// Days a final demand and a letter before action give to pay.
constexpr int DemandDays = 14;

} // namespace

LetterDocument::Tone LetterDocument::toneFor(const LadderStep &step)
{
    switch (step.action) {
    case LadderAction::Reminder:
        if (step.dayOffset < 0)
            return Tone::Friendly;
        return step.dayOffset <= 3 ? Tone::Reminder : Tone::Firm;
    case LadderAction::Call:
    case LadderAction::LateFee:
        return Tone::Firm;
    case LadderAction::FinalNotice:
    case LadderAction::StopCredit:
    case LadderAction::Agency:
        return Tone::FinalDemand;
    case LadderAction::LegalLetter:
        return Tone::BeforeLegalAction;
    }
    return Tone::Reminder;
}

QString LetterDocument::kindKey(Tone tone)
{
    switch (tone) {
    case Tone::Friendly:
        return QStringLiteral("friendly_reminder");
    case Tone::Reminder:
        return QStringLiteral("reminder_letter");
    case Tone::Firm:
        return QStringLiteral("second_reminder");
    case Tone::FinalDemand:
        return QStringLiteral("final_demand");
    case Tone::BeforeLegalAction:
        return QStringLiteral("letter_before_action");
    }
    return {};
}

LetterDocument::Content LetterDocument::defaultContent(
    Tone tone, const CustomerStatement &account, const BusinessDetails &business, const Currency &currency)
{
    const QLocale locale;
    const QString due
        = Money::toDisplayText(account.amountDue(), currency, locale) + QLatin1Char(' ') + currency.code();
    const QString pastDue
        = Money::toDisplayText(account.pastDue(), currency, locale) + QLatin1Char(' ') + currency.code();
    qint64 oldest = 0;
    QDate nextDue;
    for (const CustomerStatement::Item &item : account.items) {
        oldest = std::max(oldest, item.daysPastDue);
        if (item.daysPastDue <= 0 && (!nextDue.isValid() || item.dueDate < nextDue))
            nextDue = item.dueDate;
    }
    const QString deadline = PaperText::date(account.asOf.addDays(DemandDays));
    const QString phone = business.value(BusinessDetails::Phone);
    const QString contact = phone.isEmpty() ? tr("contact us") : tr("call us on %1").arg(phone);

    Content c;
    c.salutation = tr("Dear %1,").arg(account.customer.details.name);
    c.closing = tr("Yours sincerely,");
    switch (tone) {
    case Tone::Friendly:
        c.subject = tr("A friendly reminder of your next payment");
        c.paragraphs << tr("This is a friendly reminder that %1 on your account falls due on %2. The items are listed "
                           "below.")
                            .arg(due, PaperText::date(nextDue.isValid() ? nextDue : account.asOf))
                     << tr("If you have already paid, thank you, and please disregard this letter.");
        break;
    case Tone::Reminder:
        c.subject = tr("Payment reminder: %1 past due").arg(pastDue);
        c.paragraphs << tr("Our records show that %1 on your account is past due. We would be grateful if you would "
                           "pay it within the next 7 days.")
                            .arg(pastDue)
                     << tr("If you have paid in the last few days, thank you; please ignore this letter. If there is "
                           "a problem with any item, please %1 so that we can put it right.")
                            .arg(contact);
        break;
    case Tone::Firm:
        c.subject = tr("Second reminder: %1 overdue").arg(pastDue);
        c.paragraphs << tr("Despite our earlier reminder, %1 on your account remains unpaid; the oldest item is now "
                           "%2 days overdue.")
                            .arg(pastDue)
                            .arg(oldest)
                     << tr("Please pay the amount overdue within 7 days of this letter. If you cannot pay it all at "
                           "once, please %1 to agree a payment plan.")
                            .arg(contact);
        break;
    case Tone::FinalDemand:
        c.subject = tr("Final demand for payment: %1").arg(due);
        c.paragraphs
            << tr("We have written to you about the overdue balance on your account, and it remains unpaid. "
                  "The full amount now due is %1.")
                   .arg(due)
            << tr("Unless it is paid by %1, we will stop further credit on your account and may pass the "
                  "debt to a collection agency, which can add its costs to what you owe.")
                   .arg(deadline)
            << tr("If you dispute any item, or want to agree a payment plan, please %1 before that date.").arg(contact);
        break;
    case Tone::BeforeLegalAction:
        c.subject = tr("Letter before legal action: %1").arg(due);
        c.paragraphs << tr("We write about the balance of %1 that remains unpaid on your account despite our earlier "
                           "letters. The items are listed below.")
                            .arg(due)
                     << tr("Unless we receive payment in full, or a proposal to pay that we can accept, by %1, we "
                           "intend to start court proceedings to recover the debt without further notice. Court "
                           "proceedings may add interest and costs to what you owe.")
                            .arg(deadline)
                     << tr("If you dispute the debt, tell us in writing before that date, with your reasons. We would "
                           "much prefer to settle this without going to court.");
        break;
    }
    return c;
}

LetterDocument::LetterDocument(CustomerStatement account, const Letterhead &letterhead, Currency currency,
    PaperSize size, Tone tone, Content content)
    : m_account(std::move(account)),
      m_letterhead(letterhead),
      m_currency(std::move(currency)),
      m_size(size),
      m_tone(tone),
      m_content(std::move(content))
{ }

QString LetterDocument::title() const
{
    return m_content.subject;
}

QString LetterDocument::fileName() const
{
    QString ref = m_account.customer.details.ref;
    ref.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]")), QStringLiteral("_"));
    return QStringLiteral("%1-%2-%3.pdf").arg(kindKey(m_tone), ref, m_account.asOf.toString(Qt::ISODate));
}

QString LetterDocument::money(qint64 minor) const
{
    return Money::toDisplayText(minor, m_currency, QLocale()).toHtmlEscaped();
}

QString LetterDocument::bodyHtml() const
{
    const CustomerStatement &a = m_account;
    QString body = EnvelopePage::spacerHtml();
    const bool urgent = m_tone == Tone::FinalDemand || m_tone == Tone::BeforeLegalAction;
    body += QStringLiteral("<p style='font-size:12pt; %1'><b>%2</b></p>")
                .arg(urgent ? QStringLiteral("color:#8b0000") : QString(), m_content.subject.toHtmlEscaped());
    if (!m_content.salutation.isEmpty())
        body += QStringLiteral("<p>%1</p>").arg(m_content.salutation.toHtmlEscaped());
    // The paragraphs before the table; the last one or two come after it.
    const qsizetype before = m_content.paragraphs.isEmpty() ? 0 : 1;
    for (qsizetype i = 0; i < before; ++i)
        body += QStringLiteral("<p>%1</p>").arg(Letterhead::escaped(m_content.paragraphs.at(i)));
    if (!a.items.isEmpty()) {
        QString rows;
        qint64 total = 0;
        for (const CustomerStatement::Item &item : a.items) {
            rows += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td align=right>%4</td>"
                                   "<td align=right>%5</td></tr>")
                        .arg(item.ref.toHtmlEscaped(), item.description.toHtmlEscaped(),
                            PaperText::shortDate(item.dueDate),
                            item.daysPastDue > 0 ? QString::number(item.daysPastDue) : QString(), money(item.open));
            total += item.open;
        }
        rows += QStringLiteral("<tr style='background:#f2f5f8'><td colspan=4 align=right><b>%1</b></td>"
                               "<td align=right><b>%2 %3</b></td></tr>")
                    .arg(tr("Total due").toHtmlEscaped(), money(total), m_currency.code());
        body += QStringLiteral("<p></p><table width='100%' cellspacing=0 cellpadding=4>"
                               "<tr style='background:#e8eef4'><th align=left>%1</th><th align=left>%2</th>"
                               "<th align=left>%3</th><th align=right>%4</th><th align=right>%5</th></tr>%6</table>")
                    .arg(tr("Item").toHtmlEscaped(), tr("Description").toHtmlEscaped(), tr("Due").toHtmlEscaped(),
                        tr("Days overdue").toHtmlEscaped(), tr("Open").toHtmlEscaped(), rows);
        if (a.credit > 0)
            body += QStringLiteral("<p>%1</p>")
                        .arg(tr("Your unapplied credit of %1 has been taken off the amount due.")
                                 .arg(Money::toDisplayText(a.credit, m_currency, QLocale()))
                                 .toHtmlEscaped());
    }
    for (qsizetype i = before; i < m_content.paragraphs.size(); ++i)
        body += QStringLiteral("<p>%1</p>").arg(Letterhead::escaped(m_content.paragraphs.at(i)));
    const QString pay = m_letterhead.howToPayHtml(a.reference(), a.amountDue(), m_currency);
    if (!pay.isEmpty() && a.amountDue() > 0)
        body += QStringLiteral("<p><b>%1</b><br>%2</p>").arg(tr("How to pay").toHtmlEscaped(), pay);
    body += QStringLiteral("<p>%1</p><p><br><br>%2</p>")
                .arg(m_content.closing.toHtmlEscaped(), m_letterhead.details().name().toHtmlEscaped());
    body += PaperText::chainHeadHtml(a.chainHead);
    return QStringLiteral("<html><body style='font-size:10pt'>%1</body></html>").arg(body);
}

void LetterDocument::print(QPagedPaintDevice &device) const
{
    const CustomerStatement &a = m_account;
    const QString titleHtml = QStringLiteral("<span style='font-size:10pt'>%1<br>%2<br>%3</span>")
                                  .arg(PaperText::date(a.asOf).toHtmlEscaped(),
                                      tr("Customer no. %1").arg(a.customer.details.ref).toHtmlEscaped(),
                                      tr("Our reference %1").arg(a.reference()).toHtmlEscaped());
    const QString recipient
        = QStringLiteral("<span style='font-size:10.5pt'>%1<br>%2</span>")
              .arg(a.customer.details.name.toHtmlEscaped(), Letterhead::escaped(a.customer.details.address));
    const QString aside
        = QStringLiteral("<table width='100%' cellspacing=0 cellpadding=8 style='background:#f2f5f8'><tr><td>"
                         "%1<br><span style='font-size:16pt; font-weight:bold'>%2 %3</span></td></tr></table>")
              .arg(tr("Amount due").toHtmlEscaped(), money(a.amountDue()), m_currency.code());
    const EnvelopePage envelope(m_letterhead, titleHtml, recipient, aside);
    QTextDocument document;
    PaperText::prepare(document);
    envelope.addResources(document);
    document.setHtml(bodyHtml());
    Paper::setUp(document, device, m_size);
    Paper::paint(document, device, m_size, [&](QPainter &painter, int page, int) {
        if (page == 0)
            envelope.paint(painter, device);
    });
}

QByteArray LetterDocument::pdf() const
{
    return Paper::pdf(title(), [this](QPagedPaintDevice &device) { print(device); });
}

Result<void> LetterDocument::writePdf(const QString &path) const
{
    return Paper::writeFile(path, pdf());
}

} // namespace recoup
