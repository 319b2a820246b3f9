// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace recoup {

/// What a user enters about a customer.
struct CustomerInput
{
    QString ref;
    QString name;
    QString phone;
    QString email;
    QString address;
    QString notes;
    std::optional<qint64> creditLimit; ///< minor units; none = no limit
};

/// A customer as stored, with the cached totals of its entries.
struct Customer
{
    qint64 id = 0;
    CustomerInput details;
    QString phoneE164;
    qint64 balance = 0; ///< what they owe; negative when in credit
    qint64 credit = 0; ///< payments not yet applied to a debt
    QDate lastPaymentDate;
};

} // namespace recoup
