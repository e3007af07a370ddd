// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/fidelity/fidelityrow.h"

#include "core/sweep/sweepstats.h"

#include <algorithm>
#include <cmath>

namespace conlab {

FidelitySide FidelitySide::of(std::vector<FidelitySample> runs)
{
    FidelitySide side;
    std::vector<double> seconds;
    std::vector<double> fps;
    for (const FidelitySample &s : runs) {
        if (!s.ok()) {
            if (side.firstError.isEmpty())
                side.firstError = s.error;
            continue;
        }
        ++side.ok;
        seconds.push_back(s.seconds);
        fps.push_back(s.framesPerSecond);
        side.maxFrames = std::max(side.maxFrames, s.frames);
        side.maxGapNs = std::max(side.maxGapNs.value_or(0), s.maxGapNs);
        if (s.race)
            ++side.races[static_cast<std::size_t>(*s.race)];
    }
    if (!seconds.empty()) {
        side.seconds = median(seconds);
        side.framesPerSecond = median(fps);
    }
    side.runs = std::move(runs);
    return side;
}

std::optional<RaceOutcome> FidelitySide::commonRace() const
{
    std::optional<RaceOutcome> best;
    int most = 0;
    for (RaceOutcome o : {RaceOutcome::Hung, RaceOutcome::Lost, RaceOutcome::Complete}) {
        const int count = races[static_cast<std::size_t>(o)];
        if (count > most) {
            most = count;
            best = o;
        }
    }
    return best;
}

bool FidelitySide::allSpinners(SpinnerOutcome outcome) const
{
    return ok > 0 && std::all_of(runs.begin(), runs.end(), [outcome](const FidelitySample &s) {
               return !s.ok() || s.spinner == outcome;
           });
}

namespace {

bool withinTime(double ratio)
{
    return std::abs(ratio - 1.0) <= FidelityExperiments::kTimeBand + 1e-9;
}

void judgeTime(FidelityRow &row)
{
    if (withinTime(*row.ratio)) {
        row.verdict = FidelityVerdict::Agree;
        //: %1 the ratio, e.g. 1.04
        row.why = FidelityJudge::tr("the emulation takes %1x CPython's time, within 10%").arg(*row.ratio, 0, 'f', 2);
    } else {
        row.verdict = FidelityVerdict::Differ;
        row.why = FidelityJudge::tr("the emulation takes %1x CPython's time, outside 10%").arg(*row.ratio, 0, 'f', 2);
    }
}

void judgeSpins(FidelityRow &row)
{
    const double fpsGap = *row.emulated.framesPerSecond - *row.cpython.framesPerSecond;
    if (!row.cpython.allSpinners(SpinnerOutcome::KeepsSpinning)
        || !row.emulated.allSpinners(SpinnerOutcome::KeepsSpinning)) {
        row.verdict = FidelityVerdict::Differ;
        row.why = FidelityJudge::tr("a spinner that should keep spinning stuttered or never appeared");
        return;
    }
    if (std::abs(fpsGap) > FidelityExperiments::kFpsBand + 1e-9) {
        row.verdict = FidelityVerdict::Differ;
        //: %1 and %2 frames per second
        row.why = FidelityJudge::tr("%1 frames a second in the emulation against %2 in CPython")
                      .arg(*row.emulated.framesPerSecond, 0, 'f', 1)
                      .arg(*row.cpython.framesPerSecond, 0, 'f', 1);
        return;
    }
    judgeTime(row);
    if (row.verdict == FidelityVerdict::Agree)
        //: %1 the ratio of the times
        row.why = FidelityJudge::tr("both keep spinning at the same rate; time %1x CPython's")
                      .arg(*row.ratio, 0, 'f', 2);
}

void judgeNeverAppears(FidelityRow &row)
{
    if (row.cpython.maxFrames == 0 && row.emulated.maxFrames == 0) {
        row.verdict = FidelityVerdict::Agree;
        row.why = FidelityJudge::tr("neither ever drew a frame");
        return;
    }
    row.verdict = FidelityVerdict::Differ;
    //: %1 and %2 the most frames a run drew
    row.why = FidelityJudge::tr("up to %1 frames in CPython and %2 in the emulation; the spinner should never appear")
                  .arg(row.cpython.maxFrames)
                  .arg(row.emulated.maxFrames);
}

void judgeStutters(FidelityRow &row)
{
    const bool cpython = row.cpython.allSpinners(SpinnerOutcome::Stutters);
    const bool emulated = row.emulated.allSpinners(SpinnerOutcome::Stutters);
    const double cpythonGap = *row.cpython.maxGapNs / 1e6;
    const double emulatedGap = *row.emulated.maxGapNs / 1e6;
    //: %1 and %2 the longest frozen glyph in ms
    const QString gaps = FidelityJudge::tr("longest gap %1 ms in CPython, %2 ms in the emulation")
                             .arg(cpythonGap, 0, 'f', 0)
                             .arg(emulatedGap, 0, 'f', 0);
    row.verdict = cpython && emulated ? FidelityVerdict::Agree : FidelityVerdict::Differ;
    row.why = (cpython && emulated ? FidelityJudge::tr("both stutter") : FidelityJudge::tr("only one stutters")) + u"; "
        + gaps;
}

void judgeOutcome(FidelityRow &row)
{
    const auto cpython = row.cpython.commonRace();
    const auto emulated = row.emulated.commonRace();
    row.verdict = cpython == emulated ? FidelityVerdict::Agree : FidelityVerdict::Differ;
    //: %1 and %2 outcomes: complete, lost or hung
    row.why = FidelityJudge::tr("mostly %1 in CPython, mostly %2 in the emulation")
                  .arg(raceOutcomeKey(*cpython), raceOutcomeKey(*emulated));
}

} // namespace

FidelityRow FidelityJudge::judge(const FidelityExperiment &experiment, std::vector<FidelitySample> cpython,
                                 std::vector<FidelitySample> emulated)
{
    FidelityRow row;
    row.key = experiment.key;
    row.title = experiment.title;
    row.band = experiment.band;
    row.cpython = FidelitySide::of(std::move(cpython));
    row.emulated = FidelitySide::of(std::move(emulated));
    if (row.cpython.ok == 0 || row.emulated.ok == 0) {
        row.verdict = FidelityVerdict::NoData;
        //: %1 the engine (CPython or the emulation), %2 its error
        row.why = row.cpython.ok == 0
            ? tr("no run finished in %1: %2").arg(u"CPython", row.cpython.firstError)
            : tr("no run finished in %1: %2").arg(tr("the emulation"), row.emulated.firstError);
        return row;
    }
    if (*row.cpython.seconds > 0)
        row.ratio = *row.emulated.seconds / *row.cpython.seconds;
    switch (row.band) {
    case FidelityBand::Spins: judgeSpins(row); break;
    case FidelityBand::NeverAppears: judgeNeverAppears(row); break;
    case FidelityBand::Stutters: judgeStutters(row); break;
    case FidelityBand::Time:
        if (row.ratio)
            judgeTime(row);
        else
            row.why = tr("CPython took no measurable time: too few or too small numbers to compare");
        break;
    case FidelityBand::Outcome: judgeOutcome(row); break;
    }
    return row;
}

FidelityRow FidelityJudge::ratioRow(const QString &key, const FidelityRow &numerator, const FidelityRow &denominator)
{
    FidelityRow row;
    row.key = key;
    //: the derived fidelity row: %1 and %2 are row keys (S8, S7)
    row.title = tr("%1 time over %2 time").arg(numerator.key, denominator.key);
    row.band = FidelityBand::Time;
    auto side = [](const FidelitySide &top, const FidelitySide &bottom) {
        FidelitySide s;
        if (top.seconds && bottom.seconds && *bottom.seconds > 0) {
            s.seconds = *top.seconds / *bottom.seconds;
            s.ok = std::min(top.ok, bottom.ok);
        }
        return s;
    };
    row.cpython = side(numerator.cpython, denominator.cpython);
    row.emulated = side(numerator.emulated, denominator.emulated);
    if (!row.cpython.seconds || !row.emulated.seconds) {
        row.why = tr("needs both rows in both engines");
        return row;
    }
    row.ratio = *row.emulated.seconds / *row.cpython.seconds;
    const bool within = withinTime(*row.ratio);
    row.verdict = within ? FidelityVerdict::Agree : FidelityVerdict::Differ;
    //: %1 and %2 ratios such as 1.55
    row.why = (within ? tr("%1x in the emulation, %2x in CPython: within 10%")
                      : tr("%1x in the emulation, %2x in CPython: outside 10%"))
                  .arg(*row.emulated.seconds, 0, 'f', 2)
                  .arg(*row.cpython.seconds, 0, 'f', 2);
    return row;
}

QString FidelityJudge::verdictKey(FidelityVerdict v)
{
    switch (v) {
    case FidelityVerdict::Agree: return QStringLiteral("agree");
    case FidelityVerdict::Differ: return QStringLiteral("differ");
    case FidelityVerdict::NoData: return QStringLiteral("no_data");
    }
    return {};
}

} // namespace conlab
