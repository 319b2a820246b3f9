// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

#include <QCoreApplication>

namespace recoup {
class Currency;
class Worklist;
} // namespace recoup

namespace recoup::cli {

/// `recoup-cli worklist BOOK [--date D] [--format table|csv|json]`: what needs
/// doing as of a date, one line per debt of each task.
class WorklistCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(WorklistCommand)

public:
    QString name() const override { return QStringLiteral("worklist"); }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, Streams io) const override;

    /// The CSV: header `customer_ref,debt_ref,step,action,days_past_due,open_amount,reason`, one line per debt.
    static QByteArray csv(const Worklist &list, const Currency &currency);
    static QByteArray json(const Worklist &list, const Currency &currency);
    static void printTable(const Worklist &list, const Currency &currency, QTextStream &out);
};

} // namespace recoup::cli
