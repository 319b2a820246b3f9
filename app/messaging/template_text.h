// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "messaging/merge_values.h"

#include <QCoreApplication>
#include <QStringList>

namespace recoup {

/// Where a merged text goes, which decides how values are escaped and how the
/// items due are laid out.
enum class MergeMedium {
    Text, ///< a plain text e-mail or a letter: one line per item
    Html, ///< an e-mail's HTML part or a preview: every value escaped, items as a table
    Short ///< an SMS or WhatsApp message: the items on one line
};

/// The text of a template: plain words with merge fields in braces,
/// "Dear {customer.name}". "{{" and "}}" stand for a brace of their own.
class TemplateText
{
    Q_DECLARE_TR_FUNCTIONS(TemplateText)
public:
    /// Every field a template may use, in the order the editor lists them.
    static QStringList fieldNames();
    /// What a field holds, in words, for the editor.
    static QString fieldDescription(const QString &name);

    /// Whether the text can be saved: every field known and every brace
    /// closed; the message names the first wrong field and where it is
    /// (line and column, from 1).
    static Result<void> check(const QString &text);
    /// The text with its fields filled in for the medium. A text that does
    /// not pass check() keeps its wrong parts as written.
    static QString merge(const QString &text, const MergeValues &values, MergeMedium medium);
    /// The items due alone, laid out for the medium.
    static QString items(const MergeValues &values, MergeMedium medium);
};

} // namespace recoup
