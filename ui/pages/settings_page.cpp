// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/settings_page.h"

#include "pages/business_details_editor.h"
#include "pages/contact_limits_editor.h"
#include "pages/mail_settings_editor.h"
#include "pages/policy_editor.h"
#include "pages/template_editor.h"

#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace recoup {

SettingsPage::SettingsPage(Ledger &ledger, QWidget *parent) : QWidget(parent)
{
    auto *heading = new QLabel(tr("Settings"), this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    heading->setFont(font);

    m_tabs = new QTabWidget(this);
    m_policy = new PolicyEditor(ledger, m_tabs);
    m_policy->setObjectName(QStringLiteral("policyEditor"));
    m_tabs->addTab(m_policy, tr("&Reminder steps"));
    m_tabs->addTab(new ContactLimitsEditor(ledger, m_tabs), tr("Contact &limits"));
    m_business = new BusinessDetailsEditor(ledger, m_tabs);
    m_business->setObjectName(QStringLiteral("businessDetails"));
    m_tabs->addTab(m_business, tr("&Business"));
    m_tabs->addTab(new TemplateEditor(ledger, m_tabs), tr("Message tem&plates"));
    m_tabs->addTab(new MailSettingsEditor(ledger, m_tabs), tr("&Outgoing e-mail"));

    auto *coming = new QLabel(tr("Aging buckets, users and backups are coming in a later version of Recoup."), this);
    coming->setWordWrap(true);
    coming->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 12);
    layout->addWidget(heading);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(coming);
}

} // namespace recoup
