// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/book_rule.h"

#include <QString>

#include <optional>
#include <utility>

namespace recoup {

/// A problem a user can cause, with a message fit to show them.
struct Error
{
    QString message;
    /// Which rule of the books refused, if one did.
    BookRule rule = BookRule::None;
};

/// Either a value or an Error. Users' mistakes travel as values; exceptions are
/// kept for programmer errors.
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) { }
    Result(Error error) : m_error(std::move(error)) { }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T &operator*() const & { return *m_value; }
    const T *operator->() const { return &*m_value; }
    const QString &error() const { return m_error.message; }
    /// The whole refusal, to pass on unchanged.
    const Error &failure() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

/// Success carries nothing.
template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_ok(false), m_error(std::move(error)) { }

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const QString &error() const { return m_error.message; }
    /// The whole refusal, to pass on unchanged.
    const Error &failure() const { return m_error; }

private:
    bool m_ok = true;
    Error m_error;
};

} // namespace recoup
