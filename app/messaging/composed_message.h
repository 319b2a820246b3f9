// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collections/collection_policy.h"

#include <QString>

namespace recoup {

/// A message with its fields filled in, ready for its channel: an e-mail's
/// subject, plain text and HTML; an SMS's or WhatsApp message's text; a
/// letter's text (and HTML, for showing it).
struct ComposedMessage
{
    Channel channel = Channel::Email;
    QString subject;
    QString text;
    QString html;
};

} // namespace recoup
