// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/placeholder_page.h"

#include <QLabel>
#include <QVBoxLayout>

namespace recoup {

PlaceholderPage::PlaceholderPage(const QString &title, const QString &purpose, QWidget *parent) : QWidget(parent)
{
    auto *heading = new QLabel(title, this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    heading->setFont(font);
    auto *text = new QLabel(purpose, this);
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    auto *coming = new QLabel(tr("This page is coming in a later version of Recoup."), this);
    coming->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addWidget(heading);
    layout->addSpacing(8);
    layout->addWidget(text);
    layout->addWidget(coming);
    layout->addStretch();
}

} // namespace recoup
