// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QTabWidget;

namespace recoup {

class BusinessDetailsEditor;
class Ledger;
class PolicyEditor;

/// Settings: one tab per part of the book the owner sets up. The reminder
/// steps, contact limits and business details are built; the parts not built
/// yet are named as coming.
class SettingsPage final : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsPage(Ledger &ledger, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    PolicyEditor *policyEditor() const { return m_policy; }
    BusinessDetailsEditor *businessEditor() const { return m_business; }

private:
    QTabWidget *m_tabs = nullptr;
    PolicyEditor *m_policy = nullptr;
    BusinessDetailsEditor *m_business = nullptr;
};

} // namespace recoup
