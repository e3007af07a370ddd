// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/audience/ratelimiter.h"

#include <algorithm>

namespace conlab {

RateLimiter::RateLimiter(double burst, double perSecond, int maxKeys)
    : burst_(burst), perSecond_(perSecond), maxKeys_(maxKeys)
{
}

void RateLimiter::refill(Bucket &b, std::int64_t nowMs) const
{
    const double elapsed = std::max<std::int64_t>(0, nowMs - b.lastMs) / 1000.0;
    b.tokens = std::min(burst_, b.tokens + elapsed * perSecond_);
    b.lastMs = nowMs;
}

void RateLimiter::sweep(std::int64_t nowMs)
{
    for (auto it = buckets_.begin(); it != buckets_.end();) {
        refill(*it, nowMs);
        it = it->tokens >= burst_ ? buckets_.erase(it) : std::next(it);
    }
}

bool RateLimiter::allow(const QByteArray &key, std::int64_t nowMs)
{
    auto it = buckets_.find(key);
    if (it == buckets_.end()) {
        if (buckets_.size() >= maxKeys_)
            sweep(nowMs);
        if (buckets_.size() >= maxKeys_)
            return false;
        it = buckets_.insert(key, Bucket{burst_, nowMs});
    }
    refill(*it, nowMs);
    if (it->tokens < 1.0)
        return false;
    it->tokens -= 1.0;
    return true;
}

} // namespace conlab
