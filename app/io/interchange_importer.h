// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "io/import_problem.h"
#include "io/interchange_dataset.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace recoup {

class Ledger;

/// What an import did, or why it did nothing.
struct ImportReport
{
    /// Every problem found; when there is any, nothing was written.
    QList<ImportProblem> problems;
    /// Worth saying, but not in the way (files of other names).
    QList<ImportProblem> warnings;
    int customers = 0;
    int debts = 0;
    int payments = 0;

    bool ok() const { return problems.isEmpty(); }
};

/// Imports an interchange folder (docs: interchange-csv.md) into a book: checks
/// everything first, then writes all of it as the Ledger would (BulkLedgerWriter) in one
/// transaction, replaying the lines in date order so that the books as of any
/// past date read as they did that day. All or nothing.
class InterchangeImporter
{
    Q_DECLARE_TR_FUNCTIONS(InterchangeImporter)
public:
    explicit InterchangeImporter(Ledger &ledger);

    ImportReport importFolder(const QString &dir);

private:
    /// Writes a checked dataset; on failure the transaction is rolled back, and
    /// when a line broke a rule of the books, `located` says where. The rows go
    /// straight into the book's file when nothing else has it open and
    /// `mayGoDirect` (Database::goDirect).
    Result<void> write(const InterchangeDataset &data, std::optional<ImportProblem> &located, bool mayGoDirect = true);

    Ledger &m_ledger;
};

} // namespace recoup
