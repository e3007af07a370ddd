// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <charconv>
#include <exception>
#include <string>
#include <string_view>
#include <type_traits>

namespace conlab::aio::detail {

// Values and exceptions printed the way Python's repr() prints them, so a
// task's repr can be compared with the book's output line by line.
std::string pyReprString(std::string_view s);
std::string pyReprDouble(double v);
std::string pyReprException(const std::exception_ptr &e);

template <typename T>
std::string pyRepr(const T &v)
{
    if constexpr (std::is_same_v<T, bool>) {
        return v ? "True" : "False";
    } else if constexpr (std::is_integral_v<T>) {
        return std::to_string(v);
    } else if constexpr (std::is_floating_point_v<T>) {
        return pyReprDouble(static_cast<double>(v));
    } else if constexpr (std::is_convertible_v<const T &, std::string_view>) {
        return pyReprString(v);
    } else {
        return "<object>";
    }
}

} // namespace conlab::aio::detail
