// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collections/case_pack.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

namespace recoup {

class Currency;

/// The pack for an agency or a court as CSV, one file per section, each with a
/// header row: RFC 4180 as CsvWriter writes it (UTF-8, quoted when needed),
/// dates as YYYY-MM-DD, times as ISO 8601 UTC, amounts as the interchange
/// format writes them ("1234.50"), states and channels as lower-case keys.
class CasePackCsv
{
public:
    /// The files in the order of the PDF's sections: summary.csv,
    /// statement.csv, contacts.csv, promises.csv, disputes.csv, plans.csv,
    /// escalation.csv, documents.csv, audit.csv; each its name and bytes.
    static QList<std::pair<QString, QByteArray>> files(const CasePack &pack, const Currency &currency);

    static QString promiseStateKey(PromiseState state);
    static QString disputeOutcomeKey(DisputeOutcome outcome);
    static QString planStateKey(PlanState state);
    /// "credit_stopped", "agency_referred", "legal" ...
    static QString escalationKey(CollectionEvent::Kind kind);
};

} // namespace recoup
