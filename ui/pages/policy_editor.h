// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collections/collection_policy.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace recoup {

class Collections;
class Ledger;
class PolicyStepsModel;
struct ChangeSet;

/// The collection policy, edited: the ladder's steps (day, name, action,
/// channel, approval), the days of grace of a promise and how much later the
/// gentler ladder is. Nothing is written until Save; the whole policy is
/// checked first and a mistake is named. Export and import use the documented
/// JSON file.
class PolicyEditor final : public QWidget
{
    Q_OBJECT
public:
    explicit PolicyEditor(Ledger &ledger, QWidget *parent = nullptr);
    ~PolicyEditor() override;
    Q_DISABLE_COPY_MOVE(PolicyEditor)

    QTableView *table() const { return m_table; }
    PolicyStepsModel *model() const { return m_model; }
    QSpinBox *graceDays() const { return m_grace; }
    QLabel *messageLabel() const { return m_message; }
    /// Whether something was edited and not saved.
    bool isModified() const;

    /// Reads the book's policy again, dropping unsaved edits.
    void load();
    /// Checks and saves what is shown; false (with the reason shown) when refused.
    bool save();
    void addStep();
    void removeStep();
    /// The default ladder in the editor (saved only with Save).
    void useDefault();
    /// Writes the policy as saved in the book to a file; reads one into the book.
    bool exportTo(const QString &path);
    bool importFrom(const QString &path);

private:
    QWidget *buildButtons();
    void show(const CollectionPolicy &policy);
    CollectionPolicy edited() const;
    void setMessage(const QString &text, bool problem);
    void updateButtons();
    void booksChanged(const ChangeSet &changes);
    void chooseExportFile();
    void chooseImportFile();

    Ledger &m_ledger;
    std::unique_ptr<Collections> m_collections;
    CollectionPolicy m_saved;
    PolicyStepsModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QSpinBox *m_grace = nullptr;
    QSpinBox *m_gentle = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_undo = nullptr;
    QPushButton *m_remove = nullptr;
    bool m_settingsEdited = false;
};

} // namespace recoup
