// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "messaging/message_template.h"

#include <QCoreApplication>
#include <QList>

namespace recoup {

class Database;
class Ledger;

/// The templates of a book: the owner's own where they edited one (kept in
/// the book, table message_templates), else the defaults in the book's language.
class TemplateStore
{
    Q_DECLARE_TR_FUNCTIONS(TemplateStore)
public:
    explicit TemplateStore(Database &db);

    /// The template a step sends on a channel: the edited one, or the default.
    Result<MessageTemplate> effective(const LadderStep &step, Channel channel) const;
    /// The default one, whatever was edited.
    MessageTemplate standard(const LadderStep &step, Channel channel) const;
    /// Every template the owner edited.
    Result<QList<MessageTemplate>> edited() const;

    /// Keeps a template after checking its fields (the message names an unknown
    /// field and where it is), with an audit record.
    static Result<void> save(Ledger &ledger, const MessageTemplate &edited);
    /// Goes back to the default words for a step and channel.
    static Result<void> reset(Ledger &ledger, const QString &stepKey, Channel channel);

private:
    Database &m_db;
};

} // namespace recoup
