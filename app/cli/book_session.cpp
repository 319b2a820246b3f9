// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/book_session.h"

#include "core/money.h"

namespace recoup::cli {

Result<std::unique_ptr<BookSession>> BookSession::open(const QString &path, const QString &user)
{
    auto db = Database::open(path);
    if (!db)
        return db.failure();
    if (!db.value()->isWritable())
        return Error{ db.value()->readOnlyReason() };
    std::unique_ptr<BookSession> session(new BookSession);
    session->m_db = std::move(db).value();
    session->m_ledger = std::make_unique<Ledger>(*session->m_db, session->m_clock);
    if (!user.trimmed().isEmpty())
        session->m_ledger->setUser(user.trimmed());
    session->m_collections = std::make_unique<Collections>(*session->m_ledger);
    return session;
}

Result<Customer> BookSession::customer(const QString &ref) const
{
    auto id = m_ledger->reader().customerIdByRef(ref);
    if (!id)
        return id.failure();
    if (id.value() == 0)
        return Error{ tr("there is no customer with the reference “%1”.").arg(ref) };
    return m_ledger->customer(id.value());
}

Result<Debt> BookSession::debt(const QString &ref) const
{
    auto debt = m_ledger->debtByRef(ref);
    if (!debt) {
        auto taken = m_ledger->reader().debtRefTaken(ref);
        if (taken && !taken.value())
            return Error{ tr("there is no sale with the reference “%1”.").arg(ref) };
    }
    return debt;
}

Result<qint64> BookSession::amount(const QString &text, const QString &what) const
{
    auto minor = Money::parseFileAmount(text, m_db->currency());
    if (!minor)
        return Error{ tr("%1: %2").arg(what, minor.error()) };
    return minor;
}

} // namespace recoup::cli
