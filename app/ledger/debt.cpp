// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/debt.h"

#include <array>
#include <utility>

namespace recoup {

namespace {

// The words are the ones the schema's CHECK on debts.kind accepts.
constexpr std::array<std::pair<DebtKind, const char *>, 4> KindNames = { {
    { DebtKind::Sale, "sale" },
    { DebtKind::Fee, "fee" },
    { DebtKind::Interest, "interest" },
    { DebtKind::Installment, "installment" },
} };

} // namespace

QString debtKindName(DebtKind kind)
{
    for (const auto &[k, name] : KindNames)
        if (k == kind)
            return QString::fromLatin1(name);
    return {};
}

std::optional<DebtKind> debtKindFromName(const QString &name)
{
    for (const auto &[k, word] : KindNames)
        if (name == QLatin1String(word))
            return k;
    return std::nullopt;
}

} // namespace recoup
