// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QDate>
#include <QString>

namespace recoup::cli {

/// What the report commands (aging, balance) share in reading their options.
class ReportOptions
{
public:
    /// A strict `YYYY-MM-DD` that names a real day; option names the option in the message.
    static Result<QDate> parseDate(const QString &text, const QString &option);
    /// Pads cells to a width, right-aligned when numeric, for plain-text tables.
    static QString cell(const QString &text, qsizetype width, bool rightAligned);
    /// Said after a report read from a damaged book: the figures may be wrong.
    static QString damagedWarning(const QString &path);
};

} // namespace recoup::cli
