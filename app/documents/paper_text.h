// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

class QTextDocument;

namespace recoup {

/// What every paper writes the same way: dates in words ("14 March 2026")
/// and in short ("14/03/2026") in the user's language, and the font.
class PaperText
{
    Q_DECLARE_TR_FUNCTIONS(PaperText)
public:
    static QString date(const QDate &date);
    static QString shortDate(const QDate &date);
    /// The font and settings a paper's QTextDocument starts from.
    static void prepare(QTextDocument &document);
    /// The audit chain's head (AuditLog::headText, as the paper was made),
    /// small at the foot of a paper: what `recoup-cli verify --head` takes.
    /// Empty when the book has no chain yet. `roll`: for an 80 mm receipt.
    static QString chainHeadHtml(const QString &head, bool roll = false);
};

} // namespace recoup
