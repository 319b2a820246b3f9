// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "messaging/message_composer.h"

#include "ledger/ledger.h"
#include "messaging/default_templates.h"
#include "messaging/merge_data.h"
#include "messaging/template_store.h"
#include "messaging/template_text.h"

#include <QRegularExpression>

namespace recoup {

Result<ComposedMessage> MessageComposer::compose(Ledger &ledger, const CollectionPolicy &policy, const LadderStep &step,
    Channel channel, qint64 customerId, const QList<qint64> &debtIds, const QDate &asOf)
{
    const auto words = TemplateStore(ledger.database()).effective(step, channel);
    if (!words)
        return words.failure();
    return compose(ledger, policy, step, words.value(), customerId, debtIds, asOf);
}

Result<ComposedMessage> MessageComposer::compose(Ledger &ledger, const CollectionPolicy &policy, const LadderStep &step,
    const MessageTemplate &words, qint64 customerId, const QList<qint64> &debtIds, const QDate &asOf)
{
    const DefaultTemplates language = DefaultTemplates::forLanguage(DefaultTemplates::languageOf(ledger.database()));
    const auto values = MergeData::read(
        ledger, customerId, debtIds, asOf, language, CollectionPolicy::displayName(step), policy.promiseGraceDays);
    if (!values)
        return values.failure();
    return render(words, values.value());
}

ComposedMessage MessageComposer::render(const MessageTemplate &words, const MergeValues &values)
{
    ComposedMessage message;
    message.channel = words.channel;
    const bool isShort = words.channel == Channel::Sms || words.channel == Channel::WhatsApp;
    message.text = TemplateText::merge(words.body, values, isShort ? MergeMedium::Short : MergeMedium::Text).trimmed();
    if (isShort) {
        // Fields left empty (no payment link) leave no double spaces behind.
        static const QRegularExpression spaces(QStringLiteral("[ \\t]{2,}"));
        message.text.replace(spaces, QStringLiteral(" "));
    }
    if (words.channel == Channel::Email)
        message.subject = TemplateText::merge(words.subject, values, MergeMedium::Text).simplified();
    // Short messages are shown as they are; the others as HTML too.
    const QString body
        = isShort ? message.text.toHtmlEscaped() : TemplateText::merge(words.body, values, MergeMedium::Html).trimmed();
    message.html = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head>\n"
                                  "<body style=\"font-family:sans-serif\">\n%1\n</body></html>\n")
                       .arg(body);
    return message;
}

} // namespace recoup
