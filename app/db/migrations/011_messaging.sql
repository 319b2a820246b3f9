-- SPDX-FileCopyrightText: 2026 The Recoup developers
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 9: messages. The templates the owner edited (the defaults live in the
-- program, in the book's language), and the outbox of e-mails: each message
-- built once, with its own Message-ID, and kept whole so that a retry sends the
-- very same bytes. A message is claimed ('sending') in a committed transaction
-- before its transfer starts and marked 'sent' or 'failed' after it; one found
-- still 'sending' at a later run was interrupted (a crash, a kill) and becomes
-- 'unsure': it may have reached the server, so it is never resent by itself,
-- only when the owner asks. Times are UTC. Additive only.

-- An edited template for one ladder step and channel; none: the default.
CREATE TABLE message_templates (
    step_key   TEXT NOT NULL,
    channel    TEXT NOT NULL CHECK (channel IN ('email', 'sms', 'whatsapp', 'letter')),
    subject    TEXT NOT NULL DEFAULT '',
    body       TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    PRIMARY KEY (step_key, channel)
);

CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY,
    message_id      TEXT NOT NULL UNIQUE,
    customer_id     INTEGER REFERENCES customers (id),
    step_key        TEXT NOT NULL DEFAULT '',
    sender          TEXT NOT NULL,
    recipients      TEXT NOT NULL,
    subject         TEXT NOT NULL,
    message         BLOB NOT NULL,
    state           TEXT NOT NULL CHECK (state IN ('queued', 'sending', 'sent', 'failed', 'unsure', 'cancelled')),
    attempts        INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    last_error      TEXT NOT NULL DEFAULT '',
    next_attempt_at TEXT,
    queued_at       TEXT NOT NULL,
    sending_at      TEXT,
    sent_at         TEXT,
    recorded_by     TEXT NOT NULL
);
CREATE INDEX outbox_state ON outbox (state, next_attempt_at);
CREATE INDEX outbox_customer ON outbox (customer_id, id);

-- The debts a message is about: each gets a contact on its timeline once sent.
CREATE TABLE outbox_debts (
    outbox_id INTEGER NOT NULL REFERENCES outbox (id),
    debt_id   INTEGER NOT NULL REFERENCES debts (id),
    PRIMARY KEY (outbox_id, debt_id)
);

-- What a message carried, with the SHA-256 of each file, to prove what was sent.
CREATE TABLE outbox_attachments (
    outbox_id    INTEGER NOT NULL REFERENCES outbox (id),
    position     INTEGER NOT NULL,
    file_name    TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size         INTEGER NOT NULL,
    sha256       TEXT NOT NULL,
    PRIMARY KEY (outbox_id, position)
);
