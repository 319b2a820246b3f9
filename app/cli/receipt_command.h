// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

#include <QCoreApplication>

namespace recoup::cli {

/// `recoup-cli receipt BOOK PAYMENT_REF --out FILE [--roll]`: the receipt of a
/// payment as a PDF, on a sheet (A4, or Letter in the countries that use it)
/// or on an 80 mm roll.
class ReceiptCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptCommand)

public:
    QString name() const override { return QStringLiteral("receipt"); }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, Streams io) const override;
    bool paints() const override { return true; }
};

} // namespace recoup::cli
