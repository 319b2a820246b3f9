// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QStringView>

namespace recoup {

/// A date written YYYY-MM-DD, as the interchange files and the command line
/// give them: exactly ten characters, ASCII digits only, and a day that exists.
/// (Qt's own ISO parser accepts more: other digits, a time, a missing zero.)
class IsoDate
{
public:
    enum class Status {
        Valid,
        NotYyyyMmDd, ///< not written as YYYY-MM-DD
        DoesNotExist, ///< written so, but there is no such day (2025-02-30, 0000-01-01)
    };
    struct Parsed
    {
        Status status = Status::NotYyyyMmDd;
        QDate date; ///< valid only when status is Valid
    };

    static Parsed parse(QStringView text);
};

} // namespace recoup
