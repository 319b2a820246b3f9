// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "db/database.h"

#include <QDate>
#include <QString>

#include <memory>

class QCommandLineParser;
class QTextStream;

namespace recoup::cli {

/// What the commands share in reading their options.
class ReportOptions
{
public:
    /// A strict `YYYY-MM-DD` that names a real day; the message names it as the
    /// user wrote it: an option with its dashes ("--as-of"), an argument by its name ("DATE").
    static Result<QDate> parseDate(const QString &text, const QString &name);
    /// Reads the date option into *date when it is given (else leaves *date as it is);
    /// a bad date is said on err after prefix, and the answer is false.
    static bool readDate(
        const QCommandLineParser &parser, const QString &option, QDate *date, QTextStream &err, const QString &prefix);
    /// Pads cells to a width, right-aligned when numeric, for plain-text tables.
    static QString cell(const QString &text, qsizetype width, bool rightAligned);
    /// Opens a book only to report from it. The integrity check walks every
    /// table a report may read, and leaves out the audit log, which no report
    /// reads (the largest table: a third to a half of the book): `recoup-cli
    /// verify`, every command that writes and the window check the whole book.
    static Result<std::unique_ptr<Database>> openBook(const QString &path);
    /// Said after a report read from a damaged book: the figures may be wrong.
    static QString damagedWarning(const QString &path);
};

} // namespace recoup::cli
