// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

#include <QCoreApplication>

namespace recoup::cli {

/// `recoup-cli writeoff BOOK DEBT --reason TEXT [--date D]`, and `recoup-cli writeoff
/// BOOK --report`: what is written off and recovered, apart from the balances.
class WriteOffCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(WriteOffCommand)

public:
    QString name() const override { return QStringLiteral("writeoff"); }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, Streams io) const override;
};

} // namespace recoup::cli
