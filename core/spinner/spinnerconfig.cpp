// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/spinner/spinnerconfig.h"

#include "core/spinner/slowestimate.h"

#include <array>
#include <utility>

namespace conlab {

namespace {
constexpr std::array kModels = {
    std::pair{SpinnerModel::Thread, u"thread"},
    std::pair{SpinnerModel::Process, u"process"},
    std::pair{SpinnerModel::Coroutine, u"coroutine"},
};
constexpr std::array kSlows = {
    std::pair{SlowKind::Sleep, u"sleep"},       std::pair{SlowKind::BlockingSleep, u"blocking-sleep"},
    std::pair{SlowKind::Prime, u"prime"},       std::pair{SlowKind::Nap, u"nap"},
    std::pair{SlowKind::Executor, u"executor"},
};

template <typename Table, typename E>
QString nameIn(const Table &table, E value)
{
    for (const auto &[v, name] : table)
        if (v == value)
            return QString::fromUtf16(name);
    return {};
}
template <typename Table>
auto parseIn(const Table &table, const QString &text) -> std::optional<typename Table::value_type::first_type>
{
    for (const auto &[v, name] : table)
        if (text == QStringView(name))
            return v;
    return std::nullopt;
}
template <typename Table>
QStringList namesIn(const Table &table)
{
    QStringList out;
    for (const auto &entry : table)
        out << QString::fromUtf16(entry.second);
    return out;
}
} // namespace

QString SpinnerChoices::modelName(SpinnerModel m)
{
    return nameIn(kModels, m);
}
QString SpinnerChoices::slowName(SlowKind s)
{
    return nameIn(kSlows, s);
}
std::optional<SpinnerModel> SpinnerChoices::parseModel(const QString &text)
{
    return parseIn(kModels, text);
}
std::optional<SlowKind> SpinnerChoices::parseSlow(const QString &text)
{
    return parseIn(kSlows, text);
}
QStringList SpinnerChoices::modelNames()
{
    return namesIn(kModels);
}
QStringList SpinnerChoices::slowNames()
{
    return namesIn(kSlows);
}

QList<SlowKind> SpinnerChoices::validSlows(SpinnerModel m)
{
    switch (m) {
    case SpinnerModel::Thread:
    case SpinnerModel::Process:
        // A thread or a process has no event loop to nap on or to hand an
        // executor job from, and its plain sleep already blocks.
        return {SlowKind::Sleep, SlowKind::Prime};
    case SpinnerModel::Coroutine:
        return {SlowKind::Sleep, SlowKind::BlockingSleep, SlowKind::Prime, SlowKind::Nap, SlowKind::Executor};
    }
    return {};
}

QString SpinnerChoices::combinationError(SpinnerModel m, SlowKind s)
{
    const QList<SlowKind> valid = validSlows(m);
    if (valid.contains(s))
        return {};
    QStringList names;
    for (SlowKind v : valid)
        names << slowName(v);
    //: %1 the slow() variant, %2 the model, %3 the valid variants for it
    return tr("--slow %1 makes no sense with --model %2; with %2 choose one of: %3")
        .arg(slowName(s), modelName(m), names.join(u", "));
}

double SpinnerConfig::expectedSlowSeconds() const
{
    if (slow == SlowKind::Sleep || slow == SlowKind::BlockingSleep)
        return seconds;
    return slowPrimeSeconds(pace, number); // the figure the listings' comments quote
}

} // namespace conlab
