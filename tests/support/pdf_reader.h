// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSizeF>
#include <QString>

namespace recoup::test {

/// What poppler's pdftotext reads in a PDF (its layout kept), empty when it cannot.
QString pdfText(const QString &path);
/// The text with each run of white space (the layout's spaces, line ends) made one space.
QString flat(const QString &text);
/// The first page's size in points and the number of pages, as pdfinfo says.
QSizeF pdfPageSize(const QString &path);
int pdfPageCount(const QString &path);

} // namespace recoup::test
