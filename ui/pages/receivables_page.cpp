// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/receivables_page.h"

#include "pages/aging_page.h"
#include "pages/dashboard_page.h"

namespace recoup {

ReceivablesPage::ReceivablesPage(Ledger &ledger, QWidget *parent) : QTabWidget(parent)
{
    m_aging = new AgingPage(ledger, this);
    m_dashboard = new DashboardPage(ledger, this);
    addTab(m_aging, tr("Aging &report"));
    addTab(m_dashboard, tr("Dash&board"));
    setDocumentMode(true);
    connect(m_aging, &AgingPage::customerActivated, this, &ReceivablesPage::customerActivated);
    connect(m_dashboard, &DashboardPage::customerActivated, this, &ReceivablesPage::customerActivated);
}

} // namespace recoup
