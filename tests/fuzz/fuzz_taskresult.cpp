// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// libFuzzer target: the task result reader (core/taskqueue/taskresult.*),
// which reads whatever anyone with the broker's password stored under a
// task's result key.
//
// Invariants checked on every input, besides "no crash, no sanitizer report":
// - Checked means the n asked about, a host of 1 to 255 characters, a pid
//   above 0, elapsed from 0 and an end not before the start;
// - Malformed always says why; Failed and Started name the number asked;
// - the same bytes give the same answer (no hidden state).
#include "core/taskqueue/taskresult.h"
#include "fuzzcheck.h"

#include <cstdint>
#include <cstring>

using namespace conlab;
using conlab::fuzz::check;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    // The first 8 bytes choose the number asked about; the rest is the meta.
    std::uint64_t asked = 7;
    if (size >= 8) {
        std::memcpy(&asked, data, 8);
        data += 8;
        size -= 8;
    }
    const QByteArray meta(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const TaskResult r = TaskResult::parse(meta, asked);
    switch (r.kind) {
    case TaskResult::Kind::Checked:
        check(r.n == asked, "a checked result is for the number asked");
        check(!r.host.isEmpty() && r.host.size() <= 255, "a checked result names its host");
        check(r.pid > 0, "a checked result names its pid");
        check(r.elapsed >= 0 && r.end >= r.start, "a checked result's times are sane");
        break;
    case TaskResult::Kind::Malformed:
        check(!r.why.isEmpty(), "a malformed result says why");
        break;
    case TaskResult::Kind::Failed:
    case TaskResult::Kind::Started:
    case TaskResult::Kind::Pending:
        check(r.n == asked, "a state names the number asked");
        break;
    }
    const TaskResult again = TaskResult::parse(meta, asked);
    check(again.kind == r.kind && again.why == r.why && again.n == r.n, "the same bytes read the same");
    return 0;
}
