// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "io/demo_generator.h"

#include <QCoreApplication>

namespace recoup {

class Clock;
class Currency;

/// A demo book file, made whole or not at all: `recoup-cli demo` and the
/// window's first-run page both make it here.
class DemoBook
{
    Q_DECLARE_TR_FUNCTIONS(DemoBook)
public:
    /// Makes a new book at `path` filled by DemoGenerator, its entries recorded
    /// at the clock's time. The book is made under a working name beside it and
    /// renamed when whole, so a demo stopped half-way (killed, power cut) leaves
    /// no book to refuse a rerun; a rerun clears what the stopped one left. An
    /// existing file is refused and left alone.
    static Result<DemoSummary> create(
        const QString &path, const Currency &currency, const Clock &clock, const DemoOptions &options);
};

} // namespace recoup
