// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

#include <QCoreApplication>

namespace recoup::cli {

/// `recoup-cli contact BOOK CUSTOMER --channel C --outcome O [...]`: logs a call, visit, letter or message.
class ContactCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ContactCommand)

public:
    QString name() const override { return QStringLiteral("contact"); }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, Streams io) const override;
};

} // namespace recoup::cli
