// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

#include <QCoreApplication>

namespace recoup::cli {

/// `recoup-cli balance BOOK [--customer REF] [--as-of D]`: balances per customer and the total.
class BalanceCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(BalanceCommand)

public:
    QString name() const override { return QStringLiteral("balance"); }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, Streams io) const override;
};

} // namespace recoup::cli
