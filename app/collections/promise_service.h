// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collections/promise.h"
#include "core/result.h"

#include <QCoreApplication>

namespace recoup {

class Ledger;

/// Records promises to pay: never for more than the promised debts have open,
/// append-only, each with its audit record.
class PromiseService
{
    Q_DECLARE_TR_FUNCTIONS(PromiseService)
public:
    explicit PromiseService(Ledger &ledger);

    Result<qint64> record(const PromiseInput &input);

private:
    Ledger &m_ledger;
};

} // namespace recoup
