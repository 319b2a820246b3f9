// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

#include <QCoreApplication>

namespace recoup::cli {

/// `recoup-cli legal BOOK DEBT --step letter_before_action|claim_filed|judgment|enforcement|withdrawn
/// [--reference R] [--fee A] [--note TEXT] [--date D]`.
class LegalCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(LegalCommand)

public:
    QString name() const override { return QStringLiteral("legal"); }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, Streams io) const override;
};

} // namespace recoup::cli
