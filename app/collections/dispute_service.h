// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collections/dispute.h"
#include "core/result.h"

#include <QCoreApplication>

namespace recoup {

class Ledger;

/// Opens and resolves disputes. An open dispute pauses its debt's ladder; one
/// resolved for the customer concedes the amount with an adjustment entry
/// (through the ledger's entry writer), in the same transaction.
class DisputeService
{
    Q_DECLARE_TR_FUNCTIONS(DisputeService)
public:
    explicit DisputeService(Ledger &ledger);

    Result<qint64> open(const DisputeInput &input);
    Result<void> resolve(const DisputeResolution &resolution);

private:
    Ledger &m_ledger;
};

} // namespace recoup
