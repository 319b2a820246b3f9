// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/paper_preview.h"

#include <QComboBox>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QToolBar>

#include <memory>

namespace recoup {

namespace {

const char *const PaperProperty = "recoupPaperSize";

} // namespace

PaperSize PaperPreview::paperSize(const QPrintPreviewDialog *dialog)
{
    return static_cast<PaperSize>(dialog->property(PaperProperty).toInt());
}

QPrintPreviewDialog *PaperPreview::open(
    QWidget *parent, const QString &title, Painter paint, PaperSize sheet, bool offerRoll)
{
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setDocName(title);
    auto *dialog = new QPrintPreviewDialog(printer.get(), parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Preview — %1").arg(title));
    auto size = std::make_shared<PaperSize>(sheet);
    dialog->setProperty(PaperProperty, static_cast<int>(sheet));
    // The printer lives as long as the dialog that paints on it.
    QObject::connect(dialog, &QPrintPreviewDialog::paintRequested, dialog,
        [printer, size, paint](QPrinter *target) { paint(*target, *size); });
    if (offerRoll) {
        auto *choice = new QComboBox(dialog);
        choice->setObjectName(QStringLiteral("paperChoice"));
        choice->setAccessibleName(tr("Paper"));
        choice->addItem(sheet == PaperSize::Letter ? tr("Letter sheet") : tr("A4 sheet"));
        choice->addItem(tr("80 mm roll"));
        if (auto *toolbar = dialog->findChild<QToolBar *>())
            toolbar->addWidget(choice);
        QObject::connect(choice, &QComboBox::currentIndexChanged, dialog, [dialog, size, sheet](int index) {
            *size = index == 1 ? PaperSize::Roll80 : sheet;
            dialog->setProperty(PaperProperty, static_cast<int>(*size));
            if (auto *preview = dialog->findChild<QPrintPreviewWidget *>())
                preview->updatePreview();
        });
    }
    dialog->resize(900, 760);
    dialog->open();
    return dialog;
}

} // namespace recoup
