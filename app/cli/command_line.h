// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

#include <memory>
#include <vector>

namespace recoup::cli {

/// The `recoup-cli` dispatcher: finds the command named first and runs it.
class CommandLine
{
public:
    CommandLine();
    ~CommandLine();

    /// arguments as in argv (the program name first). Returns the exit status.
    int run(const QStringList &arguments, Streams io) const;
    /// Whether the named command lays out papers (Command::paints).
    bool paints(const QString &name) const;

private:
    void printUsage(QTextStream &out) const;
    const Command *find(const QString &name) const;

    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace recoup::cli
