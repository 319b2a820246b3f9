// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;

namespace recoup {

class Database;

/// Help > About Recoup: the version this program was built as, its licence,
/// and the book open (its path and the version of its format), so a user can
/// say exactly what they run when asking for help.
class AboutDialog final : public QDialog
{
    Q_OBJECT
public:
    /// book: the open book, or null when none is open.
    explicit AboutDialog(const Database *book, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(AboutDialog)

    /// The lines about the program: name and version, purpose, licence, Qt.
    static QString programText();
    /// The lines about the book: its path, its format's version and its audit chain's head.
    static QString bookText(const Database *book);

private:
    QLabel *m_book = nullptr;
};

} // namespace recoup
