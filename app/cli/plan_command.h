// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

#include <QCoreApplication>

namespace recoup::cli {

/// `recoup-cli plan BOOK CUSTOMER --count N --every week|fortnight|month --first DATE [--debt REF]...
/// [--down AMOUNT] [--amounts A,B,...] [--preview]`: turns a customer's open sales into a payment
/// plan, or shows the plan it would make.
class PlanCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(PlanCommand)

public:
    QString name() const override { return QStringLiteral("plan"); }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, Streams io) const override;
};

} // namespace recoup::cli
