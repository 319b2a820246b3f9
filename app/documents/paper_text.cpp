// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/paper_text.h"

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
    // The locale's own order of day and month, with the whole year.
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return QLocale().toString(date, format);
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
