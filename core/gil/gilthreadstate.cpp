// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "gilthreadstate.h"

#include "gil.h"

#include <utility>

namespace conlab {

GilThreadState::GilThreadState(Gil &gil, int tid) : Checkpoint(gil.breaker()), gil_(gil), tid_(tid) { }

GilThreadState::GilThreadState(Gil &gil, std::string name, int worker)
    : GilThreadState(gil, gil.registerThread(std::move(name), worker))
{
}

void GilThreadState::acquire()
{
    gil_.acquire(tid_);
}

void GilThreadState::release() noexcept
{
    gil_.release(tid_);
}

bool GilThreadState::holdsGil() const noexcept
{
    return gil_.isHeldBy(tid_);
}

void GilThreadState::service()
{
    if (breaker_.test(EvalBreaker::CancelRequested))
        throw Cancelled{};
    if (breaker_.test(EvalBreaker::GilDropRequested) && gil_.isHeldBy(tid_))
        gil_.dropOnRequest(tid_);
}

} // namespace conlab
