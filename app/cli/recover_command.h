// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

#include <QCoreApplication>

namespace recoup::cli {

/// `recoup-cli recover BOOK DEBT --amount A [--method M] [--reference R] [--date D]`:
/// money recovered on a debt written off.
class RecoverCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RecoverCommand)

public:
    QString name() const override { return QStringLiteral("recover"); }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, Streams io) const override;
};

} // namespace recoup::cli
