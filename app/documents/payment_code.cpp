// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/payment_code.h"

#include "core/currency.h"
#include "core/money.h"

#include <qrencode.h>

namespace recoup {

namespace {

constexpr int QuietZone = 4;
/// What EPC069-12 allows: a name of 70 characters, a remittance text of 140.
constexpr int MaxEpcName = 70;
constexpr int MaxEpcText = 140;
constexpr qint64 MaxEpcAmount = 99999999999; // 999,999,999.99 in cents

} // namespace

QString PaymentCode::text(
    const BusinessDetails &business, const Currency &currency, qint64 amount, const QString &reference)
{
    if (currency.code() == QLatin1String("EUR") && !business.value(BusinessDetails::Iban).isEmpty())
        return epcText(business, amount, currency, reference);
    return business.paymentLink(reference, Money::toFileText(amount > 0 ? amount : 0, currency));
}

QString PaymentCode::epcText(
    const BusinessDetails &business, qint64 amount, const Currency &currency, const QString &reference)
{
    const QString amountText = amount > 0 && amount <= MaxEpcAmount
        ? QStringLiteral("EUR") + Money::toFileText(amount, currency)
        : QString();
    const QStringList lines{ QStringLiteral("BCD"), QStringLiteral("002"), QStringLiteral("1"), QStringLiteral("SCT"),
        business.value(BusinessDetails::Bic), business.name().left(MaxEpcName), business.value(BusinessDetails::Iban),
        amountText, QString(), QString(), reference.left(MaxEpcText) };
    return lines.join(QLatin1Char('\n'));
}

QImage PaymentCode::image(const QString &text)
{
    if (text.isEmpty())
        return {};
    const QByteArray bytes = text.toUtf8();
    QRcode *code = QRcode_encodeString8bit(bytes.constData(), 0, QR_ECLEVEL_M);
    if (code == nullptr)
        return {};
    const int size = code->width + 2 * QuietZone;
    QImage image(size, size, QImage::Format_Mono);
    image.setColor(0, qRgb(255, 255, 255));
    image.setColor(1, qRgb(0, 0, 0));
    image.fill(0);
    for (int y = 0; y < code->width; ++y)
        for (int x = 0; x < code->width; ++x)
            if (code->data[y * code->width + x] & 1)
                image.setPixel(x + QuietZone, y + QuietZone, 1);
    QRcode_free(code);
    return image;
}

} // namespace recoup
