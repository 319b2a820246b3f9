// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collections/collection_policy.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QDate>

namespace recoup {

class Database;

/// What the top of Today says: the money expected over the next four weeks
/// (promises not yet kept, what is left of each; installments of payment plans
/// on track, what is open on each) and what was collected since
/// the start of the week, both as of a date and from the books alone.
struct CollectionOutlook
{
    Q_DECLARE_TR_FUNCTIONS(CollectionOutlook)
public:
    static constexpr int ExpectedDays = 28;

    QDate asOf;
    QDate weekStart; ///< the Monday of asOf's week
    qint64 expected = 0;
    int promises = 0; ///< how many promises the expected money comes from
    qint64 fromInstallments = 0; ///< the part of `expected` that installments are to bring
    int installments = 0; ///< how many installments
    qint64 collected = 0; ///< payments effective weekStart..asOf, less those reversed by asOf

    static Result<CollectionOutlook> compute(Database &db, const CollectionPolicy &policy, const QDate &asOf);
};

} // namespace recoup
