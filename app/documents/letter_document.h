// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "aging/customer_statement.h"
#include "core/currency.h"
#include "core/result.h"
#include "documents/letterhead.h"
#include "documents/paper.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QPagedPaintDevice;

namespace recoup {

struct LadderStep;

/// A letter about what a customer owes, on the letterhead and placed for a
/// window envelope: a subject, the paragraphs, the table of the items due (with
/// their days overdue on the letter's date) and how to pay. The wording comes
/// from outside (templates) or from the built-in one for each tone.
class LetterDocument
{
    Q_DECLARE_TR_FUNCTIONS(LetterDocument)

public:
    /// The tone, from friendly to the last word before court.
    enum class Tone { Friendly, Reminder, Firm, FinalDemand, BeforeLegalAction };
    /// What the letter says.
    struct Content
    {
        QString subject;
        QString salutation; ///< "Dear Ana Roux,"
        QStringList paragraphs; ///< plain text, one per paragraph
        QString closing; ///< "Yours sincerely,"
    };

    /// The tone of the letter a ladder step sends.
    static Tone toneFor(const LadderStep &step);
    /// "final_demand" and the like, as the register keeps the kind.
    static QString kindKey(Tone tone);
    /// The built-in wording of a tone for this customer on this date.
    static Content defaultContent(
        Tone tone, const CustomerStatement &account, const BusinessDetails &business, const Currency &currency);

    /// `account` is an open-item statement as of the letter's date.
    LetterDocument(CustomerStatement account, const Letterhead &letterhead, Currency currency, PaperSize size,
        Tone tone, Content content);

    QString title() const;
    QString fileName() const;
    QString bodyHtml() const;
    void print(QPagedPaintDevice &device) const;
    QByteArray pdf() const;
    Result<void> writePdf(const QString &path) const;

private:
    QString money(qint64 minor) const;

    CustomerStatement m_account;
    const Letterhead &m_letterhead;
    Currency m_currency;
    PaperSize m_size;
    Tone m_tone;
    Content m_content;
};

} // namespace recoup
