// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// libFuzzer target: the worker protocol decoder (core/kernel/protocol.*).
// Both ends trust nothing the other writes: the parent decodes whatever a
// worker prints, and the worker decodes whatever reaches its stdin.
//
// Invariants checked on every input, besides "no crash, no sanitizer report":
// - a decoded message, encoded again, gives back exactly the bytes it came
//   from, so the decoder accepts only well-formed frames and loses nothing;
// - no text payload is longer than the limit;
// - the decoder holds at most one unfinished frame plus the last feed, so a
//   frame that claims a huge length costs nothing;
// - the outcome (messages, error text, truncation) does not depend on how the
//   bytes were split across reads;
// - an error has a message, and a failed decoder stays failed.
#include "fuzzcheck.h"
#include "kernel/protocol.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>

using namespace conlab::protocol;
using conlab::fuzz::check;

namespace {

struct Outcome
{
    std::string reencoded; // every decoded message, encoded again, in order
    std::string error;     // empty unless the decoder failed
    bool failed = false;
    bool midFrame = false;

    bool operator==(const Outcome &) const = default;
};

void checkMessage(const Message &m)
{
    if (const auto *e = std::get_if<Error>(&m))
        check(e->text.size() <= kMaxPayload, "error text over the payload limit");
    if (const auto *s = std::get_if<SpinStart>(&m))
        check(s->message.size() + 4 <= kMaxPayload, "spin-start message over the payload limit");
}

// Feeds `data` in pieces of `chunk` bytes, draining the decoder after each
// piece, as the worker and the parent do after each read().
Outcome decode(const char *data, std::size_t size, std::size_t chunk)
{
    Decoder d;
    Outcome out;
    Message m;
    for (std::size_t at = 0; at < size;) {
        const std::size_t n = std::min(chunk, size - at);
        d.feed(data + at, n);
        at += n;
        for (;;) {
            const Decoder::Status s = d.next(m);
            if (s == Decoder::Status::NeedMore)
                break;
            if (s == Decoder::Status::Error) {
                out.failed = true;
                out.error = d.error();
                break;
            }
            checkMessage(m);
            encode(m, out.reencoded);
        }
        check(d.buffered() <= kHeaderSize + kMaxPayload + n, "decoder holds more than one frame plus one feed");
        if (out.failed)
            break;
    }
    if (out.failed) {
        check(!out.error.empty(), "error without a message");
        check(d.next(m) == Decoder::Status::Error, "failed decoder recovered");
        d.feed(data, size);
        check(d.next(m) == Decoder::Status::Error, "failed decoder accepted more bytes");
    }
    out.midFrame = d.midFrame();
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *bytes, std::size_t size)
{
    const char *data = reinterpret_cast<const char *>(bytes);
    const Outcome whole = decode(data, size, size == 0 ? 1 : size);

    check(whole.reencoded.size() <= size, "decoded more bytes than were fed");
    check(std::memcmp(whole.reencoded.data(), data, whole.reencoded.size()) == 0,
          "a decoded message does not encode back to its bytes");
    if (!whole.failed)
        check(whole.midFrame == (whole.reencoded.size() < size), "midFrame() disagrees with what was decoded");

    // Byte by byte, and in odd-sized reads that end inside headers.
    check(decode(data, size, 1) == whole, "byte-by-byte feeding changed the outcome");
    check(decode(data, size, 7) == whole, "7-byte feeding changed the outcome");
    return 0;
}
