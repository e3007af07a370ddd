// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// libFuzzer target: what a phone on the LAN sends the room's vote, read
// before anything else looks at it: the body of POST /vote
// (core/audience/voterequest.*) and the language it asks for
// (core/audience/acceptlanguage.*: the ?lang= or cookie choice and the
// Accept-Language header).
//
// Invariants checked on every input, besides "no crash, no sanitizer report":
// - a vote is an answer of 1, 2 or 3; a refusal is 413 exactly when the
//   body is over 1 KB, else 400, and always says why;
// - the language is one of those offered, English when none is;
// - the same bytes give the same answers (no hidden state).
#include "core/audience/acceptlanguage.h"
#include "core/audience/voterequest.h"
#include "fuzzcheck.h"

#include <QStringList>
#include <cstdint>

using namespace conlab;
using conlab::fuzz::check;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));

    const auto parsed = VoteRequest::parse(bytes);
    if (const auto *vote = std::get_if<VoteRequest>(&parsed)) {
        check(vote->answer >= 1 && vote->answer <= 3, "a vote's answer is 1, 2 or 3");
        check(bytes.size() <= VoteRequest::kMaxBodyBytes, "a vote fits in 1 KB");
    } else {
        const auto &error = std::get<VoteRequest::Error>(parsed);
        check(error.status == (bytes.size() > VoteRequest::kMaxBodyBytes ? 413 : 400), "413 for size, else 400");
        check(!error.message.isEmpty(), "a refusal says why");
    }
    const auto again = VoteRequest::parse(bytes);
    check(again.index() == parsed.index(), "the same body reads the same");

    // The first line is the explicit choice, the rest the header.
    const qsizetype newline = bytes.indexOf('\n');
    const QByteArray chosen = newline < 0 ? QByteArray() : bytes.left(newline);
    const QByteArray header = newline < 0 ? bytes : bytes.mid(newline + 1);
    const QStringList offered{QStringLiteral("en"), QStringLiteral("pt_BR"), QStringLiteral("zh_CN")};
    const QString language = AcceptLanguage::pick(chosen, header, offered);
    check(offered.contains(language), "the language is one offered");
    check(AcceptLanguage::pick(chosen, header, offered) == language, "the same header picks the same");
    check(AcceptLanguage::pick(chosen, header, {}).isEmpty(), "nothing offered, nothing picked");
    return 0;
}
