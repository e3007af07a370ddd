// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/fidelity/fidelityrunner.h"

#include <algorithm>

namespace conlab {

FidelityRunner::FidelityRunner(std::vector<FidelityExperiment> experiments, int rounds, FidelityEngine &cpython,
                               FidelityEngine &emulated)
    : experiments_(std::move(experiments)), rounds_(std::max(1, rounds)), cpython_(cpython), emulated_(emulated)
{
}

std::vector<FidelityRow> FidelityRunner::exec(const StepFn &onStep)
{
    const std::size_t n = experiments_.size();
    std::vector<std::vector<FidelitySample>> cpython(n), emulated(n);
    FidelityStep step;
    step.rounds = rounds_;
    step.total = rounds_ * static_cast<int>(n) * 2;
    for (int round = 1; round <= rounds_ && !cancelled_; ++round) {
        step.round = round;
        for (std::size_t i = 0; i < n && !cancelled_; ++i) {
            step.experiment = &experiments_[i];
            const bool cpythonFirst = round % 2 == 1;
            for (int turn = 0; turn < 2 && !cancelled_; ++turn) {
                step.cpython = (turn == 0) == cpythonFirst;
                FidelityEngine &engine = step.cpython ? cpython_ : emulated_;
                FidelitySample sample = engine.run(experiments_[i]);
                if (cancelled_)
                    break; // a cancelled run measured nothing
                ++step.done;
                if (onStep)
                    onStep(step, sample);
                (step.cpython ? cpython : emulated)[i].push_back(std::move(sample));
            }
        }
    }

    std::vector<FidelityRow> rows;
    const FidelityRow *s7 = nullptr;
    const FidelityRow *s8 = nullptr;
    rows.reserve(n + 1);
    for (std::size_t i = 0; i < n; ++i) {
        rows.push_back(FidelityJudge::judge(experiments_[i], std::move(cpython[i]), std::move(emulated[i])));
    }
    // The derived row goes right after the last spinner row.
    std::size_t lastSpinner = 0;
    for (std::size_t i = 0; i < n; ++i) {
        if (experiments_[i].isSpinner())
            lastSpinner = i + 1;
        if (rows[i].key == u"S7")
            s7 = &rows[i];
        if (rows[i].key == u"S8")
            s8 = &rows[i];
    }
    if (s7 && s8) {
        FidelityRow ratio = FidelityJudge::ratioRow(QStringLiteral("S8/S7"), *s8, *s7);
        rows.insert(rows.begin() + static_cast<std::ptrdiff_t>(lastSpinner), std::move(ratio));
    }
    return rows;
}

void FidelityRunner::cancel()
{
    cancelled_ = true;
    cpython_.cancel();
    emulated_.cancel();
}

} // namespace conlab
