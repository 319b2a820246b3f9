// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/reminder_letter.h"

#include "collections/collection_policy.h"
#include "db/database.h"
#include "documents/letter_document.h"
#include "documents/letterhead.h"
#include "documents/paper.h"
#include "ledger/business_details.h"
#include "ledger/ledger.h"

#include <QRegularExpression>

namespace recoup {

ReminderLetter::ReminderLetter(Ledger &ledger) : m_ledger(ledger) { }

QString ReminderLetter::fileName(const QString &customerRef, const QDate &date)
{
    QString ref = customerRef;
    ref.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]")), QStringLiteral("_"));
    return QStringLiteral("reminder-%1-%2.pdf").arg(ref, date.toString(Qt::ISODate));
}

Result<QList<MailAttachment>> ReminderLetter::attachments(const LadderStep &step, qint64 customerId, const QDate &asOf)
{
    Database &db = m_ledger.database();
    if (!m_reader || m_readerDate != asOf) {
        auto reader = StatementReader::prepare(db, StatementKind::OpenItem, asOf, asOf);
        if (!reader)
            return reader.failure();
        m_reader.emplace(std::move(reader.value()));
        m_readerDate = asOf;
    }
    auto account = m_reader->statement(customerId);
    if (!account)
        return account.failure();
    if (account->amountDue() <= 0)
        return QList<MailAttachment>{};
    const BusinessDetails business = BusinessDetails::load(db);
    const Letterhead letterhead(business);
    const LetterDocument::Tone tone = LetterDocument::toneFor(step);
    const LetterDocument letter(account.value(), letterhead, db.currency(),
        Paper::forCountry(business.value(BusinessDetails::Country)), tone,
        LetterDocument::defaultContent(tone, account.value(), business, db.currency()));
    return QList<MailAttachment>{ { fileName(account->customer.details.ref, asOf), QStringLiteral("application/pdf"),
        letter.pdf() } };
}

} // namespace recoup
