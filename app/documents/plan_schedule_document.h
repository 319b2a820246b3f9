// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collections/payment_plan.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QString>

class QPagedPaintDevice;

namespace recoup {

class Currency;

/// A payment plan's schedule as a printed page, to hand to the customer: who
/// owes, what the plan takes, each installment with its due date and amount,
/// and the total; laid out with QTextDocument for the printer and for PDF.
class PlanScheduleDocument
{
    Q_DECLARE_TR_FUNCTIONS(PlanScheduleDocument)

public:
    PlanScheduleDocument(const PlanDraft &plan, QString customerName, const Currency &currency, QString businessName);

    /// The schedule as HTML (names escaped: they are shown, never interpreted).
    QString html() const;
    /// Lays the schedule out on a printer or a PDF writer.
    void print(QPagedPaintDevice &device) const;
    /// Writes the schedule as a PDF file.
    Result<void> writePdf(const QString &path) const;

private:
    const PlanDraft &m_plan;
    QString m_customerName;
    const Currency &m_currency;
    QString m_businessName;
};

} // namespace recoup
