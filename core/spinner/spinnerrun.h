// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/concurrency/runcontrol.h"
#include "core/eventloop/loopevent.h"
#include "core/gil/gil.h"
#include "core/spinner/spinnerconfig.h"
#include "core/spinner/spinnerevents.h"

#include <functional>

namespace conlab {

// What a spinner run tells while it runs. Each callback may come from any of
// the run's threads (frames from the spinner's thread or the child's reader
// thread, GIL holds from the releasing thread, loop events from the loop's
// thread); calls of one callback never overlap. Keep them quick.
struct SpinnerObserver
{
    std::function<void(const QString &repr)> onSpinnerObject;
    std::function<void(const SpinnerFrame &)> onFrame;
    std::function<void()> onCleared; // the spinner cleared its line
    std::function<void(const GilHold &)> onGilHold;
    std::function<void(const aio::LoopEvent &)> onLoopEvent;
    aio::LoopDetail loopDetail = aio::LoopDetail::Tasks; // Full for a view that draws the loop
};

// One supervisor run, built as the book builds it for the chosen model:
// start the spinner, call slow(), stop the spinner, return 42. exec() blocks
// its caller (never a GUI thread); cancel() is safe from any thread and
// makes exec() return promptly with every thread joined and child reaped.
class SpinnerRun
{
public:
    explicit SpinnerRun(SpinnerConfig config);
    SpinnerReport exec(const SpinnerObserver &observer = {});
    void cancel() { control_.cancel(); }
    const SpinnerConfig &config() const { return config_; }

private:
    SpinnerConfig config_;
    RunControl control_;
};

} // namespace conlab
