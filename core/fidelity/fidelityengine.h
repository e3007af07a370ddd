// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/fidelity/fidelityexperiment.h"
#include "core/fidelity/fidelitysample.h"

#include <QString>
#include <mutex>

namespace conlab {

class PrimesRun;
class SpinnerRun;

// Something that runs one fidelity experiment and measures it: the
// emulation, or the matching listing in real CPython.
class FidelityEngine
{
public:
    virtual ~FidelityEngine() = default;
    // Blocks until the run ends; never on a GUI thread.
    virtual FidelitySample run(const FidelityExperiment &experiment) = 0;
    // From any thread: ends the run under way, and every later one at once.
    virtual void cancel() = 0;
};

// The app's own engine: SpinnerRun and PrimesRun, as the CLI runs them.
class EmulatedFidelityEngine final : public FidelityEngine
{
public:
    FidelitySample run(const FidelityExperiment &experiment) override;
    void cancel() override;

private:
    std::mutex mutex_; // guards the two pointers and cancelled_
    SpinnerRun *spinner_ = nullptr;
    PrimesRun *primes_ = nullptr;
    bool cancelled_ = false;
};

} // namespace conlab
