// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/report_options.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QTextStream>

namespace recoup::cli {

Result<QDate> ReportOptions::parseDate(const QString &text, const QString &name)
{
    // Qt's ISO parser accepts more than the format allows; check the shape first.
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!shape.match(text).hasMatch())
        return Error{
            QCoreApplication::translate("ReportOptions", "%1: “%2” is not a date written YYYY-MM-DD.").arg(name, text)
        };
    const QDate date = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
    if (date.isValid())
        return date;
    // Written right, but no such day: say which part does not exist.
    const int year = QStringView(text).left(4).toInt();
    const int month = QStringView(text).mid(5, 2).toInt();
    if (month < 1 || month > 12)
        return Error{ QCoreApplication::translate("ReportOptions", "%1: “%2” has no month %3: months go from 01 to 12.")
                          .arg(name, text, QStringView(text).mid(5, 2).toString()) };
    if (year == 0)
        return Error{
            QCoreApplication::translate("ReportOptions", "%1: “%2”: there is no year 0000.").arg(name, text)
        };
    const QDate first(year, month, 1);
    return Error{ QCoreApplication::translate("ReportOptions", "%1: there is no such day as “%2”: %3 %4 has %5 days.")
                      .arg(name, text, QLocale().standaloneMonthName(month), QString::number(year))
                      .arg(first.daysInMonth()) };
}

Result<std::unique_ptr<Database>> ReportOptions::openBook(const QString &path)
{
    // Opened only to be read, a book is never written: CheckBeforeFirstWrite
    // leaves the check to this function (a book that needs upgrading is
    // checked whole, and refused to a reader).
    auto db = Database::open(
        path, Database::Access::ReadOnly, Migration::builtIn(), Database::Integrity::CheckBeforeFirstWrite);
    if (db && !db.value()->isDamaged()) {
        // A damaged book is marked so, and the report warns; a check that
        // could not run at all (the disk failing) stops the report.
        if (auto sound = db.value()->checkIntegrityExcept({ QStringLiteral("audit_log") });
            !sound && !db.value()->isDamaged())
            return sound.failure();
    }
    return db;
}

QString ReportOptions::damagedWarning(const QString &path)
{
    return QCoreApplication::translate("ReportOptions",
        "Warning: the book “%1” is damaged, so these figures may be wrong or incomplete. Restore it from a backup; "
        "“recoup-cli verify %1” shows what is wrong.")
        .arg(path);
}

bool ReportOptions::readDate(
    const QCommandLineParser &parser, const QString &option, QDate *date, QTextStream &err, const QString &prefix)
{
    if (!parser.isSet(option))
        return true;
    auto parsed = parseDate(parser.value(option), QStringLiteral("--") + option);
    if (!parsed) {
        err << prefix << parsed.error() << '\n';
        return false;
    }
    *date = parsed.value();
    return true;
}

QString ReportOptions::cell(const QString &text, qsizetype width, bool rightAligned)
{
    return rightAligned ? text.rightJustified(width) : text.leftJustified(width);
}

} // namespace recoup::cli
