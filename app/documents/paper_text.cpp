// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/paper_text.h"

#include "core/local_date.h"

#include <QFont>
#include <QLocale>
#include <QTextDocument>

namespace recoup {

QString PaperText::date(const QDate &date)
{
    //: The format of a date written out on a paper (QDate format: d day, MMMM month name, yyyy year).
    return QLocale().toString(date, tr("d MMMM yyyy"));
}

QString PaperText::shortDate(const QDate &date)
{
    return LocalDate::shortText(date);
}

QString PaperText::chainHeadHtml(const QString &head, bool roll)
{
    if (head.isEmpty())
        return {};
    // The hash is set with a hair of letter spacing, which turns the typeface's
    // ligatures off: "ff" drawn as one glyph is read from the PDF as "ﬀ", a
    // head `verify --head` would not take (one head in about seventeen).
    //: At the foot of a paper; %1 is the audit chain's head as `recoup-cli verify --head` takes it.
    const QString text
        = tr("Audit chain head %1")
              .toHtmlEscaped()
              .arg(QStringLiteral("<span style='letter-spacing:0.01em'>%1</span>").arg(head.toHtmlEscaped()));
    return roll ? QStringLiteral("<p align=center style='font-size:6.5pt; color:#555555'>%1</p>").arg(text)
                : QStringLiteral("<p style='font-size:7pt; color:#777777'>%1</p>").arg(text);
}

void PaperText::prepare(QTextDocument &document)
{
    QFont font(QStringLiteral("Sans Serif"));
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(10);
    document.setDefaultFont(font);
    document.setUseDesignMetrics(true);
}

} // namespace recoup
