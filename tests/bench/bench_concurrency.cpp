// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// The GIL's measurements: what an uncontended check costs, how late a
// requested switch happens, and what threads gain with and without it.
#include "benchconcurrency.h"
#include "benchtimers.h"
#include "core/numbers/sample.h"
#include "gilbench.h"

#include <QJsonArray>
#include <array>
#include <cstdio>
#include <stdexcept>

using namespace Qt::StringLiterals;

namespace conlab::bench {

namespace {

Numbers bookSample()
{
    return Numbers(kBookSample.begin(), kBookSample.end());
}

} // namespace

QStringList concurrencyNames()
{
    return {u"gil_check_cost"_s, u"gil_switch_latency_us"_s, u"loop_task_switch_ns"_s, u"threads_gil"_s, u"spinners"_s};
}

bool benchConcurrency(QJsonObject &report, const Plan &plan)
{
    using Bench = QJsonObject (*)(const Plan &);
    const std::array<std::pair<QString, Bench>, 5> all = {{
        {u"gil_check_cost"_s, benchGilCheckCost},
        {u"gil_switch_latency_us"_s, benchGilSwitchLatency},
        {u"loop_task_switch_ns"_s, benchLoopTaskSwitch},
        {u"threads_gil"_s, benchThreadsGil},
        {u"spinners"_s, benchSpinners},
    }};
    bool ok = true;
    for (const auto &[name, bench] : all) {
        if (plan.wants(name))
            ok &= measure(report, name, [&plan, bench = bench] { return bench(plan); });
    }
    return ok;
}

QJsonObject benchGilCheckCost(const Plan &plan)
{
    const Numbers sample = bookSample();
    Samples checked, bare, percent;
    for (int k = 1; k <= plan.runs; ++k) {
        const GilCheckTimes t = timeGilCheck(sample);
        checked.push_back(t.checkedSeconds);
        bare.push_back(t.bareSeconds);
        percent.push_back((t.checkedSeconds / t.bareSeconds - 1.0) * 100.0);
        std::fprintf(stderr, "gil_check_cost %d/%d: %.4f / %.4f s = %+.2f%%\n", k, plan.runs, t.checkedSeconds,
                     t.bareSeconds, percent.back());
    }
    QJsonObject e = series(percent, 2);
    e[u"unit"] = u"%"_s;
    e[u"of"] = u"median of (gil_checked_s / bare_s - 1) * 100: TrialDivision at native pace through the "
               u"GilThreadState checkpoint of an enabled GIL held by this thread alone, against LoopCost{} with "
               u"no checkpoint, alternating number by number"_s;
    e[u"gil_checked_s"] = series(checked, 4);
    e[u"bare_s"] = series(bare, 4);
    e[u"input"] = u"sample"_s;
    judge(e, Target::atMost(5.0), 2);
    return e;
}

QJsonObject benchGilSwitchLatency(const Plan &)
{
    using namespace std::chrono_literals;
    const GilSwitchLatency l = measureGilSwitchLatency(5ms, 3000ms, 2, 0);
    std::fprintf(stderr, "gil_switch_latency_us: %zu requests, median %.1f, p95 %.1f, max %.1f us\n", l.samples,
                 l.medianUs, l.p95Us, l.maxUs);
    if (l.samples == 0)
        throw std::runtime_error("no drop request was served in 3 s of contention");
    return {{u"median"_s, rounded(l.medianUs, 1)},
            {u"p95"_s, rounded(l.p95Us, 1)},
            {u"max"_s, rounded(l.maxUs, 1)},
            {u"samples"_s, static_cast<qint64>(l.samples)},
            {u"switches"_s, static_cast<qint64>(l.switches)},
            {u"interval_ms"_s, static_cast<double>(l.interval.count()) / 1000.0},
            {u"threads"_s, l.threads},
            {u"seconds"_s, 3},
            {u"pace"_s, u"native"_s},
            {u"of"_s,
             u"microseconds from a waiter's drop request (its interval ran out) to another thread "
             u"holding the GIL, 2 CPU-bound threads"_s}};
}

QJsonObject benchThreadsGil(const Plan &plan)
{
    const Numbers sample = bookSample();
    const GilConfig on{};
    const GilConfig off{false, kDefaultSwitchInterval};
    struct Variant
    {
        QString key;
        PrimesModel model;
        int workers;
        GilConfig gil;
        Samples walls;
    };
    std::array<Variant, 5> variants = {{
        {u"sequential"_s, PrimesModel::Sequential, 1, on, {}},
        {u"threads2_gil_on"_s, PrimesModel::Threads, 2, on, {}},
        {u"threads2_gil_off"_s, PrimesModel::Threads, 2, off, {}},
        {u"pool2_gil_on"_s, PrimesModel::Pool, 2, on, {}},
        {u"pool2_gil_off"_s, PrimesModel::Pool, 2, off, {}},
    }};
    // Round-robin, so a busy spell of the machine hits every variant alike;
    // the ratios are per round.
    for (int k = 1; k <= plan.runs; ++k) {
        for (Variant &v : variants) {
            v.walls.push_back(timePrimesRun(v.model, v.workers, Pace::native(), sample, v.gil));
            std::fprintf(stderr, "threads_gil %d/%d %s: %.4f s\n", k, plan.runs, qPrintable(v.key), v.walls.back());
        }
    }
    QJsonObject walls;
    for (const Variant &v : variants)
        walls[v.key] = series(v.walls, 4);
    const Samples &seq = variants[0].walls;
    const auto ratio = [&](const Samples &num, const Samples &den, const QString &of, const Target &target) {
        Samples r;
        for (std::size_t k = 0; k < num.size(); ++k)
            r.push_back(num[k] / den[k]);
        QJsonObject e = series(r, 3);
        e[u"of"] = of;
        judge(e, target, 2);
        return e;
    };
    QJsonObject e{{u"input"_s, u"sample"_s},
                  {u"pace"_s, u"native"_s},
                  {u"walls_s"_s, walls},
                  {u"loadavg_1min_at_end"_s, loadAverage()}};
    e[u"threads2_gil_on_vs_sequential"] = ratio(variants[1].walls, seq, u"threads2_gil_on / sequential wall"_s,
                                                Target::atLeast(0.9));
    e[u"pool2_gil_on_vs_sequential"] = ratio(variants[3].walls, seq, u"pool2_gil_on / sequential wall"_s,
                                             Target::atLeast(0.9));
    e[u"threads2_gil_off_speedup"] = ratio(seq, variants[2].walls, u"sequential / threads2_gil_off wall"_s,
                                           Target::atLeast(1.7));
    e[u"pool2_gil_off_speedup"] = ratio(seq, variants[4].walls, u"sequential / pool2_gil_off wall"_s,
                                        Target::atLeast(1.7));
    bool pass = true;
    for (const char *key : {"threads2_gil_on_vs_sequential", "pool2_gil_on_vs_sequential", "threads2_gil_off_speedup",
                            "pool2_gil_off_speedup"})
        pass &= e.value(QLatin1String(key)).toObject().value(u"pass").toBool();
    e[u"pass"] = pass;
    return e;
}

} // namespace conlab::bench
