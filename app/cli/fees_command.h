// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

#include <QCoreApplication>

namespace recoup {
class Currency;
struct FeePlan;
} // namespace recoup

namespace recoup::cli {

/// `recoup-cli fees BOOK [--date D] [--post] [--format table|csv|json]`: the late
/// fees and interest due as of a date, previewed or posted; `fees waive BOOK
/// --fee REF --reason TEXT` waives one; `fees terms BOOK CUSTOMER [book|none|FILE]`
/// shows or sets a customer's own terms.
class FeesCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(FeesCommand)

public:
    QString name() const override { return QStringLiteral("fees"); }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, Streams io) const override;

    /// The CSV: header
    /// `customer_ref,debt_ref,kind,period,period_from,period_to,days_past_due,basis,amount,item_ref,due_date`.
    static QByteArray csv(const FeePlan &plan, const Currency &currency);
    static QByteArray json(const FeePlan &plan, const Currency &currency, bool posted);
    static void printTable(const FeePlan &plan, const Currency &currency, QTextStream &out);

private:
    int runPlan(const QCommandLineParser &parser, const QStringList &args, Streams io) const;
    int runWaive(const QCommandLineParser &parser, const QStringList &args, Streams io) const;
    int runTerms(const QStringList &args, Streams io) const;
};

} // namespace recoup::cli
