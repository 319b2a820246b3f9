// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

#include <QCoreApplication>

namespace recoup::cli {

/// `recoup-cli task done|skip|snooze BOOK CUSTOMER [--action KEY] ...`: records
/// what was done about a customer's task on the worklist, as Today's D, S and Z do.
class TaskCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(TaskCommand)

public:
    QString name() const override { return QStringLiteral("task"); }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, Streams io) const override;
};

} // namespace recoup::cli
