// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

#include <QCoreApplication>

namespace recoup::cli {

/// `recoup-cli remind BOOK --send-due`: sends, once, the e-mails the ladder
/// says are due today (each step's message with the step's letter as a PDF,
/// the step recorded done), then whatever the outbox has due; a second run
/// sends nothing twice. Says what is left to do by hand (other channels,
/// steps to approve, no address).
class RemindCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RemindCommand)

public:
    QString name() const override { return QStringLiteral("remind"); }
    QString summary() const override;
    bool paints() const override { return true; }
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, Streams io) const override;
};

} // namespace recoup::cli
