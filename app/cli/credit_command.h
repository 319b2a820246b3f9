// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

#include <QCoreApplication>

namespace recoup::cli {

/// `recoup-cli credit stop|resume BOOK CUSTOMER --reason TEXT [--date D]`,
/// `recoup-cli credit limit BOOK CUSTOMER AMOUNT|none` and
/// `recoup-cli credit show BOOK CUSTOMER`.
class CreditCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CreditCommand)

public:
    QString name() const override { return QStringLiteral("credit"); }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, Streams io) const override;
};

} // namespace recoup::cli
