// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "aging/statement_reader.h"
#include "core/result.h"
#include "messaging/mime_message.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

namespace recoup {

class Ledger;
struct LadderStep;

/// The paper a ladder step's e-mail carries: the letter that step would print
/// (LetterDocument in the step's tone, with its built-in words, on the
/// letterhead), dated the day it is queued, as a PDF named
/// "reminder-<customer ref>-<date>.pdf". The book is read once per day asked.
class ReminderLetter
{
    Q_DECLARE_TR_FUNCTIONS(ReminderLetter)
public:
    explicit ReminderLetter(Ledger &ledger);

    /// The letter for one customer as of `asOf`; none when the customer owes
    /// nothing that day (a credit covers it all), as no letter is written then.
    Result<QList<MailAttachment>> attachments(const LadderStep &step, qint64 customerId, const QDate &asOf);

    /// "reminder-C1-2026-03-14.pdf": the reference with only letters, digits, '_', '.' and '-'.
    static QString fileName(const QString &customerRef, const QDate &date);

private:
    Ledger &m_ledger;
    std::optional<StatementReader> m_reader;
    QDate m_readerDate;
};

} // namespace recoup
