// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/cpython/cpythonspinnerrun.h"

#include "core/cpython/spinnerstream.h"

#include <algorithm>
#include <optional>

namespace conlab {

CPythonSpinnerRun::CPythonSpinnerRun(SpinnerConfig config, CPythonOptions options)
    : config_(std::move(config)), runner_(ListingCommand::forSpinner(config_), std::move(options), kDefaultGraceMs)
{
}

SpinnerReport CPythonSpinnerRun::exec(const SpinnerObserver &observer)
{
    SpinnerReport report;
    std::optional<std::int64_t> start, stop;
    std::int64_t lastT = 0;
    SpinnerStream::Sink sink;
    sink.onObject = [&](const QString &repr, std::int64_t t) {
        report.spinnerRepr = repr;
        start = t;
        if (observer.onSpinnerObject)
            observer.onSpinnerObject(repr);
    };
    sink.onFrame = [&](char glyph, std::int64_t t) {
        const SpinnerFrame f{static_cast<int>(report.frames.size()), t, glyph};
        report.frames.push_back(f);
        if (observer.onFrame)
            observer.onFrame(f);
    };
    sink.onCleared = [&](std::int64_t) {
        if (observer.onCleared)
            observer.onCleared();
    };
    sink.onAnswer = [&](int answer, std::int64_t t) {
        report.answer = answer;
        stop = t;
    };
    SpinnerStream stream(config_.message, std::move(sink));
    outcome_ = runner_.run([&](const QByteArray &bytes, std::int64_t t) {
        lastT = t;
        stream.feed(bytes, t);
    });
    stream.finish(lastT);

    report.elapsed = outcome_.seconds;
    report.cancelled = outcome_.end == ListingOutcome::End::Cancelled;
    report.error = outcome_.error;
    if (outcome_.finished() && (!start || !stop))
        //: %1 the listing's file name
        report.error = tr("%1 printed no spinner object or no Answer line").arg(outcome_.file);
    const std::int64_t s = start.value_or(0);
    const std::int64_t e = stop.value_or(static_cast<std::int64_t>(outcome_.seconds * 1e9));
    report.slowSeconds = static_cast<double>(e - s) / 1e9;
    report.expectedFrames = report.slowSeconds / SpinnerConfig::kFrameInterval;
    std::int64_t prev = s, gap = 0;
    for (const SpinnerFrame &f : report.frames) {
        gap = std::max(gap, f.tNs - prev);
        prev = f.tNs;
    }
    report.maxGapNs = std::max(gap, e - prev);
    return report;
}

} // namespace conlab
