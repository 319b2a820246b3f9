// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace recoup {

/// A credit sale or invoice as entered: due on a date, or "net N" days after issue.
struct DebtInput
{
    qint64 customerId = 0;
    QString ref;
    QString description;
    QDate issueDate;
    QDate dueDate; ///< used when termsDays is empty
    std::optional<int> termsDays; ///< 0..3650
    qint64 amount = 0; ///< minor units, > 0
};

/// A debt as stored.
struct Debt
{
    qint64 id = 0;
    qint64 customerId = 0;
    QString ref;
    QString description;
    QDate issueDate;
    QDate dueDate;
    std::optional<int> termsDays;
    qint64 amount = 0;
    qint64 openAmount = 0;

    bool operator==(const Debt &) const = default;
};

} // namespace recoup
