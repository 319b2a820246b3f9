-- SPDX-FileCopyrightText: 2026 The Recoup developers
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 12: the register says, for a message sent, to whom it went, its
-- subject, the ladder step it was for and the outbox message it was (its
-- Message-ID is there). Written when the outbox records the message sent, one
-- line per PDF it carried. Empty for papers printed or saved. Additive only.
ALTER TABLE documents_sent ADD COLUMN recipient TEXT NOT NULL DEFAULT '';
ALTER TABLE documents_sent ADD COLUMN subject TEXT NOT NULL DEFAULT '';
ALTER TABLE documents_sent ADD COLUMN step_key TEXT NOT NULL DEFAULT '';
ALTER TABLE documents_sent ADD COLUMN outbox_id INTEGER REFERENCES outbox (id);
