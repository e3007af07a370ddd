// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <QByteArray>
#include <QHash>
#include <cstdint>

namespace conlab {

// Token buckets by key (an address, a voter token): `burst` requests at
// once, then `perSecond`. The table is bounded: when full, the buckets that
// have refilled completely go first (they hold no state worth keeping), and
// if none has, a new key is refused. Not thread-safe: the listener's
// thread owns it.
class RateLimiter
{
public:
    RateLimiter(double burst, double perSecond, int maxKeys);
    // Takes one token from `key`'s bucket at `nowMs` (a steady clock).
    bool allow(const QByteArray &key, std::int64_t nowMs);
    int size() const { return int(buckets_.size()); }

private:
    struct Bucket
    {
        double tokens;
        std::int64_t lastMs;
    };
    void refill(Bucket &b, std::int64_t nowMs) const;
    void sweep(std::int64_t nowMs);

    double burst_;
    double perSecond_;
    int maxKeys_;
    QHash<QByteArray, Bucket> buckets_;
};

} // namespace conlab
