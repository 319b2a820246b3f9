// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/letterhead.h"

#include "core/currency.h"
#include "core/money.h"

#include <QImage>
#include <QTextDocument>
#include <QUrl>

namespace recoup {

namespace {

const QString LogoUrl = QStringLiteral("recoup-logo:logo");

} // namespace

Letterhead::Letterhead(BusinessDetails details) : m_details(std::move(details)) { }

QString Letterhead::escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString Letterhead::businessLines(const QString &separator) const
{
    QStringList lines = m_details.addressLines();
    QStringList contact;
    if (!m_details.value(BusinessDetails::Phone).isEmpty())
        contact << tr("Tel. %1").arg(m_details.value(BusinessDetails::Phone));
    if (!m_details.value(BusinessDetails::Email).isEmpty())
        contact << m_details.value(BusinessDetails::Email);
    if (!contact.isEmpty())
        lines << contact.join(QStringLiteral(" · "));
    if (!m_details.value(BusinessDetails::TaxNumber).isEmpty())
        lines << tr("Tax number %1").arg(m_details.value(BusinessDetails::TaxNumber));
    QStringList html;
    for (const QString &line : lines)
        html << line.toHtmlEscaped();
    return html.join(separator);
}

QString Letterhead::logoHtml(int heightPx) const
{
    if (m_details.logo().isEmpty())
        return {};
    return QStringLiteral("<img src='%1' height=%2><br>").arg(LogoUrl).arg(heightPx);
}

QString Letterhead::html(const QString &titleHtml) const
{
    return QStringLiteral("<table width='100%' cellspacing=0 cellpadding=0><tr>"
                          "<td width='58%' valign=top>%1<span style='font-size:15pt; font-weight:bold'>%2</span>"
                          "<br><span style='font-size:8.5pt; color:#444444'>%3</span></td>"
                          "<td width='42%' align=right valign=top>%4</td></tr></table>")
        .arg(logoHtml(46), m_details.name().toHtmlEscaped(), businessLines(QStringLiteral("<br>")), titleHtml);
}

QString Letterhead::rollHtml() const
{
    return QStringLiteral("<p align=center>%1<span style='font-size:12pt; font-weight:bold'>%2</span>"
                          "<br><span style='font-size:8pt'>%3</span></p>")
        .arg(logoHtml(40), m_details.name().toHtmlEscaped(), businessLines(QStringLiteral("<br>")));
}

QString Letterhead::howToPayHtml(const QString &reference, qint64 amount, const Currency &currency) const
{
    QStringList lines;
    if (!m_details.value(BusinessDetails::BankName).isEmpty())
        lines << tr("Bank: %1").arg(m_details.value(BusinessDetails::BankName)).toHtmlEscaped();
    if (!m_details.value(BusinessDetails::Iban).isEmpty())
        lines << tr("IBAN: %1").arg(m_details.ibanForReading()).toHtmlEscaped();
    if (!m_details.value(BusinessDetails::Account).isEmpty())
        lines << tr("Account: %1").arg(m_details.value(BusinessDetails::Account)).toHtmlEscaped();
    if (!m_details.value(BusinessDetails::Bic).isEmpty())
        lines << tr("BIC: %1").arg(m_details.value(BusinessDetails::Bic)).toHtmlEscaped();
    if (!lines.isEmpty() && !reference.isEmpty())
        lines << tr("Please quote %1 with your payment.").arg(reference).toHtmlEscaped();
    const QString link = m_details.paymentLink(reference, Money::toFileText(amount, currency));
    if (!link.isEmpty())
        lines << tr("Pay online: %1").arg(link).toHtmlEscaped();
    return lines.join(QStringLiteral("<br>"));
}

QString Letterhead::senderLine() const
{
    QStringList parts{ m_details.name() };
    parts << m_details.addressLines();
    return parts.join(QStringLiteral(" · "));
}

void Letterhead::addResources(QTextDocument &document) const
{
    const QByteArray bytes = m_details.logo();
    if (bytes.isEmpty())
        return;
    const QImage image = QImage::fromData(bytes);
    if (!image.isNull())
        document.addResource(QTextDocument::ImageResource, QUrl(LogoUrl), image);
}

} // namespace recoup
