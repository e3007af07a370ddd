// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "benchpernumber.h"

#include "benchreport.h"
#include "benchsteps.h"
#include "core/numbers/sample.h"
#include "core/pace/pace.h"
#include "core/primes/primesrun.h"

#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <stdexcept>

using namespace Qt::StringLiterals;

namespace conlab::bench {

namespace {

// Below this CPython time a number is all call overhead and cold caches
// (5 to 20 us after a long loop or in a fresh interpreter, 0.05 to 0.3 us
// hot), which no cost per division can follow; such rows are judged by the
// difference of their CPU times, not by a ratio.
constexpr double kShortS = 0.001;
constexpr double kShortToleranceS = 50e-6;
constexpr double kBand = 0.10;

struct Times
{
    double wall = 0; // what the run reports for the number
    double cpu = 0;  // this thread's CPU time over the same call
};

// The listing's own figure: is_prime timed inside CPython, without the
// interpreter's start-up. Its CPU time comes beside it on stderr, from a
// wrapper around primes_common.is_prime: on a machine shared with other
// builds, the wall clock also counts the time spent waiting for a core.
Times cpythonTimes(const QString &python, std::uint64_t n)
{
    // The listing runs unmodified on just this number: its sample is
    // narrowed in place (the list it imports), and the number is also given
    // on the command line for a listing that reads numbers_from(argv).
    const QString script = uR"(import sys, time, runpy, primes_common
primes_common.NUMBERS[:] = [int(sys.argv[1])]
inner = primes_common.is_prime
def is_prime(n):
    t0 = time.thread_time()
    p = inner(n)
    print('cpu', time.thread_time() - t0, file=sys.stderr)
    return p
primes_common.is_prime = is_prime
runpy.run_path('primes_sequential.py', run_name='__main__'))"_s;
    QProcess p;
    p.setWorkingDirectory(QStringLiteral(CONLAB_LISTINGS_DIR));
    p.start(python, {u"-u"_s, u"-c"_s, script, QString::number(n)});
    if (!p.waitForFinished(120'000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        throw std::runtime_error("primes_sequential.py " + std::to_string(n)
                                 + " failed: " + p.readAllStandardError().toStdString());
    // f'{n:16}  {label} {elapsed:9.6f}s'
    static const QRegularExpression line(uR"(^\s*(\d+)  [P ] +(\d+\.\d+)s$)"_s, QRegularExpression::MultilineOption);
    static const QRegularExpression cpu(uR"(^cpu (\S+)$)"_s, QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = line.match(QString::fromUtf8(p.readAllStandardOutput()));
    const QRegularExpressionMatch c = cpu.match(QString::fromUtf8(p.readAllStandardError()));
    if (!m.hasMatch() || m.captured(1).toULongLong() != n || !c.hasMatch())
        throw std::runtime_error("no result line for " + std::to_string(n) + " in primes_sequential.py's output");
    return {m.captured(2).toDouble(), c.captured(1).toDouble()};
}

double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

// The emulation's own figure for the number, the elapsed its run reports.
// The sequential model runs on this thread, so the CPU time is this
// thread's, from before the run to its result (a few microseconds of set-up
// included).
Times emulatedTimes(std::uint64_t n)
{
    PrimesConfig config;
    config.model = PrimesModel::Sequential;
    config.workers = 1;
    config.pace = Pace::cpython();
    config.numbers = {n};
    PrimesRun run(config);
    Times t{-1.0, 0.0};
    const double cpu0 = threadCpuSeconds();
    const RunSummary summary = run.exec([&t, cpu0](const PrimeResult &r) {
        t.wall = r.elapsed;
        t.cpu = threadCpuSeconds() - cpu0;
    });
    if (!summary.ok() || t.wall < 0)
        throw std::runtime_error("the emulated run of " + std::to_string(n) + " failed");
    return t;
}

} // namespace

QJsonObject benchPacePerNumber(int rounds)
{
    const QString python = QStandardPaths::findExecutable(u"python3"_s);
    if (python.isEmpty())
        throw std::runtime_error("no python3 on PATH");
    std::vector<std::uint64_t> numbers(kBookSample.begin(), kBookSample.end());
    numbers.push_back(kSlowPrime);
    PaceCalibration::instance().unitsPerDivision(Pace::cpython()); // before any clock starts

    const double loadBefore = loadAverage();
    const std::size_t count = numbers.size();
    std::vector<Samples> cpyWall(count), emuWall(count), wallRatios(count), cpyCpu(count), emuCpu(count),
        cpuRatios(count);
    for (int r = 0; r < rounds; ++r) {
        for (std::size_t i = 0; i < count; ++i) {
            // Which side goes first alternates, so neither always runs on a
            // core the other has just warmed.
            const bool cpythonFirst = (r + static_cast<int>(i)) % 2 == 0;
            Times c, e;
            if (cpythonFirst)
                c = cpythonTimes(python, numbers[i]);
            e = emulatedTimes(numbers[i]);
            if (!cpythonFirst)
                c = cpythonTimes(python, numbers[i]);
            cpyWall[i].push_back(c.wall);
            emuWall[i].push_back(e.wall);
            cpyCpu[i].push_back(c.cpu);
            emuCpu[i].push_back(e.cpu);
            if (c.wall > 0)
                wallRatios[i].push_back(e.wall / c.wall);
            if (c.cpu > 0)
                cpuRatios[i].push_back(e.cpu / c.cpu);
            std::fprintf(stderr, "pace_per_number %d/%d %16llu: wall cpython %.6f emulated %.6f, cpu %.6f %.6f\n",
                         r + 1, rounds, static_cast<unsigned long long>(numbers[i]), c.wall, e.wall, c.cpu, e.cpu);
        }
    }

    QJsonArray rows;
    Samples longWall, longCpu;
    int inBand = 0;
    for (std::size_t i = 0; i < count; ++i) {
        const double c = median(cpyWall[i]);
        const double e = median(emuWall[i]);
        QJsonObject row{{u"n"_s, QString::number(numbers[i])},
                        {u"cpython_s"_s, rounded(c, 6)},
                        {u"emulated_s"_s, rounded(e, 6)},
                        {u"cpython_cpu_s"_s, rounded(median(cpyCpu[i]), 6)},
                        {u"emulated_cpu_s"_s, rounded(median(emuCpu[i]), 6)}};
        bool ok;
        if (c >= kShortS) {
            const double wall = median(wallRatios[i]);
            const double cpu = median(cpuRatios[i]);
            row[u"ratio"] = rounded(wall, 3);
            row[u"cpu_ratio"] = rounded(cpu, 3);
            longWall.push_back(wall);
            longCpu.push_back(cpu);
            ok = std::abs(wall - 1.0) <= kBand;
        } else {
            // Judged on CPU time: a fresh interpreter's first call, on a busy
            // machine, waits 50 to 150 us for a core before it does 10 us of work.
            const double cpu = median(emuCpu[i]) - median(cpyCpu[i]);
            row[u"difference_us"] = rounded((e - c) * 1e6, 1);
            row[u"cpu_difference_us"] = rounded(cpu * 1e6, 1);
            ok = std::abs(cpu) <= kShortToleranceS;
        }
        row[u"pass"] = ok;
        inBand += ok ? 1 : 0;
        rows.append(row);
    }
    const auto spread = [](const Samples &s) {
        return QJsonObject{{u"median"_s, rounded(median(s), 3)},
                           {u"min"_s, rounded(*std::min_element(s.begin(), s.end()), 3)},
                           {u"max"_s, rounded(*std::max_element(s.begin(), s.end()), 3)}};
    };
    QJsonObject entry{{u"of"_s,
                       u"per number: median over rounds of emulated / cpython, the two run back to back; ratio from "
                       u"the walls the runs report, cpu_ratio from the CPU time of the same calls"_s},
                      {u"python"_s, python},
                      {u"rounds"_s, rounds},
                      {u"rows"_s, rows},
                      {u"ratio"_s, spread(longWall)},
                      {u"cpu_ratio"_s, spread(longCpu)},
                      {u"band"_s,
                       u"wall ratio within 1 +- 0.10 where CPython takes 1 ms or more; else CPU times within 50 us"_s},
                      {u"in_band"_s, u"%1 of %2"_s.arg(inBand).arg(count)},
                      {u"pass"_s, inBand == static_cast<int>(count)},
                      {u"load_before"_s, loadBefore},
                      {u"load_after"_s, loadAverage()}};
    return entry;
}

} // namespace conlab::bench
