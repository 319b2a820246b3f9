// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

namespace recoup {

/// All "now" in Recoup comes from a Clock, so tests and reports can fix it.
class Clock
{
public:
    virtual ~Clock() = default;
    /// The business date today, in local time.
    virtual QDate today() const = 0;
    /// The current instant, UTC.
    virtual QDateTime nowUtc() const = 0;
};

/// The machine's clock.
class SystemClock final : public Clock
{
public:
    QDate today() const override { return QDate::currentDate(); }
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};

/// A clock that says what it is told; tests and `--today` use it.
class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime nowUtc) : m_now(std::move(nowUtc)) { }
    explicit FixedClock(QDate today) : m_now(today, QTime(12, 0), QTimeZone::utc()) { }
    QDate today() const override { return m_now.date(); }
    QDateTime nowUtc() const override { return m_now; }
    void set(QDateTime nowUtc) { m_now = std::move(nowUtc); }
    void advanceDays(int days) { m_now = m_now.addDays(days); }

private:
    QDateTime m_now;
};

} // namespace recoup
