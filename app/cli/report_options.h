// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QDate>
#include <QString>

class QCommandLineParser;
class QTextStream;

namespace recoup::cli {

/// What the commands share in reading their options.
class ReportOptions
{
public:
    /// A strict `YYYY-MM-DD` that names a real day; option names the option in the message.
    static Result<QDate> parseDate(const QString &text, const QString &option);
    /// Reads the date option into *date when it is given (else leaves *date as it is);
    /// a bad date is said on err after prefix, and the answer is false.
    static bool readDate(
        const QCommandLineParser &parser, const QString &option, QDate *date, QTextStream &err, const QString &prefix);
    /// Pads cells to a width, right-aligned when numeric, for plain-text tables.
    static QString cell(const QString &text, qsizetype width, bool rightAligned);
    /// Said after a report read from a damaged book: the figures may be wrong.
    static QString damagedWarning(const QString &path);
};

} // namespace recoup::cli
