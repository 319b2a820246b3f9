// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

#include <QCoreApplication>

namespace recoup {
struct VerifyReport;
}

namespace recoup::cli {

/// `recoup-cli verify BOOK`: the audit chain and every cached total, checked against the entries.
class VerifyCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(VerifyCommand)

public:
    QString name() const override { return QStringLiteral("verify"); }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, Streams io) const override;

private:
    /// From when the rows are bound into the chain, in words.
    static QString bound(const VerifyReport &report);
};

} // namespace recoup::cli
