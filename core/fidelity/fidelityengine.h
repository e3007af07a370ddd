// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/fidelity/fidelityexperiment.h"
#include "core/fidelity/fidelitysample.h"

#include <QString>
#include <functional>
#include <mutex>

namespace conlab {

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

// The run an engine has under way, so that cancel() from another thread
// reaches it, and a cancel that comes between two runs stops the next one
// before it starts.
class CurrentRun
{
public:
    template <class Run, class Exec>
    auto with(Run &run, Exec exec)
    {
        {
            std::lock_guard lock(mutex_);
            if (cancelled_)
                run.cancel();
            cancelCurrent_ = [&run] { run.cancel(); };
        }
        auto result = exec();
        std::lock_guard lock(mutex_);
        cancelCurrent_ = nullptr;
        return result;
    }
    void cancel()
    {
        std::lock_guard lock(mutex_);
        cancelled_ = true;
        if (cancelCurrent_)
            cancelCurrent_();
    }

private:
    std::mutex mutex_;
    std::function<void()> cancelCurrent_;
    bool cancelled_ = false;
};

// The app's own engine: SpinnerRun and PrimesRun, as the CLI runs them.
class EmulatedFidelityEngine final : public FidelityEngine
{
public:
    FidelitySample run(const FidelityExperiment &experiment) override;
    void cancel() override { current_.cancel(); }

private:
    CurrentRun current_;
};

} // namespace conlab
