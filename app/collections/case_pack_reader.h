// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collections/case_pack.h"
#include "core/result.h"

#include <QCoreApplication>

namespace recoup {

class Collections;

/// Gathers the pack for an agency or a court (CasePack) from the book: the
/// same reads the window and the statements use, as of a date, and the audit
/// records about the customer up to the chain's head, taken in one read
/// transaction so the head and the records agree.
class CasePackReader
{
    Q_DECLARE_TR_FUNCTIONS(CasePackReader)
public:
    explicit CasePackReader(Collections &collections);

    /// The pack for a customer, or for one of its debts (`debtId`, 0: the whole
    /// account), as of a date. A debt of another customer, or a date before
    /// the customer's first sale is fine to ask; a debt of another customer is
    /// refused with a message naming both.
    Result<CasePack> read(qint64 customerId, qint64 debtId, const QDate &asOf) const;

private:
    Collections &m_collections;
};

} // namespace recoup
