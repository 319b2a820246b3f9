// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collections/customer_ladder.h"
#include "core/result.h"

#include <QCoreApplication>

namespace recoup {

class Ledger;

/// Sets a customer's own ladder (standard, gentler, paused) and the channels
/// not to use, with an audit record of what was set.
class LadderSettings
{
    Q_DECLARE_TR_FUNCTIONS(LadderSettings)
public:
    explicit LadderSettings(Ledger &ledger);

    Result<void> set(qint64 customerId, const CustomerLadder &ladder);

private:
    Ledger &m_ledger;
};

} // namespace recoup
