// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace recoup {

/// A date in short as the reader's language writes it, day and month in the
/// locale's order, always with the whole year: the window, the papers and the
/// worklist's reasons write every short date this one way.
class LocalDate
{
public:
    /// The locale's short date format with a four-digit year (QDate format).
    static QString shortFormat();
    /// The date in that format; empty for an invalid date.
    static QString shortText(const QDate &date);
};

} // namespace recoup
