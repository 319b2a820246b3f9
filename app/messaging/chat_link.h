// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QUrl>

namespace recoup {

/// A message opened ready to send in the customer's own apps, without a paid
/// gateway: WhatsApp's click-to-chat link (https://wa.me/<number>?text=...)
/// and an sms: link (RFC 5724, sms:<number>?body=...). The number must be in
/// E.164; the text is percent-encoded whole (UTF-8), so nothing in it can
/// change the link.
class ChatLink
{
    Q_DECLARE_TR_FUNCTIONS(ChatLink)
public:
    static Result<QUrl> whatsApp(const QString &e164, const QString &text);
    static Result<QUrl> sms(const QString &e164, const QString &text);
};

} // namespace recoup
