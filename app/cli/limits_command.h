// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

#include <QCoreApplication>

namespace recoup::cli {

/// `recoup-cli limits BOOK [--calls N] [--days N] [--hours HH:MM-HH:MM]`: shows
/// the limits on contacting customers, and sets them when an option is given.
class LimitsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(LimitsCommand)

public:
    QString name() const override { return QStringLiteral("limits"); }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, Streams io) const override;
};

} // namespace recoup::cli
