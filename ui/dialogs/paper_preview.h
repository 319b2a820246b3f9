// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documents/paper.h"

#include <QCoreApplication>

#include <functional>

class QPrintPreviewDialog;
class QPrinter;
class QWidget;

namespace recoup {

/// The print preview of a paper: the pages as they will print, Print from
/// there, and for a receipt a choice between a sheet and the 80 mm roll.
class PaperPreview
{
    Q_DECLARE_TR_FUNCTIONS(PaperPreview)
public:
    /// Paints the paper on the (preview's) printer in the size chosen.
    using Painter = std::function<void(QPrinter &, PaperSize)>;

    /// Opens the preview (not modal to the window's event loop) and returns it;
    /// it deletes itself when closed. `sheet` is the sheet size of the book's
    /// country; with `offerRoll` the user may switch to the roll.
    static QPrintPreviewDialog *open(
        QWidget *parent, const QString &title, Painter paint, PaperSize sheet, bool offerRoll);
    /// The paper a preview shows now (the one it prints on).
    static PaperSize paperSize(const QPrintPreviewDialog *dialog);
};

} // namespace recoup
