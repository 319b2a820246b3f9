// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QPushButton;

namespace recoup {

class Ledger;

/// What a book with no customers shows instead of an empty list: the three ways
/// to start. Importing from a spreadsheet happens here (the interchange import,
/// as `recoup-cli import` does it); adding a customer and opening the demo book
/// are the window's, asked for by signal.
class WelcomePage final : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(Ledger &ledger, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(WelcomePage)

    QPushButton *importButton() const { return m_import; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *demoButton() const { return m_demo; }
    /// Imports the interchange folder `dir` into the book and says how it went.
    void importFolder(const QString &dir);

Q_SIGNALS:
    void newCustomerRequested();
    void demoRequested();

private:
    /// Asks for the folder holding customers.csv, debts.csv and payments.csv.
    void chooseFolder();

    Ledger &m_ledger;
    QPushButton *m_import = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_demo = nullptr;
};

} // namespace recoup
