// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

#include <QCoreApplication>

namespace recoup::cli {

/// `recoup-cli statements BOOK --period YYYY-MM --type open-item|balance-forward|activity
/// --out DIR [--one-file] [--customer REF]`: the month's statements as PDF, one
/// per customer with a balance on its last day (or the customers named), each
/// recorded in the register of what was sent.
class StatementsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(StatementsCommand)

public:
    QString name() const override { return QStringLiteral("statements"); }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, Streams io) const override;
    bool paints() const override { return true; }
};

} // namespace recoup::cli
