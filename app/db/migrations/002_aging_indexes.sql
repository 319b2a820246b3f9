-- SPDX-FileCopyrightText: 2026 The Recoup developers
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 2: indexes for the aging as of any date, on books of a million entries.
-- An aging of a recent date starts from today's open amounts and credit and takes
-- back the entries effective after the date: entries_effective_debt finds those by
-- date, customers_credit the customers with credit today. An aging of an old date
-- adds up each customer's credit entries in one ordered, covering pass of
-- entries_customer_credit. Additive only: no table changes.

CREATE INDEX entries_effective_debt ON entries (effective_date, debt_id, open_delta) WHERE debt_id IS NOT NULL;
CREATE INDEX entries_customer_credit ON entries (customer_id, effective_date, credit_delta) WHERE credit_delta <> 0;
CREATE INDEX customers_credit ON customers (credit) WHERE credit <> 0;
