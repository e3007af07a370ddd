// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// Every spinner experiment of EXPERIMENTS.md at the cpython pace: how many
// frames a second the audience sees, and the longest the glyph stood still.
#include "benchconcurrency.h"
#include "core/spinner/spinnerrun.h"

#include <QJsonArray>
#include <cstdio>
#include <ctime>
#include <stdexcept>
#include <vector>

using namespace Qt::StringLiterals;

namespace conlab::bench {

namespace {

enum class Expect { Spins, NeverAppears, Stutters };

struct Experiment
{
    QString key;
    SpinnerModel model;
    SlowKind slow;
    std::chrono::microseconds interval{kDefaultSwitchInterval};
    Expect expect = Expect::Spins;
};

const std::vector<Experiment> &experiments()
{
    using namespace std::chrono_literals;
    static const std::vector<Experiment> all = {
        {u"S1_thread_sleep"_s, SpinnerModel::Thread, SlowKind::Sleep},
        {u"S2_process_sleep"_s, SpinnerModel::Process, SlowKind::Sleep},
        {u"S3_coroutine_sleep"_s, SpinnerModel::Coroutine, SlowKind::Sleep},
        {u"S4_coroutine_blocking_sleep"_s, SpinnerModel::Coroutine, SlowKind::BlockingSleep, kDefaultSwitchInterval,
         Expect::NeverAppears},
        {u"S5_process_prime"_s, SpinnerModel::Process, SlowKind::Prime},
        {u"S6_thread_prime"_s, SpinnerModel::Thread, SlowKind::Prime},
        {u"S6_thread_prime_300ms"_s, SpinnerModel::Thread, SlowKind::Prime, 300ms, Expect::Stutters},
        {u"S7_coroutine_prime"_s, SpinnerModel::Coroutine, SlowKind::Prime, kDefaultSwitchInterval,
         Expect::NeverAppears},
        {u"S8_coroutine_nap"_s, SpinnerModel::Coroutine, SlowKind::Nap},
        {u"executor_coroutine_executor"_s, SpinnerModel::Coroutine, SlowKind::Executor},
    };
    return all;
}

struct Figures
{
    Samples fps, maxGapMs, slowS, cpuS, firstFrameMs;
    QJsonArray frames;
};

// CPU seconds of this process (every thread, no child): unlike the wall, it
// does not grow when other work on the machine takes the cores.
double processCpuSeconds()
{
    timespec ts{};
    ::clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

Figures run(const Experiment &x, double seconds, int runs)
{
    SpinnerConfig cfg;
    cfg.model = x.model;
    cfg.slow = x.slow;
    cfg.gil.switchInterval = x.interval;
    cfg.pace = Pace::cpython();
    cfg.seconds = seconds;
    Figures f;
    for (int k = 1; k <= runs; ++k) {
        SpinnerRun spinnerRun(cfg);
        const double cpu0 = processCpuSeconds();
        const SpinnerReport r = spinnerRun.exec();
        f.cpuS.push_back(processCpuSeconds() - cpu0);
        if (!r.ok() || r.answer != 42)
            throw std::runtime_error(x.key.toStdString() + ": "
                                     + (r.error.isEmpty() ? "no answer" : r.error.toStdString()));
        const double frames = static_cast<double>(r.frames.size());
        f.fps.push_back(r.slowSeconds > 0 ? frames / r.slowSeconds : 0.0);
        f.maxGapMs.push_back(static_cast<double>(r.maxGapNs) / 1e6);
        f.slowS.push_back(r.slowSeconds);
        if (!r.frames.empty())
            f.firstFrameMs.push_back(static_cast<double>(r.frames.front().tNs) / 1e6);
        f.frames.append(static_cast<qint64>(r.frames.size()));
        std::fprintf(stderr, "spinners %s %d/%d: %zu frames, %.2f fps, max gap %.1f ms, slow %.3f s\n",
                     qPrintable(x.key), k, runs, r.frames.size(), f.fps.back(), f.maxGapMs.back(), f.slowS.back());
    }
    return f;
}

} // namespace

QJsonObject benchSpinners(const Plan &plan)
{
    const double seconds = plan.quick ? 1.0 : 3.0;
    // Calibrate outside the runs, so no slow() pays for it.
    const PaceCalibration &cal = PaceCalibration::instance();
    cal.unitsPerDivision(Pace::cpython());
    cal.napTestUnits(Pace::cpython());
    QJsonObject out{{u"pace"_s, u"cpython"_s},
                    {u"sleep_seconds"_s, seconds},
                    {u"expected_fps"_s, 1.0 / SpinnerConfig::kFrameInterval},
                    {u"of"_s,
                     u"per experiment, medians over the runs: fps = frames / slow_s, largest gap in ms "
                     u"(start to first frame and last frame to stop included), cpu_s = this "
                     u"process's CPU seconds (worker processes not counted)"_s}};
    bool pass = true;
    double primeSlow = 0, primeCpu = 0;
    for (const Experiment &x : experiments()) {
        const Figures f = run(x, seconds, plan.runs);
        const double fps = median(f.fps), gap = median(f.maxGapMs), slow = median(f.slowS);
        QJsonObject e{{u"model"_s, SpinnerChoices::modelName(x.model)},
                      {u"slow"_s, SpinnerChoices::slowName(x.slow)},
                      {u"switch_interval_ms"_s, static_cast<double>(x.interval.count()) / 1000.0},
                      {u"fps"_s, series(f.fps, 2)},
                      {u"expected_fps"_s, 1.0 / SpinnerConfig::kFrameInterval},
                      {u"max_gap_ms"_s, series(f.maxGapMs, 1)},
                      {u"slow_s"_s, series(f.slowS, 3)},
                      {u"cpu_s"_s, series(f.cpuS, 3)},
                      {u"frames"_s, f.frames}};
        if (!f.firstFrameMs.empty())
            e[u"first_frame_ms"] = series(f.firstFrameMs, 1); // since the run's start
        bool ok = false;
        switch (x.expect) {
        case Expect::Spins:
            e[u"target"] = QJsonObject{{u"fps_min"_s, 5.0}, {u"max_gap_ms_max"_s, 500.0}};
            ok = fps >= 5.0 && gap <= 500.0;
            break;
        case Expect::NeverAppears:
            e[u"target"] = QJsonObject{{u"fps_max"_s, 0.0}};
            ok = fps == 0.0;
            break;
        case Expect::Stutters:
            e[u"target"] = QJsonObject{{u"max_gap_ms_min"_s, 250.0}};
            ok = gap >= 250.0;
            break;
        }
        if (x.slow == SlowKind::Prime && x.model == SpinnerModel::Coroutine) {
            primeSlow = slow;
            primeCpu = median(f.cpuS);
        }
        if (x.slow == SlowKind::Nap && primeSlow > 0) {
            // EXPERIMENTS.md: the nap's extra test makes S8 take longer than S7.
            QJsonObject vs{{u"median"_s, rounded(slow / primeSlow, 3)},
                           {u"of"_s, u"median slow_s of S8 / median slow_s of S7"_s}};
            judge(vs, Target::atLeast(1.2), 2);
            ok &= vs.value(u"pass").toBool();
            e[u"vs_prime"] = vs;
            // The same in CPU time, which a busy machine does not inflate.
            e[u"vs_prime_cpu"] = QJsonObject{{u"median"_s, rounded(median(f.cpuS) / primeCpu, 3)},
                                             {u"of"_s, u"median cpu_s of S8 / median cpu_s of S7"_s}};
        }
        e[u"pass"] = ok;
        pass &= ok;
        out[x.key] = e;
    }
    out[u"loadavg_1min_at_end"] = loadAverage();
    out[u"pass"] = pass;
    return out;
}

} // namespace conlab::bench
