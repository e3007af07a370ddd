// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <variant>
#include <vector>

// The worker protocol, version 1. Documented in docs/worker-protocol.md.
// Plain C++ on purpose: concurrency-lab-worker links this and nothing of Qt,
// because process start-up is part of what the lesson measures.
namespace conlab::protocol {

inline constexpr std::uint8_t kVersion = 1;
inline constexpr std::size_t kHeaderSize = 8;
inline constexpr std::size_t kMaxPayload = 1024;
// The frame interval a spin-start may ask for. Below 10 ms the child would
// flood the pipe with frames no screen shows; above a minute it would look
// hung (and the parent's watchdog would call it that). The decoder refuses
// anything outside, so no worker ever computes with 0 or 2^32-1 ms.
inline constexpr std::uint32_t kMinSpinIntervalMs = 10;
inline constexpr std::uint32_t kMaxSpinIntervalMs = 60'000;

enum class Type : std::uint8_t {
    Hello = 1,       // parent -> worker: who you are and how to pace
    Job = 2,         // parent -> worker: check n (any n, 0 included)
    Result = 3,      // worker -> parent
    Done = 4,        // worker -> parent: the answer to a pill
    Error = 5,       // either way: a fatal complaint, then the sender exits
    SpinStart = 6,   // parent -> worker: draw spinner frames
    SpinStop = 7,    // parent -> worker: the Event is set
    Frame = 8,       // worker -> parent: one spinner frame was drawn
    SpinStopped = 9, // worker -> parent: the spinner cleared its line
    Pill = 10,       // parent -> worker: no more jobs; answer Done and leave
};

struct Hello
{
    std::uint32_t workerId = 0;
    std::uint32_t paceUnits = 0;
    std::uint32_t napTestUnits = 0;
};
struct Job
{
    std::uint64_t n = 0;
};
struct Result
{
    std::uint64_t n = 0;
    bool prime = false;
    std::int64_t startNs = 0; // CLOCK_MONOTONIC, shared by all processes
    std::int64_t endNs = 0;
    std::uint64_t divisions = 0;
};
struct Done
{
};
struct Error
{
    std::string text;
};
struct SpinStart
{
    std::uint32_t intervalMs = 100;
    std::string message;
};
struct SpinStop
{
};
struct Frame
{
    std::uint32_t index = 0;
    std::int64_t tNs = 0;
    char glyph = '|';
};
struct SpinStopped
{
    std::uint32_t frames = 0;
};
// The book's pill is the number 0, which is_prime answers without a worker.
// Here a user may list 0, so the pill is a message of its own.
struct Pill
{
};

using Message = std::variant<Hello, Job, Result, Done, Error, SpinStart, SpinStop, Frame, SpinStopped, Pill>;

// Appends one frame to `out`. Text longer than the payload limit is cut.
void encode(const Message &msg, std::string &out);
std::string encode(const Message &msg);

// Incremental decoder. It never buffers more than one frame's worth of bytes:
// the header is checked (magic, version, type, length against the limit and
// against the type's exact size) before a payload byte is kept, so a frame
// that claims a huge length costs nothing.
class Decoder
{
public:
    enum class Status { NeedMore, Ok, Error };

    // Call next() after each feed until it returns NeedMore. Callers feed what
    // one read() returned, so the backlog stays bounded by their read size.
    void feed(const char *data, std::size_t size);
    Status next(Message &out);
    const std::string &error() const { return error_; }
    // True when bytes of an unfinished frame are waiting: EOF now means a
    // truncated frame.
    bool midFrame() const { return pos_ < bytes_.size(); }
    // Bytes held in memory: at most one unfinished frame plus the last feed.
    // For tests and the fuzz target, which check that bound.
    std::size_t buffered() const { return bytes_.size(); }

private:
    Status fail(std::string why);
    std::string bytes_; // fed and not yet decoded, from pos_ on
    std::size_t pos_ = 0;
    std::string error_;
    bool failed_ = false;
};

const char *typeName(Type t);

} // namespace conlab::protocol
