// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace recoup {

/// One item due, as a message lists it: every value already written out in
/// the message's language.
struct MergeItem
{
    QString ref;
    QString description;
    QString issueDate;
    QString dueDate;
    QString daysOverdue;
    QString amount;
    QString open;
};

/// The words the list of items is written with, in the message's language.
struct MergeWords
{
    QString ref;
    QString dueDate;
    QString daysOverdue;
    QString open;
    /// One item in a text: "{ref}, due {due_date}: {open}" (fields of MergeItem).
    QString itemLine;
    /// One item in an SMS or WhatsApp message, shorter.
    QString itemShort;
};

/// What a template's fields are filled with: each field's text as it reads
/// (amounts and dates written out), and the items due for {items}.
struct MergeValues
{
    QHash<QString, QString> fields;
    QList<MergeItem> items;
    MergeWords words;
};

} // namespace recoup
