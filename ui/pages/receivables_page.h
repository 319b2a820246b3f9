// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTabWidget>

namespace recoup {

class AgingPage;
class DashboardPage;
class Ledger;

/// The side bar's "Aging": the aging report and the dashboard as two tabs.
class ReceivablesPage final : public QTabWidget
{
    Q_OBJECT
public:
    explicit ReceivablesPage(Ledger &ledger, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ReceivablesPage)

    AgingPage *aging() const { return m_aging; }
    DashboardPage *dashboard() const { return m_dashboard; }

Q_SIGNALS:
    void customerActivated(qint64 customerId);

private:
    AgingPage *m_aging = nullptr;
    DashboardPage *m_dashboard = nullptr;
};

} // namespace recoup
