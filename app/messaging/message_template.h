// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collections/collection_policy.h"

#include <QString>

namespace recoup {

/// The words of one message: for a ladder step and a channel (e-mail, SMS,
/// WhatsApp, letter), with merge fields. Only e-mails have a subject.
struct MessageTemplate
{
    QString stepKey;
    Channel channel = Channel::Email;
    QString subject;
    QString body;
    bool edited = false; ///< the book's own words, not the default ones

    bool operator==(const MessageTemplate &other) const = default;
};

} // namespace recoup
