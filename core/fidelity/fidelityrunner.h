// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/fidelity/fidelityengine.h"
#include "core/fidelity/fidelityrow.h"

#include <atomic>
#include <functional>
#include <vector>

namespace conlab {

// Which run just ended, for a progress line.
struct FidelityStep
{
    int round = 0; // 1-based
    int rounds = 0;
    const FidelityExperiment *experiment = nullptr;
    bool cpython = false;
    int done = 0; // runs finished so far, this one included
    int total = 0;
};

// Runs every experiment `rounds` times in each engine and judges the rows.
// The two engines never run at once (they would share the cores), and they
// take turns: in odd rounds CPython goes first, in even rounds the
// emulation, so a machine that slows down over the run weighs on both.
class FidelityRunner
{
public:
    using StepFn = std::function<void(const FidelityStep &, const FidelitySample &)>;

    FidelityRunner(std::vector<FidelityExperiment> experiments, int rounds, FidelityEngine &cpython,
                   FidelityEngine &emulated);
    // Blocks; the rows in the experiments' order, with the S8/S7 row after
    // the spinner rows. After cancel() it returns what it has (the rows of
    // a cancelled run say "no data" where nothing finished).
    std::vector<FidelityRow> exec(const StepFn &onStep = {});
    void cancel();
    bool cancelled() const { return cancelled_; }

private:
    std::vector<FidelityExperiment> experiments_;
    int rounds_;
    FidelityEngine &cpython_;
    FidelityEngine &emulated_;
    std::atomic<bool> cancelled_{false};
};

} // namespace conlab
