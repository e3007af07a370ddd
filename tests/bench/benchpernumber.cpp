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
#include <stdexcept>

using namespace Qt::StringLiterals;

namespace conlab::bench {

namespace {

// Below this CPython time a number is all call overhead and cold caches
// (5 to 20 us after a long loop, 0.2 us hot), which no cost per division can
// follow; such rows are judged by their difference, not their ratio.
constexpr double kShortS = 0.001;
constexpr double kShortToleranceS = 50e-6;
constexpr double kBand = 0.10;

// The listing's own figure: is_prime timed inside CPython, without the
// interpreter's start-up.
double cpythonSeconds(const QString &python, std::uint64_t n)
{
    QProcess p;
    p.setWorkingDirectory(QStringLiteral(CONLAB_LISTINGS_DIR));
    // The listing runs unmodified on just this number: its sample is
    // narrowed in place (the list it imports), and the number is also given
    // on the command line for a listing that reads numbers_from(argv).
    const QString script = uR"(import sys, runpy, primes_common
primes_common.NUMBERS[:] = [int(sys.argv[1])]
runpy.run_path('primes_sequential.py', run_name='__main__'))"_s;
    p.start(python, {u"-u"_s, u"-c"_s, script, QString::number(n)});
    if (!p.waitForFinished(120'000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        throw std::runtime_error("primes_sequential.py " + std::to_string(n) + " failed: "
                                 + p.readAllStandardError().toStdString());
    // f'{n:16}  {label} {elapsed:9.6f}s'
    static const QRegularExpression line(uR"(^\s*(\d+)  [P ] +(\d+\.\d+)s$)"_s, QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = line.match(QString::fromUtf8(p.readAllStandardOutput()));
    if (!m.hasMatch() || m.captured(1).toULongLong() != n)
        throw std::runtime_error("no result line for " + std::to_string(n) + " in primes_sequential.py's output");
    return m.captured(2).toDouble();
}

// The emulation's own figure for the number: the elapsed its run reports.
double emulatedSeconds(std::uint64_t n)
{
    PrimesConfig config;
    config.model = PrimesModel::Sequential;
    config.workers = 1;
    config.pace = Pace::cpython();
    config.numbers = {n};
    PrimesRun run(config);
    double elapsed = -1.0;
    const RunSummary summary = run.exec([&elapsed](const PrimeResult &r) { elapsed = r.elapsed; });
    if (!summary.ok() || elapsed < 0)
        throw std::runtime_error("the emulated run of " + std::to_string(n) + " failed");
    return elapsed;
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
    std::vector<Samples> cpy(numbers.size()), emu(numbers.size()), ratios(numbers.size());
    for (int r = 0; r < rounds; ++r) {
        for (std::size_t i = 0; i < numbers.size(); ++i) {
            // Which side goes first alternates, so neither always runs on a
            // core the other has just warmed.
            const bool cpythonFirst = (r + static_cast<int>(i)) % 2 == 0;
            double c = 0, e = 0;
            if (cpythonFirst)
                c = cpythonSeconds(python, numbers[i]);
            e = emulatedSeconds(numbers[i]);
            if (!cpythonFirst)
                c = cpythonSeconds(python, numbers[i]);
            cpy[i].push_back(c);
            emu[i].push_back(e);
            if (c > 0)
                ratios[i].push_back(e / c);
            std::fprintf(stderr, "pace_per_number %d/%d %16llu: cpython %.6f emulated %.6f\n", r + 1, rounds,
                         static_cast<unsigned long long>(numbers[i]), c, e);
        }
    }

    QJsonArray rows;
    Samples longRatios;
    int inBand = 0, judged = 0;
    for (std::size_t i = 0; i < numbers.size(); ++i) {
        const double c = median(cpy[i]);
        const double e = median(emu[i]);
        QJsonObject row{{u"n"_s, QString::number(numbers[i])},
                        {u"cpython_s"_s, rounded(c, 6)},
                        {u"emulated_s"_s, rounded(e, 6)}};
        bool ok;
        if (c >= kShortS) {
            const double ratio = median(ratios[i]);
            row[u"ratio"] = rounded(ratio, 3);
            longRatios.push_back(ratio);
            ok = std::abs(ratio - 1.0) <= kBand;
        } else {
            row[u"difference_us"] = rounded((e - c) * 1e6, 1);
            ok = std::abs(e - c) <= kShortToleranceS;
        }
        row[u"pass"] = ok;
        inBand += ok ? 1 : 0;
        ++judged;
        rows.append(row);
    }
    QJsonObject entry{
        {u"of"_s, u"per number: median over rounds of emulated_s / cpython_s, the two run back to back"_s},
        {u"python"_s, python},
        {u"rounds"_s, rounds},
        {u"rows"_s, rows},
        {u"median_ratio"_s, rounded(median(longRatios), 3)},
        {u"min_ratio"_s, rounded(*std::min_element(longRatios.begin(), longRatios.end()), 3)},
        {u"max_ratio"_s, rounded(*std::max_element(longRatios.begin(), longRatios.end()), 3)},
        {u"band"_s, u"ratio within 1 +- 0.10 where CPython takes 1 ms or more; else within 50 us"_s},
        {u"in_band"_s, u"%1 of %2"_s.arg(inBand).arg(judged)},
        {u"pass"_s, inBand == judged},
        {u"load_before"_s, loadBefore},
        {u"load_after"_s, loadAverage()}};
    return entry;
}

} // namespace conlab::bench
