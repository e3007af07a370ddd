// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "protocol.h"

#include <cstring>

namespace conlab::protocol {

namespace {

void putU32(std::string &out, std::uint32_t v)
{
    for (int i = 0; i < 4; ++i)
        out.push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
}
void putU64(std::string &out, std::uint64_t v)
{
    for (int i = 0; i < 8; ++i)
        out.push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
}
std::uint32_t getU32(const unsigned char *p)
{
    std::uint32_t v = 0;
    for (int i = 3; i >= 0; --i)
        v = (v << 8) | p[i];
    return v;
}
std::uint64_t getU64(const unsigned char *p)
{
    std::uint64_t v = 0;
    for (int i = 7; i >= 0; --i)
        v = (v << 8) | p[i];
    return v;
}

// Exact payload size per type; -1 means variable (text), up to kMaxPayload.
long expectedSize(Type t)
{
    switch (t) {
    case Type::Hello: return 12;
    case Type::Job: return 8;
    case Type::Result: return 33;
    case Type::Done: return 0;
    case Type::Error: return -1;
    case Type::SpinStart: return -1;
    case Type::SpinStop: return 0;
    case Type::Frame: return 13;
    case Type::SpinStopped: return 4;
    case Type::Pill: return 0;
    }
    return -2;
}

struct Encoder
{
    std::string payload;
    Type type{};
    void operator()(const Hello &m)
    {
        type = Type::Hello;
        putU32(payload, m.workerId);
        putU32(payload, m.paceUnits);
        putU32(payload, m.napTestUnits);
    }
    void operator()(const Job &m)
    {
        type = Type::Job;
        putU64(payload, m.n);
    }
    void operator()(const Result &m)
    {
        type = Type::Result;
        putU64(payload, m.n);
        payload.push_back(m.prime ? 1 : 0);
        putU64(payload, static_cast<std::uint64_t>(m.startNs));
        putU64(payload, static_cast<std::uint64_t>(m.endNs));
        putU64(payload, m.divisions);
    }
    void operator()(const Done &) { type = Type::Done; }
    void operator()(const Error &m)
    {
        type = Type::Error;
        payload = m.text.substr(0, kMaxPayload);
    }
    void operator()(const SpinStart &m)
    {
        type = Type::SpinStart;
        putU32(payload, m.intervalMs);
        payload += m.message.substr(0, kMaxPayload - 4);
    }
    void operator()(const SpinStop &) { type = Type::SpinStop; }
    void operator()(const Frame &m)
    {
        type = Type::Frame;
        putU32(payload, m.index);
        putU64(payload, static_cast<std::uint64_t>(m.tNs));
        payload.push_back(m.glyph);
    }
    void operator()(const SpinStopped &m)
    {
        type = Type::SpinStopped;
        putU32(payload, m.frames);
    }
    void operator()(const Pill &) { type = Type::Pill; }
};

} // namespace

const char *typeName(Type t)
{
    switch (t) {
    case Type::Hello: return "hello";
    case Type::Job: return "job";
    case Type::Result: return "result";
    case Type::Done: return "done";
    case Type::Error: return "error";
    case Type::SpinStart: return "spin-start";
    case Type::SpinStop: return "spin-stop";
    case Type::Frame: return "frame";
    case Type::SpinStopped: return "spin-stopped";
    case Type::Pill: return "pill";
    }
    return "unknown";
}

void encode(const Message &msg, std::string &out)
{
    Encoder e;
    std::visit(e, msg);
    out.push_back('C');
    out.push_back('L');
    out.push_back(static_cast<char>(kVersion));
    out.push_back(static_cast<char>(e.type));
    putU32(out, static_cast<std::uint32_t>(e.payload.size()));
    out += e.payload;
}

std::string encode(const Message &msg)
{
    std::string out;
    encode(msg, out);
    return out;
}

void Decoder::feed(const char *data, std::size_t size)
{
    if (failed_)
        return;
    // Drop what was decoded before appending. Clearing only when everything
    // was decoded is not enough: a reader whose reads keep ending inside a
    // frame (4 KiB reads of 41-byte results) would never reach that point, and
    // the buffer would grow with the whole run. A caller that drains after
    // each feed leaves the tail of one unfinished frame, at most
    // kHeaderSize + kMaxPayload bytes, so the move is cheap.
    if (pos_ > 0) {
        bytes_.erase(0, pos_);
        pos_ = 0;
    }
    bytes_.append(data, size);
}

Decoder::Status Decoder::fail(std::string why)
{
    failed_ = true;
    error_ = std::move(why);
    return Status::Error;
}

Decoder::Status Decoder::next(Message &out)
{
    if (failed_)
        return Status::Error;
    const std::size_t avail = bytes_.size() - pos_;
    if (avail < kHeaderSize) {
        // Check the magic as soon as it arrives, so garbage fails fast
        // instead of waiting for a full header that may never come.
        if (avail >= 1 && bytes_[pos_] != 'C')
            return fail("bad magic: not a Concurrency Lab worker frame");
        if (avail >= 2 && bytes_[pos_ + 1] != 'L')
            return fail("bad magic: not a Concurrency Lab worker frame");
        return Status::NeedMore;
    }
    const auto *h = reinterpret_cast<const unsigned char *>(bytes_.data() + pos_);
    if (h[0] != 'C' || h[1] != 'L')
        return fail("bad magic: not a Concurrency Lab worker frame");
    if (h[2] != kVersion)
        return fail("unsupported protocol version " + std::to_string(h[2]) + " (this side speaks "
                    + std::to_string(kVersion) + ")");
    const auto type = static_cast<Type>(h[3]);
    const long want = expectedSize(type);
    if (want == -2)
        return fail("unknown frame type " + std::to_string(h[3]));
    const std::uint32_t len = getU32(h + 4);
    if (len > kMaxPayload)
        return fail("frame length " + std::to_string(len) + " exceeds the limit of " + std::to_string(kMaxPayload)
                    + " bytes");
    if (want >= 0 && len != static_cast<std::uint32_t>(want))
        return fail(std::string(typeName(type)) + " frame has length " + std::to_string(len) + ", expected "
                    + std::to_string(want));
    if (type == Type::SpinStart && len < 4)
        return fail("spin-start frame too short: " + std::to_string(len) + " bytes");
    if (avail < kHeaderSize + len)
        return Status::NeedMore;

    const unsigned char *p = h + kHeaderSize;
    switch (type) {
    case Type::Hello: out = Hello{getU32(p), getU32(p + 4), getU32(p + 8)}; break;
    case Type::Job: out = Job{getU64(p)}; break;
    case Type::Result:
        if (p[8] > 1)
            return fail("result frame has prime flag " + std::to_string(p[8]) + ", expected 0 or 1");
        out = Result{getU64(p), p[8] == 1, static_cast<std::int64_t>(getU64(p + 9)),
                     static_cast<std::int64_t>(getU64(p + 17)), getU64(p + 25)};
        break;
    case Type::Done: out = Done{}; break;
    case Type::Error: out = Error{std::string(reinterpret_cast<const char *>(p), len)}; break;
    case Type::SpinStart: {
        const std::uint32_t interval = getU32(p);
        if (interval < kMinSpinIntervalMs || interval > kMaxSpinIntervalMs)
            return fail("spin-start interval " + std::to_string(interval) + " ms is outside "
                        + std::to_string(kMinSpinIntervalMs) + ".." + std::to_string(kMaxSpinIntervalMs) + " ms");
        out = SpinStart{interval, std::string(reinterpret_cast<const char *>(p + 4), len - 4)};
        break;
    }
    case Type::SpinStop: out = SpinStop{}; break;
    case Type::Frame: out = Frame{getU32(p), static_cast<std::int64_t>(getU64(p + 4)), static_cast<char>(p[12])}; break;
    case Type::SpinStopped: out = SpinStopped{getU32(p)}; break;
    case Type::Pill: out = Pill{}; break;
    }
    pos_ += kHeaderSize + len;
    return Status::Ok;
}

} // namespace conlab::protocol
