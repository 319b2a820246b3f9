// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/entry.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace recoup {

namespace {

constexpr std::array<std::pair<EntryKind, const char *>, 8> KindKeys = { {
    { EntryKind::Charge, "charge" },
    { EntryKind::Fee, "fee" },
    { EntryKind::Interest, "interest" },
    { EntryKind::Payment, "payment" },
    { EntryKind::Allocation, "allocation" },
    { EntryKind::Adjustment, "adjustment" },
    { EntryKind::WriteOff, "write_off" },
    { EntryKind::Reversal, "reversal" },
} };

constexpr std::array<std::pair<PaymentMethod, const char *>, 5> MethodKeys = { {
    { PaymentMethod::Cash, "cash" },
    { PaymentMethod::Card, "card" },
    { PaymentMethod::BankTransfer, "bank_transfer" },
    { PaymentMethod::Cheque, "cheque" },
    { PaymentMethod::MobileMoney, "mobile_money" },
} };

} // namespace

QString entryKindKey(EntryKind kind)
{
    for (const auto &[k, key] : KindKeys)
        if (k == kind)
            return QString::fromLatin1(key);
    return {};
}

EntryKind entryKindFromKey(const QString &key)
{
    for (const auto &[k, name] : KindKeys)
        if (key == QLatin1String(name))
            return k;
    return EntryKind::Adjustment;
}

QString paymentMethodKey(PaymentMethod method)
{
    for (const auto &[m, key] : MethodKeys)
        if (m == method)
            return QString::fromLatin1(key);
    return {};
}

bool paymentMethodFromKey(const QString &key, PaymentMethod *method)
{
    for (const auto &[m, name] : MethodKeys) {
        if (key == QLatin1String(name)) {
            *method = m;
            return true;
        }
    }
    return false;
}

QString paymentMethodLabel(PaymentMethod method)
{
    switch (method) {
    case PaymentMethod::Cash:
        return QCoreApplication::translate("PaymentMethod", "Cash");
    case PaymentMethod::Card:
        return QCoreApplication::translate("PaymentMethod", "Card");
    case PaymentMethod::BankTransfer:
        return QCoreApplication::translate("PaymentMethod", "Bank transfer");
    case PaymentMethod::Cheque:
        return QCoreApplication::translate("PaymentMethod", "Cheque");
    case PaymentMethod::MobileMoney:
        return QCoreApplication::translate("PaymentMethod", "Mobile money");
    }
    return {};
}

QString entryKindLabel(EntryKind kind)
{
    switch (kind) {
    case EntryKind::Charge:
        return QCoreApplication::translate("EntryKind", "Sale");
    case EntryKind::Fee:
        return QCoreApplication::translate("EntryKind", "Fee");
    case EntryKind::Interest:
        return QCoreApplication::translate("EntryKind", "Interest");
    case EntryKind::Payment:
        return QCoreApplication::translate("EntryKind", "Payment");
    case EntryKind::Allocation:
        return QCoreApplication::translate("EntryKind", "Payment");
    case EntryKind::Adjustment:
        return QCoreApplication::translate("EntryKind", "Adjustment");
    case EntryKind::WriteOff:
        return QCoreApplication::translate("EntryKind", "Write-off");
    case EntryKind::Reversal:
        return QCoreApplication::translate("EntryKind", "Reversal");
    }
    return {};
}

} // namespace recoup
