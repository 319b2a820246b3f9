-- SPDX-FileCopyrightText: 2026 The Recoup developers
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 9: the register of what was sent. Every receipt, statement, letter
-- and message printed, saved or sent: to whom, when, how, what kind of paper,
-- and the SHA-256 of its PDF (or of the message's text), so the shop can prove
-- what it sent. Append-only like the entries. recorded_at is UTC. Additive only.
CREATE TABLE documents_sent (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER REFERENCES customers (id),
    kind        TEXT NOT NULL,
    channel     TEXT NOT NULL,
    sha256      TEXT NOT NULL CHECK (length(sha256) = 64),
    file_name   TEXT NOT NULL DEFAULT '',
    recorded_at TEXT NOT NULL,
    recorded_by TEXT NOT NULL
);
CREATE INDEX documents_sent_customer ON documents_sent (customer_id, id);
CREATE INDEX documents_sent_sha256 ON documents_sent (sha256);

CREATE TRIGGER documents_sent_no_update BEFORE UPDATE ON documents_sent
BEGIN
    SELECT RAISE(ABORT, 'the register of documents sent is append-only');
END;

CREATE TRIGGER documents_sent_no_delete BEFORE DELETE ON documents_sent
BEGIN
    SELECT RAISE(ABORT, 'the register of documents sent is append-only');
END;
