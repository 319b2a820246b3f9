// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QDate>

#include <memory>

class QRandomGenerator;

namespace recoup {

class Collections;
class Ledger;

/// What the demo's collections story did.
class Worklist;
struct WorkTask;

struct DemoStorySummary
{
    int contacts = 0;
    int promises = 0;
    int disputes = 0;
    int tasksDone = 0;
    int fees = 0; ///< late fees and interest charged
    int plans = 0;
    int escalations = 0; ///< debts with an agency, in legal or written off, and credit stopped
};

/// The collections side of the demo book, told over the sales and payments the
/// demo generator made, so every collections screen has something true to
/// show: weeks of reminders sent and calls made (the last week left to do, so
/// Today has work), late fees on the shop's terms, two payment plans (one on
/// track, one broken), a debt with an agency, one in legal, one written off and
/// partly recovered, a customer whose credit is stopped, promises kept, broken and still to come, an open dispute
/// and one resolved for the customer, follow-ups, and one old sale chased all the
/// way to a write-off, so its timeline shows every kind of event. Everything goes through the
/// collections services, dated in the past as a shop would have recorded it.
class DemoCollectionsStory
{
    Q_DECLARE_TR_FUNCTIONS(DemoCollectionsStory)
public:
    DemoCollectionsStory(Ledger &ledger, QRandomGenerator &rng);
    ~DemoCollectionsStory();
    Q_DISABLE_COPY_MOVE(DemoCollectionsStory)

    Result<DemoStorySummary> tell(const QDate &today);

private:
    Result<void> lateFeeTerms();
    Result<void> oneLongChase(const QDate &today);
    static const WorkTask *taskFor(const Worklist &list, qint64 debtId);
    Result<void> escalations(const QDate &today);
    Result<void> paymentPlans(const QDate &today);
    Result<void> promisesAndDisputes(const QDate &today);
    /// The shop working its list once a week, from `weeks` weeks ago to last week.
    Result<void> weeklyRounds(const QDate &today, int weeks);
    Result<void> logCall(qint64 customerId, qint64 debtId, const QDate &day, int roll);

    Ledger &m_ledger;
    QRandomGenerator &m_rng;
    std::unique_ptr<Collections> m_collections;
    DemoStorySummary m_summary;
};

} // namespace recoup
