// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

#include <QCoreApplication>

namespace recoup::cli {

/// `recoup-cli outbox BOOK [--retry] [--resend ID] [--cancel ID]`: lists the
/// e-mails of the book and where each stands; --retry sends those queued or
/// failed now; --resend puts back one that failed or is unsure (the owner
/// checked it did not arrive) and sends it; --cancel drops one not sent.
class OutboxCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(OutboxCommand)

public:
    QString name() const override { return QStringLiteral("outbox"); }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, Streams io) const override;
};

} // namespace recoup::cli
