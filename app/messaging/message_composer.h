// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "messaging/composed_message.h"
#include "messaging/merge_values.h"
#include "messaging/message_template.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace recoup {

class Ledger;

/// Fills a template for a customer: the book's template for the step and
/// channel (or the one being edited, for a preview) with what the book says.
class MessageComposer
{
    Q_DECLARE_TR_FUNCTIONS(MessageComposer)
public:
    /// The message a step sends a customer on a channel about some debts (none: all open).
    static Result<ComposedMessage> compose(Ledger &ledger, const CollectionPolicy &policy, const LadderStep &step,
        Channel channel, qint64 customerId, const QList<qint64> &debtIds, const QDate &asOf);
    /// The same with a template of one's own (the editor's preview).
    static Result<ComposedMessage> compose(Ledger &ledger, const CollectionPolicy &policy, const LadderStep &step,
        const MessageTemplate &words, qint64 customerId, const QList<qint64> &debtIds, const QDate &asOf);
    /// A template filled with values, for each medium its channel needs.
    static ComposedMessage render(const MessageTemplate &words, const MergeValues &values);
};

} // namespace recoup
