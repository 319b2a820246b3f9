// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

namespace recoup::cli {

/// Where a command writes: its normal output and its error messages.
struct Streams
{
    QTextStream &out;
    QTextStream &err;
};

/// One `recoup-cli NAME ...` command. Each lives in its own file pair.
class Command
{
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    /// One line for `recoup-cli --help`.
    virtual QString summary() const = 0;
    /// Declares the command's options and positional arguments.
    virtual void configure(QCommandLineParser &parser) const = 0;
    /// Runs with parsed arguments; returns the exit status (0 ok, 1 problems, 2 usage).
    virtual int run(const QCommandLineParser &parser, Streams io) const = 0;
    /// Whether the command lays out papers (fonts, images): it then runs on a
    /// QGuiApplication, offscreen unless a platform is named.
    virtual bool paints() const { return false; }
};

} // namespace recoup::cli
