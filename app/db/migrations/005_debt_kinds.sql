-- SPDX-FileCopyrightText: 2026 The Recoup developers
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 5: what kind of item a debt is. Until now every debt was a sale. The
-- collections engine makes items of its own, each owed and aged by its own due
-- date like a sale: a late fee or interest charged because another debt is
-- overdue (source_debt_id names that debt; the sale itself is never changed),
-- and the installments of a payment plan. Additive only: existing debts are sales.

ALTER TABLE debts ADD COLUMN kind TEXT NOT NULL DEFAULT 'sale'
    CHECK (kind IN ('sale', 'fee', 'interest', 'installment'));
ALTER TABLE debts ADD COLUMN source_debt_id INTEGER REFERENCES debts (id);
CREATE INDEX debts_source ON debts (source_debt_id) WHERE source_debt_id IS NOT NULL;
