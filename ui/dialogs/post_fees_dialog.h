// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collections/fee_run.h"

#include <QDialog>

#include <memory>

namespace Ui {
class PostFeesDialog;
}

class QPushButton;

namespace recoup {

class Collections;
class FeePlanModel;
class Ledger;

/// "Post late fees": the late fees and interest due today, previewed in a
/// table (for one customer, or the whole book), posted as shown with Enter.
/// If the book changed since the preview, nothing is posted and the new
/// preview is shown.
class PostFeesDialog final : public QDialog
{
    Q_OBJECT
public:
    /// With a customer, the preview starts with that customer's charges only.
    PostFeesDialog(Ledger &ledger, Collections &collections, qint64 customerId = 0, const QString &customerName = {},
        QWidget *parent = nullptr);
    ~PostFeesDialog() override;
    Q_DISABLE_COPY_MOVE(PostFeesDialog)

    FeePlanModel *model() const { return m_model; }
    /// What was posted, once the dialog is accepted.
    const FeePlan &posted() const { return m_posted; }

private:
    void refresh();
    void post();

    Ledger &m_ledger;
    Collections &m_collections;
    std::unique_ptr<Ui::PostFeesDialog> m_ui;
    qint64 m_customerId = 0;
    FeePlanModel *m_model = nullptr;
    QPushButton *m_post = nullptr;
    FeePlan m_posted;
};

} // namespace recoup
