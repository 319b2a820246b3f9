// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collections/collection_policy.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace recoup {

class Ledger;

/// The words of the messages each reminder step sends, by channel: a subject
/// (e-mail) and a body with merge fields, shown filled in for a real customer
/// as they are typed (an SMS with its length and parts). Saving checks every
/// field; "Default words" goes back to Recoup's own.
class TemplateEditor final : public QWidget
{
    Q_OBJECT
public:
    explicit TemplateEditor(Ledger &ledger, QWidget *parent = nullptr);

    QComboBox *stepBox() const { return m_step; }
    QComboBox *channelBox() const { return m_channel; }
    QComboBox *customerBox() const { return m_customer; }
    QLineEdit *subjectEdit() const { return m_subject; }
    QPlainTextEdit *bodyEdit() const { return m_body; }
    QTextBrowser *preview() const { return m_preview; }
    QLabel *lengthLabel() const { return m_length; }
    QLabel *messageLabel() const { return m_message; }

public Q_SLOTS:
    /// Reads the steps, customers and the chosen template again from the book.
    void reload();
    bool save();
    void resetToDefault();

private:
    void loadTemplate();
    void updatePreview();
    void insertField(const QString &name);
    LadderStep currentStep() const;
    Channel currentChannel() const;
    void showMessage(const QString &text, bool problem);

    Ledger &m_ledger;
    CollectionPolicy m_policy;
    QComboBox *m_step = nullptr;
    QComboBox *m_channel = nullptr;
    QComboBox *m_customer = nullptr;
    QLineEdit *m_subject = nullptr;
    QLabel *m_subjectLabel = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QListWidget *m_fields = nullptr;
    QTextBrowser *m_preview = nullptr;
    QLabel *m_length = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_state = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_reset = nullptr;
    bool m_loading = false;
};

} // namespace recoup
