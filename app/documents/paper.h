// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class QPagedPaintDevice;
class QPaintDevice;
class QPainter;
class QTextDocument;

namespace recoup {

/// The sheets a paper is printed on.
enum class PaperSize {
    A4,
    Letter,
    /// An 80 mm roll of a receipt printer: as long as the paper needs.
    Roll80,
};

/// Puts a document laid out with QTextDocument on paper: the page size and
/// margins, a roll cut to the length of its content, the pages painted one by
/// one with "Page 2 of 3" below each when there are several. The same for a
/// printer, the print preview and a PDF file.
class Paper
{
    Q_DECLARE_TR_FUNCTIONS(Paper)
public:
    /// Fills a document (its HTML, images and font).
    using Builder = std::function<void(QTextDocument &)>;

    /// Letter for the countries that use it, else A4.
    static PaperSize forCountry(const QString &isoCountry);

    /// Sets the device's page layout for the size and lays the document out
    /// on it; a roll is cut to the document's length.
    static void setUp(QTextDocument &document, QPagedPaintDevice &device, PaperSize size);
    /// Draws what a page carries besides the document's flow (a letterhead, a
    /// slip), with the painter's origin at the top left of the printable area.
    using Decorator = std::function<void(QPainter &, int page, int pages)>;
    /// Paints a document laid out by setUp() on the device, page by page, then
    /// `extraPages` pages more for the decorator alone.
    static void paint(QTextDocument &document, QPagedPaintDevice &device, PaperSize size,
        const Decorator &decorate = {}, int extraPages = 0);
    /// The same with a painter already on the device (papers one after
    /// another in one file); with `newPageFirst` it starts on a new page.
    static void paint(QTextDocument &document, QPagedPaintDevice &device, QPainter &painter, bool newPageFirst,
        PaperSize size, const Decorator &decorate = {}, int extraPages = 0);
    /// Millimetres in the device's pixels.
    static double pixels(const QPaintDevice &device, double mm);
    /// Builds, lays out and paints on a printer (or the print preview's).
    static void print(const Builder &build, QPagedPaintDevice &device, PaperSize size);
    /// A PDF's bytes: `printTo` paints on its writer (setting its paper).
    static QByteArray pdf(const QString &title, const std::function<void(QPagedPaintDevice &)> &printTo);
    /// Writes bytes to a file whole or not at all; a file that cannot be written is an error.
    static Result<void> writeFile(const QString &path, const QByteArray &bytes);
};

} // namespace recoup
