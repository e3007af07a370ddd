// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// libFuzzer target: the sweep results file reader (core/sweep/sweepfile.h,
// SweepFile::parse). A results file may be torn by a killed sweep, edited by
// hand, or not a results file at all.
//
// Invariants checked on every input, besides "no crash, no sanitizer report":
// - the file is either usable (data, no error) or refused (an error, no
//   data), never both or neither;
// - every loaded run lies inside the sweep the header describes, no point is
//   loaded twice, and there are no more runs than the sweep has;
// - every skipped line has a message and a line number inside the file;
// - a file cut at any byte loads what is whole: the runs of the cut file are
//   the first runs of the whole file, and a header that survived the cut
//   still loads.
// Set CONLAB_FUZZ_VERBOSE=1 to print what each input loaded, which helps when
// adding seeds: fuzz_sweepfile corpus/fuzz_sweepfile/*
#include "core/sweep/sweepfile.h"
#include "fuzzcheck.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <set>
#include <tuple>

using namespace conlab;
using conlab::fuzz::check;

namespace {

const bool verbose = std::getenv("CONLAB_FUZZ_VERBOSE") != nullptr;

void checkLoad(const SweepLoad &load, QByteArrayView bytes)
{
    check(load.data.has_value() == load.error.isEmpty(), "a load is neither usable nor refused, or both");
    if (!load.data) {
        check(load.issues.empty(), "a refused file also lists skipped lines");
        return;
    }
    const SweepConfig &c = load.data->config;
    check(!c.series.empty() && c.maxWorkers >= 1 && c.runs >= 1 && !c.numbers.empty(),
          "a loaded header describes an empty sweep");
    check(qsizetype(load.data->runs.size()) <= c.totalRuns(), "more runs than the sweep has");
    std::set<std::tuple<int, int, int>> points;
    for (const SweepRun &r : load.data->runs) {
        check(r.series >= 0 && std::size_t(r.series) < c.series.size(), "a run of a series not in the header");
        check(r.workers >= 1 && r.workers <= c.maxWorkers, "a run with a worker count outside the sweep");
        check(r.repeat >= 1 && r.repeat <= c.runs, "a run with a repeat outside the sweep");
        check(r.wall >= 0.0, "a run with a negative wall time");
        check(points.insert({r.series, r.workers, r.repeat}).second, "a point loaded twice");
    }
    const qint64 lines = std::count(bytes.begin(), bytes.end(), '\n') + 1;
    for (const SweepFileIssue &issue : load.issues) {
        check(!issue.message.isEmpty(), "a skipped line without a message");
        check(issue.line >= 2 && issue.line <= lines, "a skipped line outside the file");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const SweepLoad whole = SweepFile::parse(bytes);
    checkLoad(whole, bytes);
    if (verbose)
        std::fprintf(stderr, "sweepfile: %s, %zu runs, %zu skipped lines%s%s\n", whole.data ? "usable" : "refused",
                     whole.data ? whole.data->runs.size() : std::size_t(0), whole.issues.size(),
                     whole.error.isEmpty() ? "" : ": ", qPrintable(whole.error));
    if (size == 0)
        return 0;

    // Cut the file at a byte chosen by its content, as a kill would.
    std::uint32_t h = 2166136261u;
    for (std::size_t k = 0; k < size; ++k)
        h = (h ^ data[k]) * 16777619u;
    const qsizetype cut = qsizetype(h % size);
    const QByteArrayView head = bytes.first(cut);
    const SweepLoad part = SweepFile::parse(head);
    checkLoad(part, head);
    const qsizetype headerEnd = bytes.indexOf('\n');
    if (headerEnd >= 0 && headerEnd < cut)
        check(part.data.has_value() == whole.data.has_value(), "cutting after the header changed whether it loads");
    if (part.data && whole.data) {
        const auto &a = part.data->runs;
        const auto &b = whole.data->runs;
        check(a.size() <= b.size() && std::equal(a.begin(), a.end(), b.begin()),
              "the cut file's runs are not the first runs of the whole file");
    }
    return 0;
}
