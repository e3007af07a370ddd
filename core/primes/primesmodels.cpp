// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "primesmodels.h"

#include <QStringList>
#include <algorithm>
#include <array>

namespace conlab {

namespace {
// clang-format off
constexpr std::array<PrimesModelTraits, 6> kModels = {{
    //                                               one thread  GIL    processes  loop   race
    {PrimesModel::Sequential,         u"sequential",          true,  false, false,     false, false},
    {PrimesModel::Threads,            u"threads",             false, true,  false,     false, false},
    {PrimesModel::Processes,          u"processes",           false, false, true,      false, true},
    {PrimesModel::Pool,               u"pool",                false, true,  false,     false, false},
    {PrimesModel::Coroutines,         u"coroutines",          true,  false, false,     true,  false},
    // The loop runs on one thread, but the numbers are checked in processes.
    {PrimesModel::CoroutinesExecutor, u"coroutines-executor", false, false, true,      true,  false},
}};
// clang-format on

// The table is indexed by the enum: keep the two in the same order.
constexpr bool inEnumOrder()
{
    for (std::size_t i = 0; i < kModels.size(); ++i)
        if (static_cast<std::size_t>(kModels[i].model) != i)
            return false;
    return true;
}
static_assert(inEnumOrder(), "kModels must list PrimesModel in enum order");
} // namespace

std::span<const PrimesModelTraits> PrimesModels::all()
{
    return kModels;
}

const PrimesModelTraits &PrimesModels::traits(PrimesModel m)
{
    const auto i = static_cast<std::size_t>(m);
    // An out-of-range value (a cast from a damaged file) reads as sequential.
    return kModels[i < kModels.size() ? i : 0];
}

int PrimesModels::workers(PrimesModel m, int requested)
{
    return runsOnOneThread(m) ? 1 : std::clamp(requested, 1, kMaxWorkers);
}

QString PrimesModels::workerName(PrimesModel m, int worker)
{
    return (usesWorkerProcesses(m) ? QStringLiteral("Process-%1") : QStringLiteral("Thread-%1")).arg(worker);
}

QString PrimesModels::name(PrimesModel m)
{
    return QString::fromUtf16(traits(m).name);
}

std::optional<PrimesModel> PrimesModels::parse(const QString &text)
{
    for (const PrimesModelTraits &t : kModels)
        if (text == QStringView(t.name))
            return t.model;
    return std::nullopt;
}

QString PrimesModels::validNames()
{
    QStringList names;
    for (const PrimesModelTraits &t : kModels)
        names << QString::fromUtf16(t.name);
    return names.join(u'|');
}

} // namespace conlab
