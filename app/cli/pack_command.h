// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

#include <QCoreApplication>

namespace recoup::cli {

/// `recoup-cli pack BOOK CUSTOMER [--debt REF] [--as-of DATE] --out DIR`: the
/// pack for a collection agency or a court (one PDF and its CSV files), recorded
/// in the register of what was sent.
class PackCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(PackCommand)

public:
    QString name() const override { return QStringLiteral("pack"); }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, Streams io) const override;
    bool paints() const override { return true; }
};

} // namespace recoup::cli
