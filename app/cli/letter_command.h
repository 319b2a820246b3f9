// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

#include <QCoreApplication>

namespace recoup::cli {

/// `recoup-cli letter BOOK CUSTOMER --tone TONE [--date YYYY-MM-DD] --out FILE`:
/// a letter about what the customer owes on the date, in the built-in wording
/// of its tone (friendly to before legal action), recorded in the register.
class LetterCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(LetterCommand)

public:
    QString name() const override { return QStringLiteral("letter"); }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, Streams io) const override;
    bool paints() const override { return true; }
};

} // namespace recoup::cli
