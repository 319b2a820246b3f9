// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/pack_document.h"

#include "collections/collection_policy.h"
#include "collections/collection_records.h"
#include "collections/escalation_records.h"
#include "collections/plan_records.h"
#include "core/money.h"
#include "documents/paper_text.h"

#include <QAbstractTextDocumentLayout>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

#include <algorithm>
#include <limits>

namespace recoup {

namespace {

const QString Heading = QStringLiteral("<thead><tr style='background:#e8eef4'>");
const QString TableStart = QStringLiteral("<table width='100%' cellspacing=0 cellpadding=3 border=0>");
const QString Mono = QStringLiteral("font-family:\"DejaVu Sans Mono\",monospace;");

QString th(const QString &text, bool right = false)
{
    return QStringLiteral("<th align=%1>%2</th>")
        .arg(right ? QStringLiteral("right") : QStringLiteral("left"), text.toHtmlEscaped());
}

QString td(const QString &html, bool right = false)
{
    return right ? QStringLiteral("<td align=right valign=top>%1</td>").arg(html)
                 : QStringLiteral("<td valign=top>%1</td>").arg(html);
}

QString text(const QString &plain)
{
    return Letterhead::escaped(plain);
}

QString day(const QDate &date)
{
    return date.isValid() ? PaperText::shortDate(date) : QString();
}

/// Rows shaded in turn, so a long table is read along its lines.
QString row(int index, const QString &cells)
{
    return index % 2 ? QStringLiteral("<tr style='background:#f6f8fa'>%1</tr>").arg(cells)
                     : QStringLiteral("<tr>%1</tr>").arg(cells);
}

QString utcText(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")) : QString();
}

/// The content of a table row in the document's coordinates: from the top of
/// its highest cell's first block to the bottom of its lowest cell's last one.
std::pair<double, double> rowSpan(QTextTable *table, int row, QAbstractTextDocumentLayout *layout)
{
    double top = std::numeric_limits<double>::max();
    double bottom = 0;
    for (int c = 0; c < table->columns(); ++c) {
        const QTextTableCell cell = table->cellAt(row, c);
        if (cell.row() != row || cell.column() != c)
            continue;
        const QTextBlock first = cell.firstCursorPosition().block();
        const QTextBlock last = cell.lastCursorPosition().block();
        top = std::min(top, layout->blockBoundingRect(first).top());
        bottom = std::max(bottom, layout->blockBoundingRect(last).bottom());
    }
    return { top, bottom };
}

/// Puts an empty row of that height before row `r`, with no shading.
void insertSpacer(QTextTable *table, int r, double height)
{
    table->insertRows(r, 1);
    for (int c = 0; c < table->columns(); ++c) {
        QTextTableCell cell = table->cellAt(r, c);
        QTextTableCellFormat plain = cell.format().toTableCellFormat();
        plain.setBackground(Qt::NoBrush);
        cell.setFormat(plain);
        QTextCursor cursor = cell.firstCursorPosition();
        QTextBlockFormat spacer;
        spacer.setLineHeight(height, QTextBlockFormat::FixedHeight);
        cursor.setBlockFormat(spacer);
    }
}

/// Moves every table row that a page's end would cut in two to the next page
/// whole (under the table's heading repeated there): Qt breaks a row's cells
/// line by line, so a row of two-line cells could start on one page and end on
/// the next. An empty row put before it fills the rest of the page; one that
/// does not fit is taken out and tried lower, and what a spacer leaves is
/// filled by the next, until the row's first line no longer fits there.
void keepRowsWhole(QTextDocument &document)
{
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    const double pageHeight = document.pageSize().height();
    for (QTextFrame *frame : document.rootFrame()->childFrames()) {
        auto *table = qobject_cast<QTextTable *>(frame);
        const int header = table ? table->format().headerRowCount() : 0;
        if (!table || header == 0 || table->rows() <= header)
            continue;
        int spacers = 0;
        for (int r = header; r < table->rows() && spacers < 1000; ++r) {
            const auto [top, bottom] = rowSpan(table, r, layout);
            const int page = int(top / pageHeight);
            const double room = (page + 1) * pageHeight - top;
            if (bottom <= (page + 1) * pageHeight || bottom - top > pageHeight / 2)
                continue;
            for (double fill = room * 0.8; fill >= 1; fill /= 2) {
                insertSpacer(table, r, fill);
                if (int(rowSpan(table, r, layout).first / pageHeight) == page) {
                    ++spacers; // the row is now r + 1: looked at again next
                    break;
                }
                table->removeRows(r, 1);
            }
        }
    }
}

} // namespace

PackDocument::PackDocument(CasePack pack, const Letterhead &letterhead, Currency currency, PaperSize size)
    : m_pack(std::move(pack)), m_letterhead(letterhead), m_currency(std::move(currency)), m_size(size)
{ }

QString PackDocument::title() const
{
    return tr("Account pack %1 as of %2").arg(m_pack.subject(), m_pack.asOf.toString(Qt::ISODate));
}

QString PackDocument::baseName() const
{
    QString subject = m_pack.customer.details.ref;
    if (!m_pack.debtRef.isEmpty())
        subject += QLatin1Char('-') + m_pack.debtRef;
    subject.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]")), QStringLiteral("_"));
    return QStringLiteral("pack-%1-%2").arg(subject, m_pack.asOf.toString(Qt::ISODate));
}

QString PackDocument::money(qint64 minor) const
{
    return Money::toDisplayText(minor, m_currency, QLocale()).toHtmlEscaped();
}

QString PackDocument::promiseStateLabel(PromiseState state)
{
    switch (state) {
    case PromiseState::Pending:
        return tr("Not yet due");
    case PromiseState::Kept:
        return tr("Kept");
    case PromiseState::Broken:
        return tr("Broken");
    }
    return {};
}

QString PackDocument::escalationLabel(const CollectionEvent &event)
{
    using Kind = CollectionEvent::Kind;
    switch (event.kind) {
    case Kind::CreditStopped:
        return tr("Credit stopped");
    case Kind::CreditResumed:
        return tr("Credit resumed");
    case Kind::CreditOverride:
        return event.stopped ? tr("Sale allowed over a credit stop") : tr("Sale allowed over the credit limit");
    case Kind::AgencyReferred:
        return tr("Referred to a collection agency");
    case Kind::AgencyCollected:
        return tr("Collected by the agency");
    case Kind::AgencyRecalled:
        return tr("Recalled from the agency");
    case Kind::Legal:
        return EscalationRecords::legalLabel(event.legalStep);
    default:
        return {};
    }
}

QString PackDocument::summary() const
{
    const CasePack &p = m_pack;
    const QString code = m_currency.code();
    const auto amount
        = [&](qint64 minor) { return tr("%1 %2").arg(Money::toDisplayText(minor, m_currency, QLocale()), code); };
    QStringList sentences;
    const QString who = p.debtRef.isEmpty()
        ? tr("%1 (customer no. %2)").arg(p.customer.details.name, p.customer.details.ref)
        : tr("%1 (customer no. %2), on sale %3,").arg(p.customer.details.name, p.customer.details.ref, p.debtRef);
    if (p.owed <= 0)
        sentences << tr("%1 owes nothing on %2.").arg(who, PaperText::date(p.asOf));
    else if (p.overdue > 0)
        sentences << tr("%1 owes %2 on %3, of which %4 is past due; the oldest unpaid item is %5 days past its due "
                        "date.")
                         .arg(who, amount(p.owed), PaperText::date(p.asOf), amount(p.overdue))
                         .arg(p.oldestDaysPastDue);
    else
        sentences << tr("%1 owes %2 on %3, none of it past due yet.").arg(who, amount(p.owed), PaperText::date(p.asOf));

    if (p.contacts.isEmpty()) {
        sentences << tr("No call, visit, letter or message is logged.");
    } else if (p.contacts.size() == 1) {
        const Contact &only = p.contacts.constFirst();
        sentences << tr("One contact is logged, on %1, by %2; it ended “%3”.")
                         .arg(PaperText::date(only.date), CollectionPolicy::channelLabel(only.channel).toLower(),
                             CollectionRecords::outcomeLabel(only.outcome).toLower());
    } else {
        const Contact &last = p.contacts.constLast();
        sentences << tr("Contacts logged from %1 to %2: %3; the last, by %4, ended “%5”.")
                         .arg(PaperText::date(p.contacts.constFirst().date), PaperText::date(last.date))
                         .arg(p.contacts.size())
                         .arg(CollectionPolicy::channelLabel(last.channel).toLower(),
                             CollectionRecords::outcomeLabel(last.outcome).toLower());
    }
    if (!p.promises.isEmpty()) {
        int kept = 0, broken = 0;
        for (const Promise &promise : p.promises) {
            kept += promise.state == PromiseState::Kept;
            broken += promise.state == PromiseState::Broken;
        }
        sentences << tr("Promises to pay: %1 (kept %2, broken %3, not yet due %4).")
                         .arg(p.promises.size())
                         .arg(kept)
                         .arg(broken)
                         .arg(p.promises.size() - kept - broken);
    }
    if (!p.disputes.isEmpty()) {
        int open = 0;
        for (const Dispute &dispute : p.disputes)
            open += !dispute.resolved;
        sentences << tr("Disputes raised: %1, of which %2 still open.").arg(p.disputes.size()).arg(open);
    } else {
        sentences << tr("No dispute has been raised.");
    }
    if (!p.plans.isEmpty()) {
        int broken = 0;
        for (const PaymentPlan &plan : p.plans)
            broken += plan.state == PlanState::Broken;
        sentences << tr("Payment plans agreed: %1, of which %2 broken.").arg(p.plans.size()).arg(broken);
    }
    if (!p.escalation.isEmpty()) {
        const CasePack::Escalation &last = p.escalation.constLast();
        sentences << tr("Latest step: %1 on %2.").arg(escalationLabel(last.event), PaperText::date(last.event.date));
    }
    if (!p.documents.isEmpty())
        sentences << tr("Papers and messages sent and recorded: %1, the last on %2.")
                         .arg(p.documents.size())
                         .arg(PaperText::date(p.documents.constLast().recordedAt.toLocalTime().date()));
    return sentences.join(QLatin1Char(' '));
}

QString PackDocument::sectionTitle(int number, const QString &title) const
{
    // The small paragraph keeps a heading apart from the table before it, whose
    // bottom margin QTextDocument does not collapse with the heading's top.
    return QStringLiteral("<p style='font-size:5pt'>&nbsp;</p>"
                          "<h2 style='font-size:13pt; color:#1f4e79; margin-top:6px; margin-bottom:6px'>%1</h2>")
        .arg(tr("%1. %2").arg(number).arg(title).toHtmlEscaped());
}

QString PackDocument::noneHtml() const
{
    return QStringLiteral("<p style='color:#444444'>%1</p>")
        .arg(tr("None recorded up to %1.").arg(PaperText::date(m_pack.asOf)).toHtmlEscaped());
}

QString PackDocument::coverHtml() const
{
    const CasePack &p = m_pack;
    QString titleLines = tr("Date: %1").arg(PaperText::date(p.asOf)).toHtmlEscaped() + QStringLiteral("<br>")
        + tr("Customer no. %1").arg(p.customer.details.ref).toHtmlEscaped();
    if (!p.debtRef.isEmpty())
        titleLines += QStringLiteral("<br>") + tr("Sale %1").arg(p.debtRef).toHtmlEscaped();
    const QString titleHtml = QStringLiteral("<span style='font-size:20pt; color:#1f4e79'>%1</span><br>"
                                             "<span style='font-size:10pt'><b>%2</b><br>%3</span>")
                                  .arg(tr("ACCOUNT PACK").toHtmlEscaped(),
                                      tr("For a collection agency or court").toHtmlEscaped(), titleLines);
    QString html = m_letterhead.html(titleHtml);
    html += QStringLiteral("<hr>");

    // Who, and what is owed.
    const CustomerInput &c = p.customer.details;
    QStringList contact;
    if (!c.phone.isEmpty())
        contact << tr("Tel. %1").arg(c.phone);
    if (!c.email.isEmpty())
        contact << c.email;
    QString debtor = QStringLiteral("<span style='font-size:8.5pt; color:#555555'>%1</span><br>"
                                    "<span style='font-size:13pt'><b>%2</b></span><br>%3")
                         .arg(tr("THE CUSTOMER").toHtmlEscaped(), c.name.toHtmlEscaped(), text(c.address));
    if (!contact.isEmpty())
        debtor += QStringLiteral("<br>") + text(contact.join(QStringLiteral(" · ")));
    debtor += QStringLiteral("<br>") + tr("Customer no. %1").arg(c.ref).toHtmlEscaped();
    QString owed = QStringLiteral("<span style='font-size:8.5pt; color:#555555'>%1</span><br>"
                                  "<span style='font-size:18pt'><b>%2 %3</b></span>")
                       .arg(tr("OWED ON %1").arg(PaperText::date(p.asOf)).toUpper().toHtmlEscaped(), money(p.owed),
                           m_currency.code().toHtmlEscaped());
    owed += QStringLiteral("<br><span style='color:%1'>%2</span>")
                .arg(p.overdue > 0 ? QStringLiteral("#a00000") : QStringLiteral("#333333"),
                    tr("of which past due: %1 %2")
                        .arg(Money::toDisplayText(p.overdue, m_currency, QLocale()), m_currency.code())
                        .toHtmlEscaped());
    if (p.overdue > 0)
        owed += QStringLiteral("<br>") + tr("oldest item %1 days past due").arg(p.oldestDaysPastDue).toHtmlEscaped();
    html += QStringLiteral("<table width='100%' cellspacing=0 cellpadding=8><tr>"
                           "<td width='55%' valign=top>%1</td>"
                           "<td width='45%' valign=top style='background:#f2f5f8'>%2</td></tr></table>")
                .arg(debtor, owed);

    html += QStringLiteral("<h3 style='font-size:11pt; margin-top:14px'>%1</h3><p style='line-height:130%'>%2</p>")
                .arg(tr("The account in a few words").toHtmlEscaped(), summary().toHtmlEscaped());

    // Contents, with how much each section holds.
    const QList<std::pair<QString, qsizetype>> sections{
        { tr("Statement of open items"), p.statement.items.size() },
        { tr("Contact log"), p.contacts.size() },
        { tr("Promises to pay"), p.promises.size() },
        { tr("Disputes"), p.disputes.size() },
        { tr("Payment plans"), p.plans.size() },
        { tr("Escalation: credit stops, agency, legal"), p.escalation.size() },
        { tr("Papers and messages sent"), p.documents.size() },
        { tr("Extract of the audit chain"), p.audit.size() },
    };
    QString rows;
    for (int i = 0; i < sections.size(); ++i)
        rows += QStringLiteral("<tr><td width='6%'>%1.</td><td>%2</td><td align=right>%3</td></tr>")
                    .arg(i + 1)
                    .arg(sections.at(i).first.toHtmlEscaped())
                    .arg(sections.at(i).second);
    html += QStringLiteral("<h3 style='font-size:11pt; margin-top:10px'>%1</h3>"
                           "<table width='70%' cellspacing=0 cellpadding=2><tr style='color:#555555'><td></td><td></td>"
                           "<td align=right>%2</td></tr>%3</table>")
                .arg(tr("Contents").toHtmlEscaped(), tr("Entries").toHtmlEscaped(), rows);

    // The head: what ties this paper to the book.
    QString proof = tr("This pack was made from the book on %1 by %2. The book's audit chain then ended at record "
                       "%3. Anyone holding the book can check that every record listed here is still in it, "
                       "unchanged, with:")
                        .arg(utcText(p.madeAt), p.madeBy.isEmpty() ? tr("the program") : p.madeBy)
                        .arg(p.headId)
                        .toHtmlEscaped();
    html += QStringLiteral("<p></p><table width='100%' cellspacing=0 cellpadding=8 style='background:#eef3f8'>"
                           "<tr><td><b>%1</b><br>%2<br>"
                           "<span style='%3 font-size:10pt'>recoup-cli verify BOOK --head %4</span><br>"
                           "<span style='font-size:8.5pt; color:#444444'>%5</span><br>"
                           "<span style='%3 font-size:7.5pt'>%6</span></td></tr></table>")
                .arg(tr("Audit chain head: %1").arg(p.head.isEmpty() ? tr("none") : p.head).toHtmlEscaped(), proof,
                    Mono, p.head.toHtmlEscaped(), tr("The head's record's whole SHA-256:").toHtmlEscaped(),
                    p.headHash.toHtmlEscaped());
    return html;
}

QString PackDocument::statementHtml() const
{
    const CustomerStatement &s = m_pack.statement;
    QString html = sectionTitle(1, tr("Statement of open items on %1").arg(PaperText::date(m_pack.asOf)));
    if (s.items.isEmpty())
        return html
            + QStringLiteral("<p>%1</p>")
                  .arg(tr("No items are open on %1.").arg(PaperText::date(m_pack.asOf)).toHtmlEscaped());
    QString rows;
    qint64 original = 0;
    qint64 open = 0;
    int i = 0;
    for (const CustomerStatement::Item &item : s.items) {
        const QString days = item.daysPastDue > 0 ? QString::number(item.daysPastDue) : QString();
        rows += row(i++,
            td(item.ref.toHtmlEscaped()) + td(text(item.description)) + td(day(item.issueDate)) + td(day(item.dueDate))
                + td(days, true) + td(money(item.amount), true) + td(money(item.open), true));
        original += item.amount;
        open += item.open;
    }
    rows += QStringLiteral("<tr style='background:#e8eef4'><td colspan=5><b>%1</b></td><td align=right><b>%2</b></td>"
                           "<td align=right><b>%3</b></td></tr>")
                .arg(tr("Total").toHtmlEscaped(), money(original), money(open));
    html += TableStart + Heading + th(tr("Item")) + th(tr("Description")) + th(tr("Issued")) + th(tr("Due"))
        + th(tr("Days overdue"), true) + th(tr("Original"), true) + th(tr("Open"), true)
        + QStringLiteral("</tr></thead>") + rows + QStringLiteral("</table>");
    if (m_pack.debtRef.isEmpty()) {
        QStringList parts;
        for (qsizetype b = 0; b < s.bucketTitles.size(); ++b)
            parts << tr("%1: %2").arg(b == 0 ? s.bucketTitles.at(b) : tr("%1 days").arg(s.bucketTitles.at(b)),
                Money::toDisplayText(s.buckets.value(b), m_currency, QLocale()));
        if (s.credit)
            parts << tr("credit not yet applied: %1").arg(Money::toDisplayText(s.credit, m_currency, QLocale()));
        html += QStringLiteral("<p style='font-size:8.5pt; color:#333333'>%1 %2</p>")
                    .arg(tr("How old the balance is:").toHtmlEscaped(),
                        parts.join(QStringLiteral(" · ")).toHtmlEscaped());
    }
    return html;
}

QString PackDocument::contactsHtml() const
{
    QString html = sectionTitle(2, tr("Contact log"));
    if (m_pack.contacts.isEmpty())
        return html + noneHtml();
    QString rows;
    int i = 0;
    for (const Contact &c : m_pack.contacts) {
        QString when = day(c.date);
        if (!c.time.isEmpty())
            when += QStringLiteral("<br>") + c.time.toHtmlEscaped();
        QString note = text(c.note);
        if (c.followUp.isValid())
            note += QStringLiteral("<br><i>%1</i>").arg(tr("Follow up on %1").arg(day(c.followUp)).toHtmlEscaped());
        rows += row(i++,
            td(when) + td(CollectionPolicy::channelLabel(c.channel).toHtmlEscaped())
                + td(text(c.madeBy.isEmpty() ? c.recordedBy : c.madeBy))
                + td(CollectionRecords::outcomeLabel(c.outcome).toHtmlEscaped())
                + td(m_pack.debtRefs.value(c.debtId).toHtmlEscaped()) + td(note));
    }
    return html + TableStart + Heading + th(tr("When")) + th(tr("How")) + th(tr("Who")) + th(tr("Outcome"))
        + th(tr("Sale")) + th(tr("Note")) + QStringLiteral("</tr></thead>") + rows + QStringLiteral("</table>");
}

QString PackDocument::promisesHtml() const
{
    QString html = sectionTitle(3, tr("Promises to pay"));
    if (m_pack.promises.isEmpty())
        return html + noneHtml();
    QString rows;
    int i = 0;
    for (const Promise &p : m_pack.promises) {
        QStringList refs;
        for (const qint64 id : p.debtIds)
            refs << m_pack.debtRefs.value(id);
        const QString state = p.state == PromiseState::Broken
            ? QStringLiteral("<span style='color:#a00000'><b>%1</b></span>")
                  .arg(promiseStateLabel(p.state).toHtmlEscaped())
            : promiseStateLabel(p.state).toHtmlEscaped();
        rows += row(i++,
            td(day(p.promisedOn)) + td(day(p.dueDate)) + td(money(p.amount), true) + td(money(p.paid), true) + td(state)
                + td(refs.join(QStringLiteral(", ")).toHtmlEscaped()) + td(text(p.note)));
    }
    return html + TableStart + Heading + th(tr("Made")) + th(tr("For")) + th(tr("Amount"), true)
        + th(tr("Paid towards it"), true) + th(tr("Kept?")) + th(tr("Sales")) + th(tr("Note"))
        + QStringLiteral("</tr></thead>") + rows + QStringLiteral("</table>");
}

QString PackDocument::disputesHtml() const
{
    QString html = sectionTitle(4, tr("Disputes"));
    if (m_pack.disputes.isEmpty())
        return html + noneHtml();
    QString rows;
    int i = 0;
    for (const Dispute &d : m_pack.disputes) {
        QString outcome = tr("Open");
        if (d.resolved) {
            outcome = d.outcome == DisputeOutcome::ForCustomer
                ? tr("Resolved on %1 for the customer: %2 taken off")
                      .arg(day(d.resolvedOn), Money::toDisplayText(d.conceded, m_currency, QLocale()))
                : tr("Resolved on %1 for the business").arg(day(d.resolvedOn));
        }
        rows += row(i++,
            td(d.debtRef.toHtmlEscaped()) + td(day(d.openedOn)) + td(money(d.amount), true) + td(text(d.reason))
                + td(outcome.toHtmlEscaped()));
    }
    return html + TableStart + Heading + th(tr("Sale")) + th(tr("Opened")) + th(tr("Amount"), true)
        + th(tr("What the customer says")) + th(tr("Outcome")) + QStringLiteral("</tr></thead>") + rows
        + QStringLiteral("</table>");
}

QString PackDocument::plansHtml() const
{
    QString html = sectionTitle(5, tr("Payment plans"));
    if (m_pack.plans.isEmpty())
        return html + noneHtml();
    QString rows;
    int i = 0;
    for (const PaymentPlan &p : m_pack.plans) {
        QString state = PlanRecords::stateLabel(p.state).toHtmlEscaped();
        if (p.state == PlanState::Broken && p.brokenOn.isValid())
            state = QStringLiteral("<span style='color:#a00000'><b>%1</b></span>")
                        .arg(tr("%1 on %2 (missed %3)")
                                 .arg(PlanRecords::stateLabel(p.state), day(p.brokenOn), p.missedRef)
                                 .toHtmlEscaped());
        rows += row(i++,
            td(p.draft.ref.toHtmlEscaped()) + td(day(p.draft.madeOn)) + td(money(p.draft.balance), true)
                + td(tr("%1 from %2").arg(p.draft.count).arg(day(p.draft.firstDate)).toHtmlEscaped()) + td(state)
                + td(money(p.open), true));
    }
    return html + TableStart + Heading + th(tr("Plan")) + th(tr("Agreed")) + th(tr("Balance"), true)
        + th(tr("Installments")) + th(tr("Where it stands")) + th(tr("Still open"), true)
        + QStringLiteral("</tr></thead>") + rows + QStringLiteral("</table>");
}

QString PackDocument::escalationHtml() const
{
    QString html = sectionTitle(6, tr("Escalation: credit stops, agency, legal"));
    if (m_pack.escalation.isEmpty())
        return html + noneHtml();
    QString rows;
    int i = 0;
    for (const CasePack::Escalation &e : m_pack.escalation) {
        const CollectionEvent &ev = e.event;
        QStringList detail;
        if (!ev.name.isEmpty())
            detail << ev.name;
        if (!ev.reference.isEmpty())
            detail << tr("ref. %1").arg(ev.reference);
        if (ev.amount)
            detail << tr("amount %1").arg(Money::toDisplayText(ev.amount, m_currency, QLocale()));
        if (ev.cost)
            detail << tr("cost %1").arg(Money::toDisplayText(ev.cost, m_currency, QLocale()));
        if (!ev.text.isEmpty())
            detail << ev.text;
        rows += row(i++,
            td(day(ev.date)) + td(e.debtRef.isEmpty() ? tr("whole account").toHtmlEscaped() : e.debtRef.toHtmlEscaped())
                + td(escalationLabel(ev).toHtmlEscaped()) + td(text(detail.join(QStringLiteral(" · ")))));
    }
    return html + TableStart + Heading + th(tr("Date")) + th(tr("Sale")) + th(tr("Step")) + th(tr("Details"))
        + QStringLiteral("</tr></thead>") + rows + QStringLiteral("</table>");
}

QString PackDocument::documentsHtml() const
{
    QString html = sectionTitle(7, tr("Papers and messages sent"));
    if (m_pack.documents.isEmpty())
        return html + noneHtml();
    html += QStringLiteral("<p style='font-size:8.5pt'>%1</p>")
                .arg(tr("Each paper's SHA-256 is that of the file as it was sent; `recoup-cli register BOOK --verify "
                        "FOLDER` finds which files of a folder are these.")
                         .toHtmlEscaped());
    QString rows;
    int i = 0;
    for (const SentDocument &d : m_pack.documents) {
        QString what = DocumentRegister::kindLabel(d.kind).toHtmlEscaped();
        if (!d.fileName.isEmpty())
            what += QStringLiteral("<br><span style='font-size:7.5pt; color:#444444'>%1</span>")
                        .arg(d.fileName.toHtmlEscaped());
        rows += row(i++,
            td(utcText(d.recordedAt)) + td(what) + td(DocumentRegister::channelLabel(d.channel).toHtmlEscaped())
                + td(QStringLiteral("<span style='%1 font-size:6pt'>%2</span>").arg(Mono, d.sha256.toHtmlEscaped())));
    }
    return html + TableStart + Heading
        + QStringLiteral("<th align=left width='19%'>%1</th><th align=left width='22%'>%2</th>"
                         "<th align=left width='10%'>%3</th><th align=left width='49%'>%4</th>")
              .arg(tr("Recorded").toHtmlEscaped(), tr("Paper").toHtmlEscaped(), tr("How").toHtmlEscaped(),
                  tr("SHA-256").toHtmlEscaped())
        + QStringLiteral("</tr></thead>") + rows + QStringLiteral("</table>");
}

QString PackDocument::auditHtml() const
{
    const CasePack &p = m_pack;
    QString html = sectionTitle(8, tr("Extract of the audit chain"));
    html += QStringLiteral("<p style='font-size:8.5pt'>%1</p>")
                .arg(tr("Every change to the book appends a record whose hash is the SHA-256 of the record before it "
                        "followed by its own contents, so no record can be changed, removed or slipped in without "
                        "breaking every hash after it. These are the records about this account, up to record %1 "
                        "(the head on the cover). Under each hash, in grey, is the hash of the record just before it "
                        "in the whole book's chain, which also holds the records of other customers and of the book.")
                         .arg(p.headId)
                         .toHtmlEscaped());
    if (p.audit.isEmpty())
        return html + noneHtml();
    QString rows;
    int i = 0;
    for (const AuditExtract::Line &a : p.audit) {
        const QString hashes
            = QStringLiteral("<span style='%1 font-size:6pt'>%2<br><span style='color:#666666'>%3"
                             "</span></span>")
                  .arg(Mono, a.hash.toHtmlEscaped(),
                      a.prevHash.isEmpty() ? tr("(the first record)").toHtmlEscaped() : a.prevHash.toHtmlEscaped());
        const QDateTime when = QDateTime::fromString(a.recordedAt, Qt::ISODateWithMs);
        const QString whenText = when.isValid() ? when.toUTC().toString(QStringLiteral("yyyy-MM-dd'<br>'HH:mm:ss"))
                                                : a.recordedAt.toHtmlEscaped();
        rows += row(i++,
            td(QString::number(a.id), true) + td(whenText) + td(text(a.recordedBy.left(24)))
                + td(QStringLiteral("%1<br><span style='color:#444444'>%2</span>")
                         .arg(a.action.toHtmlEscaped(),
                             tr("%1 no. %2").arg(a.objectType).arg(a.objectId).toHtmlEscaped()))
                + td(hashes));
    }
    return html + TableStart + Heading
        + QStringLiteral("<th align=right width='6%'>%1</th><th align=left width='13%'>%2</th>"
                         "<th align=left width='11%'>%3</th><th align=left width='19%'>%4</th>"
                         "<th align=left width='51%'>%5</th>")
              .arg(tr("No.").toHtmlEscaped(), tr("Recorded (UTC)").toHtmlEscaped(), tr("By").toHtmlEscaped(),
                  tr("Action").toHtmlEscaped(), tr("Hash, and the previous record's").toHtmlEscaped())
        + QStringLiteral("</tr></thead>") + rows + QStringLiteral("</table>");
}

QString PackDocument::bodyHtml() const
{
    const QString pageBreak = QStringLiteral("<div style='page-break-before:always'></div>");
    QString body = coverHtml();
    body += pageBreak + statementHtml() + contactsHtml() + promisesHtml() + disputesHtml() + plansHtml()
        + escalationHtml() + documentsHtml();
    body += pageBreak + auditHtml();
    return QStringLiteral("<html><body style='font-size:9pt'>%1</body></html>").arg(body);
}

void PackDocument::print(QPagedPaintDevice &device) const
{
    QTextDocument document;
    PaperText::prepare(document);
    m_letterhead.addResources(document);
    document.setHtml(bodyHtml());
    Paper::setUp(document, device, m_size);
    keepRowsWhole(document);
    const QString foot = tr("%1 · Account pack %2 · as of %3")
                             .arg(m_letterhead.details().name(), m_pack.subject(), PaperText::date(m_pack.asOf));
    const QSizeF page = document.pageSize();
    Paper::paint(document, device, m_size, [&](QPainter &painter, int, int) {
        QFont font = document.defaultFont();
        font.setPointSizeF(8);
        painter.setFont(font);
        painter.setPen(QColor(0x55, 0x55, 0x55));
        const double gap = Paper::pixels(device, 4);
        painter.drawText(
            QRectF(0, page.height() + gap, page.width() * 0.8, page.height() / 20), Qt::AlignLeft | Qt::AlignTop, foot);
    });
}

QByteArray PackDocument::pdf() const
{
    return Paper::pdf(title(), [this](QPagedPaintDevice &device) { print(device); });
}

} // namespace recoup
