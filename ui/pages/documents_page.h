// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>

class QButtonGroup;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace recoup {

class Ledger;
class OutboxView;
class StatementRun;

/// Documents: the month's statements for every customer with a balance, made
/// on a thread of their own with a progress bar and Cancel; below, on two
/// tabs, the register of every paper and message sent, with the SHA-256 of
/// each, and the outbox of e-mails (OutboxView).
class DocumentsPage final : public QWidget
{
    Q_OBJECT
public:
    explicit DocumentsPage(Ledger &ledger, QWidget *parent = nullptr);
    ~DocumentsPage() override;
    Q_DISABLE_COPY_MOVE(DocumentsPage)

    QDateEdit *monthEdit() const { return m_month; }
    QComboBox *kindCombo() const { return m_kind; }
    QLineEdit *folderEdit() const { return m_folder; }
    QPushButton *makeButton() const { return m_make; }
    QPushButton *cancelButton() const { return m_cancel; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *statusLabel() const { return m_status; }
    QTableWidget *registerTable() const { return m_register; }
    /// The tabs of the register and the outbox.
    QTabWidget *listTabs() const { return m_lists; }
    OutboxView *outboxView() const { return m_outbox; }
    /// Whether a batch is running.
    bool isRunning() const { return m_run != nullptr; }
    /// Sets one file for all statements (else one per customer).
    void setOneFile(bool oneFile);

    void makeStatements();
    void cancelStatements();
    /// Reads the register again.
    void refreshRegister();

Q_SIGNALS:
    /// A batch ended (written, cancelled or failed); the status label says how.
    void runEnded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void chooseFolder();
    void runEnd(int written, int total, bool cancelled, const QStringList &files, const QString &error);

    Ledger &m_ledger;
    QDateEdit *m_month = nullptr;
    QComboBox *m_kind = nullptr;
    QButtonGroup *m_output = nullptr;
    QLineEdit *m_folder = nullptr;
    QPushButton *m_make = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QTableWidget *m_register = nullptr;
    QTabWidget *m_lists = nullptr;
    OutboxView *m_outbox = nullptr;
    std::unique_ptr<StatementRun> m_run;
};

} // namespace recoup
