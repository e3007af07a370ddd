// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// conlab-bench: measures the engine against the targets of EXPERIMENTS.md and
// DESIGN.md and prints one JSON object on stdout; progress goes to stderr.
// Not a ctest test: the figures depend on the machine, and a full run takes
// minutes.

#include "benchconcurrency.h"
#include "benchpernumber.h"
#include "benchreport.h"
#include "benchsteps.h"
#include "benchtimers.h"
#include "core/numbers/sample.h"
#include "core/process/workerlocator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStringList>
#include <cstdio>
#include <exception>
#include <functional>
#include <optional>
#include <stdexcept>

using namespace Qt::StringLiterals;
using namespace conlab;
using namespace conlab::bench;

namespace {

const QStringList kNames =
    QStringList{
        u"bare_sample_s"_s,
        u"native_sample_s"_s,
        u"native_vs_bare"_s,
        u"check_overhead"_s,
        u"spawn_to_first_result_ms"_s,
        u"processes2_speedup_native"_s,
        u"processes2_speedup_cpython"_s,
        u"pace_cpython_sample_s"_s,
        u"pace_book_sample_s"_s,
        u"pace_per_number"_s,
    }
    + concurrencyNames();

// The sample's divisions (pace.h); the paced targets are given for all of them.
constexpr double kSampleDivisions = 433'405'945.0;
// --quick's paced input: the first 6 numbers, 16.7% of the sample's
// divisions. Its two 28.9 M-division numbers land on different workers, so
// 2 processes can still reach a speedup of 1.93.
constexpr std::size_t kQuickCount = 6;
constexpr int kSpawnSamples = 30;

struct Options
{
    int runs = 5;
    int bookRuns = 3; // 40 s a run
    bool quick = false;
    QStringList only; // empty: every measurement
    bool wants(const QString &name) const { return only.isEmpty() || only.contains(name); }
};

struct Input
{
    QString name;
    Numbers numbers;
    double scale = 1.0; // divisions, relative to the whole sample
};

std::optional<Options> parseOptions(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Benchmarks the Concurrency Lab engine; prints JSON on stdout."_s);
    parser.addHelpOption();
    const QCommandLineOption runs(u"runs"_s, u"Runs per measurement (default 5; 3 for the book pace)."_s, u"R"_s);
    const QCommandLineOption quick(u"quick"_s, u"One run each, smaller paced inputs."_s);
    const QCommandLineOption only(u"only"_s, u"Measure only these, comma-separated: "_s + kNames.join(u", "),
                                  u"NAME[,NAME]"_s);
    parser.addOptions({runs, quick, only});
    parser.process(app);

    Options o;
    o.quick = parser.isSet(quick);
    if (o.quick)
        o.runs = o.bookRuns = 1;
    if (parser.isSet(runs)) {
        bool ok = false;
        o.runs = o.bookRuns = parser.value(runs).toInt(&ok);
        if (!ok || o.runs < 1) {
            std::fprintf(stderr, "conlab-bench: --runs wants a positive integer\n");
            return std::nullopt;
        }
    }
    for (const QString &name : parser.values(only).join(u',').split(u',', Qt::SkipEmptyParts)) {
        if (!kNames.contains(name.trimmed())) {
            std::fprintf(stderr, "conlab-bench: unknown measurement '%s'; known: %s\n", qPrintable(name),
                         qPrintable(kNames.join(u", ")));
            return std::nullopt;
        }
        o.only.append(name.trimmed());
    }
    return o;
}

QJsonObject withInput(QJsonObject e, const Input &in)
{
    e[u"input"] = in.name;
    e[u"numbers"] = static_cast<int>(in.numbers.size());
    if (in.scale != 1.0)
        e[u"divisions_vs_sample"] = rounded(in.scale, 4);
    return e;
}

QString workerOrThrow()
{
    const QString path = WorkerLocator::workerPath();
    if (!QFileInfo(path).isExecutable())
        throw std::runtime_error("no worker at " + path.toStdString()
                                 + " (set CONLAB_WORKER or build concurrency-lab-worker)");
    return path;
}

QJsonObject calibration()
{
    const auto &c = PaceCalibration::instance();
    return {{u"native_ns_per_division"_s, rounded(c.nativeNsPerDivision(), 3)},
            {u"ns_per_burn_unit"_s, rounded(c.nsPerUnit(), 4)},
            {u"cpython_units_per_division"_s, static_cast<int>(c.unitsPerDivision(Pace::cpython()))},
            {u"book_units_per_division"_s, static_cast<int>(c.unitsPerDivision(Pace::book()))}};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"conlab-bench"_s);
    const std::optional<Options> parsed = parseOptions(app);
    if (!parsed)
        return 2;
    const Options &opt = *parsed;

    const Input sample{u"sample"_s, Numbers(kBookSample.begin(), kBookSample.end())};
    Input paced = sample;
    if (opt.quick) {
        paced.name = u"sample[:%1]"_s.arg(kQuickCount);
        paced.numbers.resize(kQuickCount);
        paced.scale = static_cast<double>(divisionsOf(paced.numbers)) / kSampleDivisions;
    }

    QJsonObject report;
    report[u"machine"] = machine();
    report[u"date"] = isoDate();
    report[u"build_type"] = QStringLiteral(CONLAB_BUILD_TYPE);
    report[u"runs"] = opt.runs;
    report[u"quick"] = opt.quick;
    report[u"calibration"] = calibration();
    bool ok = true;

    Samples bare, native;
    if (opt.wants(u"bare_sample_s"_s) || opt.wants(u"native_vs_bare"_s))
        ok &= measure(report, u"bare_sample_s"_s, [&] {
            bare = repeat(u"bare_sample_s"_s, opt.runs, [&] { return timeBare(sample.numbers); });
            return withInput(series(bare, 4), sample);
        });
    if (opt.wants(u"native_sample_s"_s) || opt.wants(u"native_vs_bare"_s))
        ok &= measure(report, u"native_sample_s"_s, [&] {
            native = repeat(u"native_sample_s"_s, opt.runs,
                            [&] { return timePrimesRun(PrimesModel::Sequential, 1, Pace::native(), sample.numbers); });
            return withInput(series(native, 4), sample);
        });
    if (!bare.empty() && !native.empty()) {
        QJsonObject e{{u"median"_s, rounded(median(native) / median(bare), 4)},
                      {u"of"_s, u"median(native_sample_s) / median(bare_sample_s)"_s}};
        judge(e, Target::atMost(1.10), 2);
        report[u"native_vs_bare"] = e;
    }

    if (opt.wants(u"check_overhead"_s))
        ok &= measure(report, u"check_overhead"_s, [&] {
            const Pairs p = interleave(
                u"check_overhead"_s, opt.runs, [&] { return timeTrialDivision(sample.numbers, true); },
                [&] { return timeTrialDivision(sample.numbers, false); });
            QJsonObject e = withInput(pairEntry(p, u"checked_s"_s, u"unchecked_s"_s,
                                                u"median of checked_s / unchecked_s, in interleaved pairs"_s),
                                      sample);
            judge(e, Target::atMost(1.10), 2);
            return e;
        });

    if (opt.wants(u"spawn_to_first_result_ms"_s))
        ok &= measure(report, u"spawn_to_first_result_ms"_s, [&] {
            const QString worker = workerOrThrow();
            spawnToFirstResultMs(worker); // warm-up: page cache, dynamic loader
            const Samples ms = repeat(u"spawn_to_first_result_ms"_s, kSpawnSamples,
                                      [&] { return spawnToFirstResultMs(worker); });
            QJsonObject e = series(ms, 3);
            e[u"p90"] = rounded(percentile(ms, 90), 3);
            e[u"worker"] = worker;
            judge(e, Target::atMost(10.0), 1);
            return e;
        });

    // Sequential against 2 processes, interleaved. The sequential half at
    // cpython pace doubles as pace_cpython_sample_s.
    Samples cpythonSequential;
    const auto speedup = [&](const QString &key, const Pace &pace, const Input &in) {
        ok &= measure(report, key, [&] {
            workerOrThrow();
            const Pairs p = interleave(
                key, opt.runs, [&] { return timePrimesRun(PrimesModel::Sequential, 1, pace, in.numbers); },
                [&] { return timePrimesRun(PrimesModel::Processes, 2, pace, in.numbers); });
            if (pace == Pace::cpython())
                cpythonSequential = p.a;
            QJsonObject e = withInput(pairEntry(p, u"sequential_s"_s, u"processes_s"_s,
                                                u"median of sequential_s / processes_s, in interleaved pairs"_s),
                                      in);
            e[u"workers"] = 2;
            judge(e, Target::atLeast(1.8), 2);
            return e;
        });
    };
    if (opt.wants(u"processes2_speedup_native"_s))
        speedup(u"processes2_speedup_native"_s, Pace::native(), sample);
    if (opt.wants(u"processes2_speedup_cpython"_s))
        speedup(u"processes2_speedup_cpython"_s, Pace::cpython(), paced);

    // EXPERIMENTS.md: sequential.py took 12.84 s here, and 40.31 s in the book.
    const auto paceEntry = [&](const QString &key, const Pace &pace, int runs, double target, Samples s) {
        ok &= measure(report, key, [&] {
            const bool shared = !s.empty();
            if (!shared)
                s = repeat(key, runs, [&] { return timePrimesRun(PrimesModel::Sequential, 1, pace, paced.numbers); });
            QJsonObject e = withInput(series(s, 3), paced);
            if (shared)
                e[u"shared_with"] = u"processes2_speedup_cpython"_s;
            judge(e, Target::around(target, 0.15).scaled(paced.scale), 3);
            return e;
        });
    };
    if (opt.wants(u"pace_cpython_sample_s"_s))
        paceEntry(u"pace_cpython_sample_s"_s, Pace::cpython(), opt.runs, 12.8, cpythonSequential);
    if (opt.wants(u"pace_book_sample_s"_s))
        paceEntry(u"pace_book_sample_s"_s, Pace::book(), opt.bookRuns, 40.31, {});

    // Needs python3 and its listing; 3 rounds take about 90 s.
    if (opt.wants(u"pace_per_number"_s))
        ok &= measure(report, u"pace_per_number"_s, [&] { return benchPacePerNumber(opt.quick ? 1 : opt.bookRuns); });

    ok &= benchConcurrency(report, Plan{opt.runs, opt.quick, [&opt](const QString &name) { return opt.wants(name); }});

    std::fputs(QJsonDocument(report).toJson(QJsonDocument::Indented).constData(), stdout);
    return ok ? 0 : 1;
}
