// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace recoup {

/// A page that is not built yet: its title, what it will do, and that it is
/// coming. No sample figures, so nobody mistakes it for their books.
class PlaceholderPage final : public QWidget
{
    Q_OBJECT
public:
    PlaceholderPage(const QString &title, const QString &purpose, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(PlaceholderPage)
};

} // namespace recoup
