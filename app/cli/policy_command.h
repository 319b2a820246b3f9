// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

#include <QCoreApplication>

namespace recoup::cli {

/// `recoup-cli policy export BOOK [FILE]` and `recoup-cli policy import BOOK FILE`:
/// the collection policy as the JSON of docs/collection-policy.md.
class PolicyCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(PolicyCommand)

public:
    QString name() const override { return QStringLiteral("policy"); }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, Streams io) const override;
};

} // namespace recoup::cli
