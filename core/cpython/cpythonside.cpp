// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/cpython/cpythonside.h"

#include <array>

namespace conlab {

namespace {
// In End's order.
constexpr std::array<const char16_t *, 5> kKeys{u"not_started", u"finished", u"failed", u"did_not_finish",
                                                u"cancelled"};
} // namespace

CPythonSide CPythonSide::from(const ListingOutcome &outcome)
{
    CPythonSide side;
    side.end = static_cast<End>(static_cast<int>(outcome.end));
    side.interpreter = outcome.interpreter.ok() ? outcome.interpreter.describe() : QString();
    // Without an interpreter there is no command anyone could type.
    side.commandLine = outcome.interpreter.ok() ? outcome.commandLine() : QString();
    side.error = outcome.error;
    side.seconds = outcome.seconds;
    return side;
}

QString CPythonSide::key(End end)
{
    return QString::fromUtf16(kKeys[static_cast<std::size_t>(end)]);
}

std::optional<CPythonSide::End> CPythonSide::endFromKey(const QString &key)
{
    for (std::size_t i = 0; i < kKeys.size(); ++i)
        if (key == QString::fromUtf16(kKeys[i]))
            return static_cast<End>(i);
    return std::nullopt;
}

} // namespace conlab
