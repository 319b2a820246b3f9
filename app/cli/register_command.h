// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

#include <QCoreApplication>

namespace recoup::cli {

/// `recoup-cli register BOOK [--verify DIR]`: what was sent (receipts,
/// statements, letters, messages) with the SHA-256 of each; with --verify,
/// which files of a folder the register holds, byte for byte.
class RegisterCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RegisterCommand)

public:
    QString name() const override { return QStringLiteral("register"); }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, Streams io) const override;
};

} // namespace recoup::cli
