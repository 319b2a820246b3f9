// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "messaging/merge_values.h"
#include "messaging/message_template.h"

#include <QJsonObject>
#include <QLocale>
#include <QStringList>

namespace recoup {

class Database;

/// The words Recoup writes in when the owner has not written their own: one
/// set per language (English, Spanish), each a ladder of tones from friendly
/// to formal (a resource file per language, app/messaging/templates). They are
/// what a customer reads, so they follow the book's language (meta key
/// "language"), or the window's when the book names none, not a translation
/// of the window.
class DefaultTemplates
{
public:
    static QStringList languages();
    /// The book's language for messages: "en" or "es".
    static QString languageOf(const Database &db);
    static DefaultTemplates forLanguage(const QString &language);

    /// "friendly", "reminder", "firm", "final" or "legal": how firm a step's words are.
    static QString toneOf(const LadderStep &step);

    const QString &language() const { return m_language; }
    QLocale locale() const;
    /// Dates as the messages write them ("14 March 2026", "14 de marzo de 2026").
    QString date(const QDate &date) const;
    MergeWords words() const;
    /// A word of the "words" section (bank details).
    QString word(const QString &key) const;
    MessageTemplate forStep(const LadderStep &step, Channel channel) const;

private:
    QString m_language;
    QJsonObject m_document;
};

} // namespace recoup
