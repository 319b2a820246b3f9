// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace recoup {

/// What a debt is: a sale as entered, or an item the collections engine made
/// (a late fee or interest on an overdue debt, an installment of a payment plan).
enum class DebtKind { Sale, Fee, Interest, Installment };

/// The word a debt kind is stored as ("sale", "fee", "interest", "installment").
QString debtKindName(DebtKind kind);
/// The kind stored as `name`; empty for a word that is not a kind.
std::optional<DebtKind> debtKindFromName(const QString &name);

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
    /// Why the sale is made although the customer's credit is stopped or the
    /// sale takes the balance over the limit (CreditControl, for a sale issued
    /// today or later); empty: refused then.
    QString creditOverride;
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
    DebtKind kind = DebtKind::Sale;
    qint64 sourceDebtId = 0; ///< the overdue debt a fee or interest was charged on; 0 for none

    bool operator==(const Debt &) const = default;
};

} // namespace recoup
