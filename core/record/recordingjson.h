// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
// Internal to record/: the JSON shape of each part of a RunRecording.
#include "core/cpython/cpythonside.h"
#include "core/eventloop/loopevent.h"
#include "core/gil/gilevents.h"
#include "core/gil/gilstats.h"
#include "core/primes/primeevents.h"
#include "core/primes/primesconfig.h"
#include "core/spinner/spinnerconfig.h"
#include "core/spinner/spinnerevents.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace conlab::recordingjson {

// A hand-edited file may hold 1e300 where an int belongs; converting that
// unchecked is undefined behaviour, so every integer is clamped first.
template <typename T>
T toInt(double d)
{
    if (!std::isfinite(d))
        return 0;
    const double lo = static_cast<double>(std::numeric_limits<T>::min());
    const double hi = static_cast<double>(std::numeric_limits<T>::max()) * 0.999;
    return static_cast<T>(std::clamp(d, lo, hi));
}

QJsonObject configToJson(const PrimesConfig &config);
QJsonObject resultsToJson(const std::vector<PrimeResult> &results);
QJsonObject summaryToJson(const RunSummary &summary);
QJsonObject gilStatsToJson(const GilStats &stats);
QJsonObject holdsToJson(const std::vector<GilHold> &holds);
QJsonObject reportToJson(const SpinnerReport &report);
QJsonObject spinnerConfigToJson(const SpinnerConfig &config);
QJsonArray loopEventsToJson(const std::vector<aio::LoopEvent> &events);
QJsonObject cpythonToJson(const CPythonSide &side); // format 2

// Reads the parts back. The first problem is kept with the path to the
// offending field ("results.endNs[41]: expected a number"); later calls
// return empty values, and ok() tells whether everything was read.
class Reader
{
public:
    bool ok() const { return error_.isEmpty(); }
    QString error() const { return error_; }

    PrimesConfig config(const QJsonValue &v, const QString &path);
    std::vector<PrimeResult> results(const QJsonValue &v, const QString &path);
    RunSummary summary(const QJsonValue &v, const QString &path);
    GilStats gilStats(const QJsonValue &v, const QString &path);
    std::vector<GilHold> holds(const QJsonValue &v, const QString &path);
    SpinnerReport report(const QJsonValue &v, const QString &path);
    SpinnerConfig spinnerConfig(const QJsonValue &v, const QString &path);
    std::vector<aio::LoopEvent> loopEvents(const QJsonValue &v, const QString &path);
    CPythonSide cpython(const QJsonValue &v, const QString &path);

private:
    bool fail(const QString &path, const QString &why);
    QJsonObject object(const QJsonValue &v, const QString &path);
    QString string(const QJsonObject &o, const QString &key, const QString &path);
    double number(const QJsonObject &o, const QString &key, const QString &path);
    bool boolean(const QJsonObject &o, const QString &key, const QString &path);
    std::vector<std::int64_t> integers(const QJsonObject &o, const QString &key, const QString &path, qsizetype size);
    std::vector<double> doubles(const QJsonObject &o, const QString &key, const QString &path, qsizetype size);
    std::vector<std::uint64_t> numberList(const QJsonObject &o, const QString &key, const QString &path);

    QString error_;
};

} // namespace conlab::recordingjson
