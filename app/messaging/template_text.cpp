// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "messaging/template_text.h"

#include <QList>

namespace recoup {

namespace {

/// A piece of a template: words as written, or a field.
struct Piece
{
    bool field = false;
    QString text; ///< the words, or the field's name
};

struct Parsed
{
    QList<Piece> pieces;
    QString error; ///< empty when the whole text parsed
};

void addText(QList<Piece> &pieces, const QString &text)
{
    if (!pieces.isEmpty() && !pieces.last().field)
        pieces.last().text += text;
    else
        pieces.append({ false, text });
}

Parsed parse(const QString &text)
{
    Parsed parsed;
    const QStringList known = TemplateText::fieldNames();
    int line = 1;
    int column = 1;
    qsizetype i = 0;
    const auto fail = [&](const QString &message) {
        parsed.error = message;
        addText(parsed.pieces, text.mid(i));
    };
    while (i < text.size()) {
        const QChar c = text.at(i);
        const bool doubled = i + 1 < text.size() && text.at(i + 1) == c;
        if ((c == QLatin1Char('{') || c == QLatin1Char('}')) && doubled) {
            addText(parsed.pieces, QString(c));
            i += 2;
            column += 2;
            continue;
        }
        if (c == QLatin1Char('}')) {
            fail(TemplateText::tr("The “}” at line %1, column %2 closes no field; write }} for a brace of its own.")
                     .arg(line)
                     .arg(column));
            return parsed;
        }
        if (c == QLatin1Char('{')) {
            qsizetype end = i + 1;
            while (end < text.size() && text.at(end) != QLatin1Char('}') && text.at(end) != QLatin1Char('{')
                && text.at(end) != QLatin1Char('\n'))
                ++end;
            if (end >= text.size() || text.at(end) != QLatin1Char('}')) {
                fail(TemplateText::tr("The field opened at line %1, column %2 is not closed with “}”; write {{ for "
                                      "a brace of its own.")
                         .arg(line)
                         .arg(column));
                return parsed;
            }
            const QString name = text.mid(i + 1, end - i - 1).trimmed();
            if (!known.contains(name)) {
                fail(TemplateText::tr("Unknown field {%1} at line %2, column %3.").arg(name).arg(line).arg(column));
                return parsed;
            }
            parsed.pieces.append({ true, name });
            column += int(end - i + 1);
            i = end + 1;
            continue;
        }
        addText(parsed.pieces, QString(c));
        if (c == QLatin1Char('\n')) {
            ++line;
            column = 1;
        } else {
            ++column;
        }
        ++i;
    }
    return parsed;
}

QString escaped(const QString &text, MergeMedium medium)
{
    if (medium != MergeMedium::Html)
        return text;
    QString html = text.toHtmlEscaped();
    html.replace(QLatin1Char('\n'), QLatin1String("<br>\n"));
    return html;
}

QString fillItem(const QString &pattern, const MergeItem &item)
{
    const QHash<QString, QString> fields{ { QStringLiteral("ref"), item.ref },
        { QStringLiteral("description"), item.description }, { QStringLiteral("issue_date"), item.issueDate },
        { QStringLiteral("due_date"), item.dueDate }, { QStringLiteral("days_overdue"), item.daysOverdue },
        { QStringLiteral("amount"), item.amount }, { QStringLiteral("open"), item.open } };
    QString out;
    qsizetype i = 0;
    while (i < pattern.size()) {
        if (pattern.at(i) == QLatin1Char('{')) {
            const qsizetype end = pattern.indexOf(QLatin1Char('}'), i);
            if (end > i && fields.contains(pattern.mid(i + 1, end - i - 1))) {
                out += fields.value(pattern.mid(i + 1, end - i - 1));
                i = end + 1;
                continue;
            }
        }
        out += pattern.at(i);
        ++i;
    }
    return out;
}

} // namespace

QStringList TemplateText::fieldNames()
{
    return { QStringLiteral("customer.name"), QStringLiteral("customer.ref"), QStringLiteral("customer.email"),
        QStringLiteral("customer.phone"), QStringLiteral("items"), QStringLiteral("item_count"),
        QStringLiteral("total_due"), QStringLiteral("balance"), QStringLiteral("days_overdue"),
        QStringLiteral("oldest_due_date"), QStringLiteral("promise.amount"), QStringLiteral("promise.date"),
        QStringLiteral("next_installment.amount"), QStringLiteral("next_installment.date"),
        QStringLiteral("business.name"), QStringLiteral("business.address"), QStringLiteral("business.phone"),
        QStringLiteral("business.email"), QStringLiteral("business.tax_number"), QStringLiteral("how_to_pay"),
        QStringLiteral("payment_link"), QStringLiteral("today"), QStringLiteral("step") };
}

QString TemplateText::fieldDescription(const QString &name)
{
    static const QHash<QString, const char *> descriptions{
        { QStringLiteral("customer.name"), QT_TR_NOOP("The customer's name") },
        { QStringLiteral("customer.ref"), QT_TR_NOOP("The customer's reference") },
        { QStringLiteral("customer.email"), QT_TR_NOOP("The customer's e-mail address") },
        { QStringLiteral("customer.phone"), QT_TR_NOOP("The customer's phone number") },
        { QStringLiteral("items"), QT_TR_NOOP("The items due: a list, or a table in HTML") },
        { QStringLiteral("item_count"), QT_TR_NOOP("How many items are due") },
        { QStringLiteral("total_due"), QT_TR_NOOP("What the items due add up to") },
        { QStringLiteral("balance"), QT_TR_NOOP("The customer's whole balance") },
        { QStringLiteral("days_overdue"), QT_TR_NOOP("Days the oldest item is overdue") },
        { QStringLiteral("oldest_due_date"), QT_TR_NOOP("The oldest item's due date") },
        { QStringLiteral("promise.amount"), QT_TR_NOOP("The amount of the promise to pay still pending") },
        { QStringLiteral("promise.date"), QT_TR_NOOP("The day the money was promised for") },
        { QStringLiteral("next_installment.amount"), QT_TR_NOOP("The next installment of a payment plan") },
        { QStringLiteral("next_installment.date"), QT_TR_NOOP("The next installment's due date") },
        { QStringLiteral("business.name"), QT_TR_NOOP("The business's name") },
        { QStringLiteral("business.address"), QT_TR_NOOP("The business's address") },
        { QStringLiteral("business.phone"), QT_TR_NOOP("The business's phone number") },
        { QStringLiteral("business.email"), QT_TR_NOOP("The business's e-mail address") },
        { QStringLiteral("business.tax_number"), QT_TR_NOOP("The business's tax number") },
        { QStringLiteral("how_to_pay"), QT_TR_NOOP("How to pay: the bank details of the book") },
        { QStringLiteral("payment_link"), QT_TR_NOOP("The link to pay online") },
        { QStringLiteral("today"), QT_TR_NOOP("Today's date") },
        { QStringLiteral("step"), QT_TR_NOOP("The name of the reminder step") },
    };
    const char *description = descriptions.value(name);
    return description ? tr(description) : QString();
}

Result<void> TemplateText::check(const QString &text)
{
    const Parsed parsed = parse(text);
    if (!parsed.error.isEmpty())
        return Error{ parsed.error };
    return {};
}

QString TemplateText::items(const MergeValues &values, MergeMedium medium)
{
    QStringList parts;
    switch (medium) {
    case MergeMedium::Text:
        for (const MergeItem &item : values.items)
            parts.append(fillItem(values.words.itemLine, item));
        return parts.join(QLatin1Char('\n'));
    case MergeMedium::Short:
        for (const MergeItem &item : values.items)
            parts.append(fillItem(values.words.itemShort, item));
        return parts.join(QLatin1String("; "));
    case MergeMedium::Html: {
        const auto cell = [](const QString &tag, const QString &text, bool right) {
            return QStringLiteral("<%1 style=\"padding:2px 8px;text-align:%2\">%3</%1>")
                .arg(tag, right ? QStringLiteral("right") : QStringLiteral("left"), text.toHtmlEscaped());
        };
        QString html = QStringLiteral("<table style=\"border-collapse:collapse\">\n<tr>");
        html += cell(QStringLiteral("th"), values.words.ref, false)
            + cell(QStringLiteral("th"), values.words.dueDate, false)
            + cell(QStringLiteral("th"), values.words.daysOverdue, true)
            + cell(QStringLiteral("th"), values.words.open, true);
        html += QStringLiteral("</tr>\n");
        for (const MergeItem &item : values.items)
            html += QStringLiteral("<tr>") + cell(QStringLiteral("td"), item.ref, false)
                + cell(QStringLiteral("td"), item.dueDate, false) + cell(QStringLiteral("td"), item.daysOverdue, true)
                + cell(QStringLiteral("td"), item.open, true) + QStringLiteral("</tr>\n");
        return html + QStringLiteral("</table>");
    }
    }
    Q_UNREACHABLE();
}

QString TemplateText::merge(const QString &text, const MergeValues &values, MergeMedium medium)
{
    const Parsed parsed = parse(text);
    QString out;
    for (const Piece &piece : parsed.pieces) {
        if (!piece.field) {
            out += escaped(piece.text, medium);
        } else if (piece.text == QLatin1String("items")) {
            out += items(values, medium);
        } else {
            const QString value = values.fields.value(piece.text);
            const bool link = piece.text == QLatin1String("payment_link")
                && (value.startsWith(QLatin1String("https://")) || value.startsWith(QLatin1String("http://")));
            if (medium == MergeMedium::Html && link)
                out += QStringLiteral("<a href=\"%1\">%1</a>").arg(value.toHtmlEscaped());
            else
                out += escaped(value, medium);
        }
    }
    return out;
}

} // namespace recoup
