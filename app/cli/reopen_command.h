// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

#include <QCoreApplication>

namespace recoup::cli {

/// `recoup-cli reopen BOOK --to YYYY-MM-DD|--all --reason TEXT [--by NAME]`:
/// reopens closed books (PeriodClose), with an audit record of who and why.
class ReopenCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ReopenCommand)

public:
    QString name() const override { return QStringLiteral("reopen"); }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, Streams io) const override;
};

} // namespace recoup::cli
