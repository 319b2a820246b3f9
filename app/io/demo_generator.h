// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "io/demo_collections_story.h"

#include <QCoreApplication>
#include <QDate>

namespace recoup {

class Ledger;

/// What the demo book should hold.
struct DemoOptions
{
    int customers = 200;
    quint32 seed = 1;
    /// The dates are spread over the 18 months before this day; invalid = the ledger clock's today.
    QDate today;
};

/// What was made.
struct DemoSummary
{
    int customers = 0;
    int debts = 0;
    int payments = 0;
    int reversals = 0;
    DemoStorySummary story;
};

/// Fills a book with a typical shop's customers, credit sales and payments:
/// people and shops with accented names (no name given to more than two
/// customers; namesakes have different phones), phones, some e-mails and
/// addresses; sales over the last 18 months, more of them before Christmas and
/// fewer after; most customers paying within their terms, some late, a few
/// slow or stopped (the long-overdue and bad debts), some with credit, a few
/// bounced cheques and other reversed entries. About a quarter of what is owed
/// is overdue. Everything goes through the Ledger, in one transaction, and the
/// same seed and day give the same book.
class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)

public:
    explicit DemoGenerator(Ledger &ledger);

    Result<DemoSummary> generate(const DemoOptions &options);

private:
    Ledger &m_ledger;
};

} // namespace recoup
