// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documents/letterhead.h"

#include <QCoreApplication>
#include <QString>

class QPainter;
class QPagedPaintDevice;
class QTextDocument;

namespace recoup {

/// The first page of a paper mailed in a window envelope: the letterhead at
/// the top with the paper's title block on its right, the customer's address
/// where a DL or C5 window shows it (DIN 5008 form B: 20 mm from the left
/// edge, 45 mm to 90 mm from the top, with the sender's line above it), a box
/// beside it, and fold marks at 105 and 210 mm with a punch mark between.
/// The flowing text starts below it, after spacerHtml().
class EnvelopePage
{
    Q_DECLARE_TR_FUNCTIONS(EnvelopePage)
public:
    /// The page's top margin in millimetres (as Paper lays sheets out), and
    /// where the flowing text starts on the first page.
    static constexpr double TopMarginMm = 14;
    static constexpr double LeftMarginMm = 18;
    static constexpr double BodyTopMm = 100;

    EnvelopePage(const Letterhead &letterhead, QString titleHtml, QString recipientHtml, QString asideHtml);

    /// What the flowing text starts with: room for the first page's header.
    static QString spacerHtml();
    /// The spacer's and the letterhead's images, for the flowing document.
    void addResources(QTextDocument &document) const;
    /// Draws the first page's header; the painter's origin is the top left of
    /// the printable area, in the device's pixels.
    void paint(QPainter &painter, QPagedPaintDevice &device) const;

private:
    void drawHtml(QPainter &painter, QPagedPaintDevice &device, const QString &html, double xMm, double yMm,
        double widthMm) const;

    const Letterhead &m_letterhead;
    QString m_titleHtml;
    QString m_recipientHtml;
    QString m_asideHtml;
};

} // namespace recoup
