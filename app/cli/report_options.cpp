// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/report_options.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace recoup::cli {

Result<QDate> ReportOptions::parseDate(const QString &text, const QString &option)
{
    // Qt's ISO parser accepts more than the format allows; check the shape first.
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate date = shape.match(text).hasMatch() ? QDate::fromString(text, QStringLiteral("yyyy-MM-dd")) : QDate();
    if (!date.isValid())
        return Error{ QCoreApplication::translate("ReportOptions", "--%1: “%2” is not a date written YYYY-MM-DD.")
                          .arg(option, text) };
    return date;
}

QString ReportOptions::damagedWarning(const QString &path)
{
    return QCoreApplication::translate("ReportOptions",
        "Warning: the book “%1” is damaged, so these figures may be wrong or incomplete. Restore it from a backup; "
        "“recoup-cli verify %1” shows what is wrong.")
        .arg(path);
}

QString ReportOptions::cell(const QString &text, qsizetype width, bool rightAligned)
{
    return rightAligned ? text.rightJustified(width) : text.leftJustified(width);
}

} // namespace recoup::cli
