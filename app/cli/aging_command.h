// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

#include <QCoreApplication>

namespace recoup {
class AgingReport;
class Currency;
} // namespace recoup

namespace recoup::cli {

/// `recoup-cli aging BOOK [--as-of D] [--by due|issue] [--buckets 30,60,90] [--format table|csv|json]`.
class AgingCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AgingCommand)

public:
    QString name() const override { return QStringLiteral("aging"); }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, Streams io) const override;

private:
    static void printTable(const AgingReport &report, const Currency &currency, QTextStream &out);
};

} // namespace recoup::cli
