// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QStringList>

#include <optional>

namespace recoup {

class Database;
class Ledger;

/// One closing or reopening of the books, as its audit record keeps it.
struct PeriodChange
{
    qint64 record = 0; ///< the audit record
    bool close = true; ///< closed (else reopened)
    QDate from; ///< closed through before (invalid: nothing was closed)
    QDate to; ///< closed through after (invalid: nothing is closed)
    QString reason; ///< why it was reopened
    QDateTime recordedAt;
    QString recordedBy;
};

/// Closes the books through a day, or reopens them: no entry dated on or
/// before the closed day can be made from any door (BookRules::checkOpen). The
/// closed day is kept in the book's meta ("closed_through") for the doors to
/// read, and each change is an audit record by the ledger's user, saying from
/// which day to which (a reopening, why), in one transaction with the meta.
/// The chain is what counts: verify() checks the meta against it, and that no
/// entry was made in a closed period.
class PeriodClose
{
    Q_DECLARE_TR_FUNCTIONS(PeriodClose)
public:
    explicit PeriodClose(Ledger &ledger);

    static QString metaKey() { return QStringLiteral("closed_through"); }
    static QString closeAction() { return QStringLiteral("close_period"); }
    static QString reopenAction() { return QStringLiteral("reopen_period"); }

    /// The last closed day (invalid when nothing is closed).
    QDate closedThrough() const;
    /// The last closing or reopening (none when the books were never closed).
    Result<std::optional<PeriodChange>> lastChange() const;

    /// Closes the books through `through`: a day up to today, after the day
    /// they are closed through now.
    Result<void> close(const QDate &through);
    /// Reopens the books after `keepThrough` (an earlier day than the one they
    /// are closed through), or entirely when it is invalid; the reason is kept.
    Result<void> reopen(const QDate &keepThrough, const QString &reason);

    /// What verify finds: the meta's closed day differing from the last record
    /// that closed or reopened the books, and entries made while their date was
    /// closed. One line each (empty: all agrees). Read-only.
    static QStringList verify(Database &db);

private:
    Result<void> change(const QDate &from, const QDate &to, const QString &reason);
    void announce();

    Ledger &m_ledger;
};

} // namespace recoup
