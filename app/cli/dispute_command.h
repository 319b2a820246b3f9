// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

#include <QCoreApplication>

namespace recoup::cli {

/// `recoup-cli dispute open BOOK DEBT --reason TEXT [--amount A]` and
/// `recoup-cli dispute resolve BOOK ID --for customer|shop [--conceded A]`.
class DisputeCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(DisputeCommand)

public:
    QString name() const override { return QStringLiteral("dispute"); }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, Streams io) const override;
};

} // namespace recoup::cli
