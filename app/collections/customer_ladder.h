// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collections/collection_policy.h"

#include <QList>

namespace recoup {

/// Which ladder a customer is on.
enum class LadderMode { Standard, Gentle, Paused };

/// A customer's own ladder settings: the ladder, and channels not to use.
struct CustomerLadder
{
    LadderMode mode = LadderMode::Standard;
    QList<Channel> blocked;

    bool isBlocked(Channel channel) const { return blocked.contains(channel); }
    bool operator==(const CustomerLadder &other) const = default;
};

} // namespace recoup
