// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

#include <QCoreApplication>

namespace recoup::cli {

/// `recoup-cli agency refer BOOK DEBT --agency NAME --commission PCT`,
/// `recoup-cli agency collect BOOK DEBT --amount A [--commission-amount A]`,
/// `recoup-cli agency recall BOOK DEBT --reason TEXT` and `recoup-cli agency list BOOK`.
class AgencyCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AgencyCommand)

public:
    QString name() const override { return QStringLiteral("agency"); }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, Streams io) const override;
};

} // namespace recoup::cli
