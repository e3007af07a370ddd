// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/fidelity/fidelityexperiment.h"

namespace conlab {

namespace {

FidelityExperiment spinner(QString key, SpinnerModel model, SlowKind slow, FidelityBand band)
{
    SpinnerConfig cfg;
    cfg.model = model;
    cfg.slow = slow;
    cfg.pace = Pace::cpython();
    QString title = SpinnerChoices::modelName(model) + u", " + SpinnerChoices::slowName(slow);
    return {std::move(key), std::move(title), band, cfg};
}

FidelityExperiment primes(QString key, PrimesModel model, int workers, const std::vector<std::uint64_t> &numbers)
{
    PrimesConfig cfg;
    cfg.model = model;
    cfg.workers = workers;
    cfg.pace = Pace::cpython();
    cfg.numbers = numbers;
    QString title = PrimesModels::name(model);
    if (model != PrimesModel::Sequential)
        title += u' ' + QString::number(workers);
    return {std::move(key), std::move(title), FidelityBand::Time, cfg};
}

} // namespace

std::vector<FidelityExperiment> FidelityExperiments::all(const std::vector<std::uint64_t> &numbers,
                                                         const std::vector<std::uint64_t> &raceNumbers)
{
    using M = SpinnerModel;
    using S = SlowKind;
    using B = FidelityBand;
    std::vector<FidelityExperiment> rows = {
        spinner(QStringLiteral("S1"), M::Thread, S::Sleep, B::Spins),
        spinner(QStringLiteral("S2"), M::Process, S::Sleep, B::Spins),
        spinner(QStringLiteral("S3"), M::Coroutine, S::Sleep, B::Spins),
        spinner(QStringLiteral("S4"), M::Coroutine, S::BlockingSleep, B::NeverAppears),
        spinner(QStringLiteral("S5"), M::Process, S::Prime, B::Spins),
        spinner(QStringLiteral("S6"), M::Thread, S::Prime, B::Spins),
        spinner(QStringLiteral("S7"), M::Coroutine, S::Prime, B::NeverAppears),
        spinner(QStringLiteral("S8"), M::Coroutine, S::Nap, B::Spins),
        spinner(QStringLiteral("S6 300ms"), M::Thread, S::Prime, B::Stutters),
    };
    auto &stutter = std::get<SpinnerConfig>(rows[8].config);
    stutter.gil.switchInterval = kStutterInterval;
    //: a fidelity row's title: the GIL's switch interval, %1 in ms
    rows[8].title += u", " + tr("switch interval %1 ms").arg(kStutterInterval.count());

    rows.push_back(primes(QStringLiteral("P1"), PrimesModel::Sequential, 1, numbers));
    rows.push_back(primes(QStringLiteral("P2"), PrimesModel::Processes, 2, numbers));
    rows.push_back(primes(QStringLiteral("P3"), PrimesModel::Threads, 2, numbers));
    FidelityExperiment race = primes(QStringLiteral("P5"), PrimesModel::Processes, 2, raceNumbers);
    std::get<PrimesConfig>(race.config).racy = true;
    race.band = B::Outcome;
    //: a fidelity row's title: the racy report loop of the book's py36/procs.py
    race.title += u", " + tr("racy report loop");
    rows.push_back(std::move(race));
    return rows;
}

} // namespace conlab
