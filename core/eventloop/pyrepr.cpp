// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "pyrepr.h"

#include "cancellederror.h"

#include <cmath>
#include <cstdlib>
#include <cxxabi.h>
#include <memory>
#include <typeinfo>

namespace conlab::aio::detail {

std::string pyReprString(std::string_view s)
{
    // Python prefers single quotes and switches to double quotes only when
    // that avoids escaping.
    const bool useDouble = s.find('\'') != std::string_view::npos && s.find('"') == std::string_view::npos;
    const char quote = useDouble ? '"' : '\'';
    std::string out(1, quote);
    for (char c : s) {
        if (c == '\\' || c == quote)
            out += '\\';
        if (c == '\n') {
            out += "\\n";
            continue;
        }
        out += c;
    }
    out += quote;
    return out;
}

std::string pyReprDouble(double v)
{
    if (std::isnan(v))
        return "nan";
    if (std::isinf(v))
        return v > 0 ? "inf" : "-inf";
    char buf[32];
    const auto res = std::to_chars(buf, buf + sizeof buf, v); // shortest round trip, as Python
    std::string out(buf, res.ptr);
    if (out.find_first_of(".e") == std::string::npos)
        out += ".0";
    return out;
}

static std::string demangled(const std::type_info &type)
{
    int status = 0;
    std::unique_ptr<char, decltype(&std::free)> name(abi::__cxa_demangle(type.name(), nullptr, nullptr, &status),
                                                     &std::free);
    return status == 0 && name ? std::string(name.get()) : std::string(type.name());
}

std::string pyReprException(const std::exception_ptr &e)
{
    if (!e)
        return "None";
    try {
        std::rethrow_exception(e);
    } catch (const CancelledError &) {
        return "CancelledError()";
    } catch (const std::exception &ex) {
        return demangled(typeid(ex)) + '(' + pyReprString(ex.what()) + ')';
    } catch (...) {
        return "<unknown exception>";
    }
}

} // namespace conlab::aio::detail
