// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/book_rule.h"

#include <QString>

namespace recoup {

/// One thing wrong with an interchange dataset, where it is and what it is.
struct ImportProblem
{
    QString file; ///< the file's name ("debts.csv"), or the folder for folder-wide problems
    int line = 0; ///< the line the record starts on (header = 1); 0 when not about a line
    QString column; ///< the header name, or empty when about the whole row or file
    QString message;
    BookRule rule = BookRule::None; ///< the rule of the books the line breaks, if any

    /// "FILE:ROW:COLUMN: message", with "-" for no row or no column.
    QString toString() const
    {
        return QStringLiteral("%1:%2:%3: %4")
            .arg(file, line > 0 ? QString::number(line) : QStringLiteral("-"),
                column.isEmpty() ? QStringLiteral("-") : column, message);
    }
};

} // namespace recoup
