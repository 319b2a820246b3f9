// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

#include <QCoreApplication>

namespace recoup::cli {

/// `recoup-cli settings BOOK [get KEY | set KEY VALUE]`: the business details
/// (letterhead, how to pay, country) for scripts. Without get or set it lists
/// them all; an unknown key is refused with the list of the known ones.
class SettingsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SettingsCommand)

public:
    QString name() const override { return QStringLiteral("settings"); }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, Streams io) const override;
};

} // namespace recoup::cli
