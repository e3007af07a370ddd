// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/cpython/primessidebyside.h"

#include "core/cpython/sideratio.h"

#include <QJsonArray>

#include <deque>
#include <map>

namespace conlab {

std::vector<PrimesSideBySide::Pair> PrimesSideBySide::pair(const std::vector<PrimeResult> &emulation,
                                                           const std::vector<PrimeResult> &cpython)
{
    // Each number's CPython results in their order, taken one per emulated
    // result of the same number.
    std::map<std::uint64_t, std::deque<const PrimeResult *>> byNumber;
    for (const PrimeResult &r : cpython)
        byNumber[r.n].push_back(&r);
    std::vector<Pair> pairs;
    pairs.reserve(emulation.size());
    for (const PrimeResult &e : emulation) {
        Pair p{e.n, e.prime, e.elapsed, std::nullopt, std::nullopt};
        auto it = byNumber.find(e.n);
        if (it != byNumber.end() && !it->second.empty()) {
            p.cpython = it->second.front()->elapsed;
            it->second.pop_front();
            p.ratio = SideRatio::of(p.cpython, p.emulation);
        }
        pairs.push_back(p);
    }
    for (const PrimeResult &r : cpython) {
        auto it = byNumber.find(r.n);
        if (it == byNumber.end() || it->second.empty() || it->second.front() != &r)
            continue;
        it->second.pop_front();
        pairs.push_back({r.n, r.prime, std::nullopt, r.elapsed, std::nullopt});
    }
    return pairs;
}

PrimesSideBySide::Totals PrimesSideBySide::totals(const std::vector<PrimeResult> &emulation,
                                                  const std::optional<RunSummary> &emulationSummary,
                                                  const CPythonSide &cpython)
{
    const auto speedup = [](const std::vector<PrimeResult> &results, double wall) -> std::optional<double> {
        if (wall <= 0 || results.empty())
            return std::nullopt;
        double busy = 0;
        for (const PrimeResult &r : results)
            busy += r.elapsed;
        return busy / wall;
    };
    Totals t;
    if (emulationSummary) {
        t.emulationWall = emulationSummary->wall;
        t.emulationSpeedup = speedup(emulation, emulationSummary->wall);
    }
    if (cpython.finished() && cpython.summary) {
        t.cpythonWall = cpython.summary->wall;
        t.cpythonSpeedup = speedup(cpython.results, cpython.summary->wall);
    }
    t.wallRatio = SideRatio::of(t.cpythonWall, t.emulationWall);
    t.speedupRatio = SideRatio::of(t.cpythonSpeedup, t.emulationSpeedup);
    return t;
}

QString PrimesSideBySide::summary(const Totals &totals, const CPythonSide &cpython)
{
    if (cpython.end == CPythonSide::End::Cancelled)
        return tr("The CPython run was stopped before it ended.");
    if (!cpython.finished() || !totals.cpythonWall)
        //: %1 why the CPython run has no figures (the interpreter's error, the listing's traceback)
        return tr("CPython measured nothing: %1").arg(cpython.error.isEmpty() ? tr("no report") : cpython.error);
    const auto num = [](std::optional<double> v, int decimals) {
        return v ? QString::number(*v, 'f', decimals) : QStringLiteral("–");
    };
    //: %1 and %2 wall times in seconds, %3 their ratio (×1.05); %4 and %5 speedups, %6 their ratio
    return tr("Total: emulation %1 s, CPython %2 s (%3). Speedup (sum of per-number times ÷ total): emulation ×%4, "
              "CPython ×%5 (%6).")
        .arg(num(totals.emulationWall, 3), num(totals.cpythonWall, 3), SideRatio::text(totals.wallRatio),
             num(totals.emulationSpeedup, 2), num(totals.cpythonSpeedup, 2), SideRatio::text(totals.speedupRatio));
}

QJsonObject PrimesSideBySide::toJson(const std::vector<Pair> &pairs, const Totals &totals)
{
    const auto put = [](QJsonObject &o, const QString &key, std::optional<double> v) {
        if (v)
            o.insert(key, *v);
    };
    QJsonArray rows;
    for (const Pair &p : pairs) {
        QJsonObject o{{QStringLiteral("n"), QString::number(p.n)}, {QStringLiteral("prime"), p.prime}};
        put(o, QStringLiteral("emulation_s"), p.emulation);
        put(o, QStringLiteral("cpython_s"), p.cpython);
        put(o, QStringLiteral("ratio"), p.ratio);
        rows.append(o);
    }
    QJsonObject t;
    put(t, QStringLiteral("emulationWall_s"), totals.emulationWall);
    put(t, QStringLiteral("cpythonWall_s"), totals.cpythonWall);
    put(t, QStringLiteral("wallRatio"), totals.wallRatio);
    put(t, QStringLiteral("emulationSpeedup"), totals.emulationSpeedup);
    put(t, QStringLiteral("cpythonSpeedup"), totals.cpythonSpeedup);
    put(t, QStringLiteral("speedupRatio"), totals.speedupRatio);
    return {{QStringLiteral("ratio"), QStringLiteral("cpython / emulation")},
            {QStringLiteral("totals"), t},
            {QStringLiteral("numbers"), rows}};
}

} // namespace conlab
