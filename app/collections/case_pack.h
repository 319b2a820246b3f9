// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "aging/customer_statement.h"
#include "collections/collection_event.h"
#include "collections/contact.h"
#include "collections/dispute.h"
#include "collections/document_register.h"
#include "collections/payment_plan.h"
#include "collections/promise.h"
#include "ledger/audit_extract.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace recoup {

/// What a shop hands a collection agency or a court about a customer (or one
/// of its debts) as of a date: the open items, every contact, promise,
/// dispute, payment plan and escalation step, the papers sent with their
/// SHA-256, and the audit records about the customer's rows with the chain's
/// head when the pack was made, so a reader can check them against the book.
struct CasePack
{
    /// A step of escalation (credit stopped, agency, legal) with the debt it is about.
    struct Escalation
    {
        CollectionEvent event;
        QString debtRef; ///< empty for a step about the whole account (credit stopped)
    };

    Customer customer;
    qint64 debtId = 0; ///< 0: the whole account
    QString debtRef;
    QDate asOf;
    QDateTime madeAt; ///< UTC
    QString madeBy;

    /// The open-item statement as of the date (only the debt's items for a debt's pack).
    CustomerStatement statement;
    qint64 owed = 0; ///< what is open on the date (the debt's, or the account's balance)
    qint64 overdue = 0; ///< of which past due on the date
    qint64 oldestDaysPastDue = 0;

    QList<Contact> contacts; ///< oldest first, up to the date
    QList<Promise> promises; ///< made up to the date, as of it
    QList<Dispute> disputes; ///< opened up to the date; a resolution after it is left out
    QList<PaymentPlan> plans; ///< made up to the date, as of it
    QList<Escalation> escalation; ///< oldest first, up to the date
    QList<SentDocument> documents; ///< the register's lines for the customer, up to the date
    QHash<qint64, QString> debtRefs; ///< the customer's debts' references, by id

    QList<AuditExtract::Line> audit; ///< every record about the customer's rows, up to the head
    qint64 headId = 0; ///< the chain's last record when the pack was made
    QString headHash; ///< its whole hash
    QString head; ///< "N:HASH", as `recoup-cli verify BOOK --head` takes it

    /// "C-00012" or "C-00012 · S-1041": what the pack is about.
    QString subject() const
    {
        return debtRef.isEmpty() ? customer.details.ref : customer.details.ref + QStringLiteral(" · ") + debtRef;
    }
};

} // namespace recoup
