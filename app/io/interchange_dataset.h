// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledger/customer.h"
#include "ledger/entry.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace recoup {

/// A customer line of customers.csv, checked.
struct CustomerRow
{
    int line = 0;
    CustomerInput input;
};

/// A debt line of debts.csv, checked.
struct DebtRow
{
    int line = 0;
    QString ref;
    QString customerRef;
    QDate issueDate;
    QDate dueDate; ///< set when the file gave a due date
    std::optional<int> termsDays; ///< set when the file gave terms
    qint64 amount = 0;
    QString description;
};

/// A payment line of payments.csv, checked.
struct PaymentRow
{
    int line = 0;
    QString ref;
    QString customerRef;
    QDate date;
    qint64 amount = 0;
    PaymentMethod method = PaymentMethod::Cash;
    QString debtRef;
    QString reference;
};

/// Everything an interchange folder holds, checked and ready to write, in file order.
struct InterchangeDataset
{
    QList<CustomerRow> customers;
    QList<DebtRow> debts;
    QList<PaymentRow> payments;
};

} // namespace recoup
