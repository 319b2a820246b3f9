// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collections/case_pack.h"
#include "core/currency.h"
#include "documents/letterhead.h"
#include "documents/paper.h"

#include <QCoreApplication>
#include <QString>

class QPagedPaintDevice;

namespace recoup {

/// The pack for a collection agency or a court on paper: a cover on the
/// letterhead (the customer, what is owed and overdue, the account in a
/// paragraph of plain words, the contents and the audit chain's head), then
/// one numbered section each for the open items, the contact log, promises,
/// disputes, payment plans, escalation, the papers sent and the extract of the
/// audit chain. Tables repeat their heading on each page they run onto; every
/// page says what it belongs to and "Page X of Y".
class PackDocument
{
    Q_DECLARE_TR_FUNCTIONS(PackDocument)

public:
    PackDocument(CasePack pack, const Letterhead &letterhead, Currency currency, PaperSize size);

    QString title() const;
    /// "pack-C-00012-2026-03-14" (with the sale's reference for a debt's pack): the PDF's name without ".pdf", and the
    /// CSV folder's.
    QString baseName() const;
    /// The account in a paragraph of plain words, as the cover gives it.
    QString summary() const;
    QString bodyHtml() const;
    void print(QPagedPaintDevice &device) const;
    QByteArray pdf() const;

    /// What an escalation step, a promise's state, a dispute are called on paper.
    static QString escalationLabel(const CollectionEvent &event);
    static QString promiseStateLabel(PromiseState state);

private:
    QString money(qint64 minor) const;
    QString coverHtml() const;
    QString statementHtml() const;
    QString contactsHtml() const;
    QString promisesHtml() const;
    QString disputesHtml() const;
    QString plansHtml() const;
    QString escalationHtml() const;
    QString documentsHtml() const;
    QString auditHtml() const;
    QString sectionTitle(int number, const QString &title) const;
    QString noneHtml() const;

    CasePack m_pack;
    const Letterhead &m_letterhead;
    Currency m_currency;
    PaperSize m_size;
};

} // namespace recoup
