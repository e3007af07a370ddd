// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/cpython/cpythonoptions.h"
#include "core/cpython/listingoutcome.h"
#include "core/cpython/listingrunner.h"
#include "core/spinner/spinnerrun.h"

#include <QCoreApplication>

namespace conlab {

// A spinner experiment run by real CPython: the listing the code pane shows
// for the variant. The same contract as SpinnerRun: exec() blocks (never on
// a GUI thread) and returns the same report; the observer's onSpinnerObject,
// onFrame and onCleared fire as the bytes arrive on the pipe, each frame
// stamped then (from the spawn). The spinner's span runs from the "spinner
// object:" line to "Answer: 42". No GIL holds or loop steps: CPython does
// not tell them. The listings sleep 3 s and check 5_000_111_000_222_021;
// another duration or number is refused (the report's error says so).
class CPythonSpinnerRun
{
    Q_DECLARE_TR_FUNCTIONS(conlab::CPythonSpinnerRun)
public:
    explicit CPythonSpinnerRun(SpinnerConfig config, CPythonOptions options = {});

    SpinnerReport exec(const SpinnerObserver &observer = {});
    void cancel() { runner_.cancel(); }
    const ListingOutcome &outcome() const { return outcome_; }
    const SpinnerConfig &config() const { return config_; }
    static constexpr int kDefaultGraceMs = 60'000;

private:
    SpinnerConfig config_;
    ListingRunner runner_;
    ListingOutcome outcome_;
};

} // namespace conlab
