// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/core/error.h"

#include <type_traits>
#include <utility>
#include <variant>

// A value or an Error, with the std::expected surface (has_value, operator bool, value, error,
// operator*, operator->), so a later switch to std::expected is an alias. No exceptions:
// value() on an error and error() on a value are programmer errors (Q_ASSERT in debug builds).
template<typename T>
class Result
{
public:
    using value_type = T;

    Result(const T &v)
        : m_data(std::in_place_index<0>, v)
    {}

    Result(T &&v)
        : m_data(std::in_place_index<0>, std::move(v))
    {}

    Result(const Error &e)
        : m_data(std::in_place_index<1>, e)
    {
        Q_ASSERT(!e.isNull());
    }

    Result(Error &&e)
        : m_data(std::in_place_index<1>, std::move(e))
    {
        Q_ASSERT(!std::get<1>(m_data).isNull());
    }

    bool has_value() const { return m_data.index() == 0; }

    explicit operator bool() const { return has_value(); }

    const T &value() const &
    {
        Q_ASSERT(has_value());
        return std::get<0>(m_data);
    }

    T &value() &
    {
        Q_ASSERT(has_value());
        return std::get<0>(m_data);
    }

    T &&value() &&
    {
        Q_ASSERT(has_value());
        return std::get<0>(std::move(m_data));
    }

    template<typename U>
    T value_or(U &&fallback) const &
    {
        return has_value() ? std::get<0>(m_data) : static_cast<T>(std::forward<U>(fallback));
    }

    const Error &error() const
    {
        Q_ASSERT(!has_value());
        return std::get<1>(m_data);
    }

    const T &operator*() const & { return value(); }

    T &operator*() & { return value(); }

    const T *operator->() const { return &value(); }

    T *operator->() { return &value(); }

private:
    std::variant<T, Error> m_data;
};

// Result<void>: success carries nothing.
template<>
class Result<void>
{
public:
    Result() = default;

    Result(const Error &e)
        : m_error(e)
    {
        Q_ASSERT(!e.isNull());
    }

    bool has_value() const { return m_error.isNull(); }

    explicit operator bool() const { return has_value(); }

    const Error &error() const { return m_error; }

private:
    Error m_error;
};
