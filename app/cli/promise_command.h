// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

#include <QCoreApplication>

namespace recoup::cli {

/// `recoup-cli promise BOOK CUSTOMER AMOUNT DATE [--debt REF]...`: records a promise to pay.
class PromiseCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(PromiseCommand)

public:
    QString name() const override { return QStringLiteral("promise"); }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, Streams io) const override;
};

} // namespace recoup::cli
