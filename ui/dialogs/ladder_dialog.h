// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collections/collection_policy.h"

#include <QDialog>
#include <QMap>

class QCheckBox;
class QLabel;
class QPushButton;
class QRadioButton;

namespace recoup {

class Collections;

/// How one customer is chased: the book's ladder, a gentler one, or none for
/// now; and the channels not to use ("do not call", "no WhatsApp").
class LadderDialog final : public QDialog
{
    Q_OBJECT
public:
    LadderDialog(Collections &collections, qint64 customerId, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(LadderDialog)

private:
    void save();

    Collections &m_collections;
    qint64 m_customerId = 0;
    QRadioButton *m_standard = nullptr;
    QRadioButton *m_gentle = nullptr;
    QRadioButton *m_paused = nullptr;
    QMap<Channel, QCheckBox *> m_blocked;
    QLabel *m_message = nullptr;
};

} // namespace recoup
