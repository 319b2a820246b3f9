// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

#include <QCoreApplication>

namespace recoup::cli {

/// `recoup-cli close BOOK --through YYYY-MM-DD [--by NAME]`: closes the books
/// through a day (PeriodClose), with an audit record of who closed them.
class CloseCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CloseCommand)

public:
    QString name() const override { return QStringLiteral("close"); }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, Streams io) const override;
};

} // namespace recoup::cli
