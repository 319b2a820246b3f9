// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collections/contact.h"
#include "core/result.h"

#include <QCoreApplication>

namespace recoup {

class Ledger;

/// Logs calls, visits, letters and messages: append-only, each with its audit record.
class ContactLog
{
    Q_DECLARE_TR_FUNCTIONS(ContactLog)
public:
    explicit ContactLog(Ledger &ledger);

    /// Checks and logs a contact in its own transaction (or the caller's).
    Result<qint64> log(const ContactInput &input);

private:
    Ledger &m_ledger;
};

} // namespace recoup
