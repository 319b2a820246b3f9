// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collections/escalation.h"
#include "core/result.h"

#include <QCoreApplication>

namespace recoup {

class Ledger;

/// Legal steps on a debt (letter before action, claim filed, judgment,
/// enforcement, claim withdrawn) with their dates, references and what each
/// cost the business (a collection cost, apart from the customer's ledger).
/// From the first step until a withdrawal the debt's ladder waits.
class LegalService
{
    Q_DECLARE_TR_FUNCTIONS(LegalService)
public:
    explicit LegalService(Ledger &ledger);

    Result<qint64> record(const LegalStepInput &input);

private:
    Ledger &m_ledger;
};

} // namespace recoup
