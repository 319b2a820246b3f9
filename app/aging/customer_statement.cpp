// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "aging/customer_statement.h"

namespace recoup {

qint64 CustomerStatement::pastDue() const
{
    qint64 sum = 0;
    for (qsizetype i = 1; i < buckets.size(); ++i)
        sum += buckets.at(i);
    return sum;
}

QString CustomerStatement::reference() const
{
    return QStringLiteral("%1/%2").arg(customer.details.ref, asOf.toString(QStringLiteral("yyyy-MM")));
}

} // namespace recoup
