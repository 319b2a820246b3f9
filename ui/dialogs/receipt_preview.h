// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QCoreApplication>

class QPrintPreviewDialog;
class QWidget;

namespace recoup {

class Ledger;

/// The receipt of a payment in the print preview, on the book's sheet size
/// or the 80 mm roll.
class ReceiptPreview
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptPreview)
public:
    /// `paymentEntryId` may also be one of the payment's allocations.
    static Result<QPrintPreviewDialog *> open(QWidget *parent, Ledger &ledger, qint64 paymentEntryId);
};

} // namespace recoup
