// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/sweep/sweepconfig.h"
#include "core/text/quotedvalue.h"

#include <QCryptographicHash>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace conlab {

namespace {

// Switch intervals are typed in ms and kept in µs, so "2.5" survives a round trip.
QString formatMs(std::chrono::microseconds us)
{
    return QString::number(static_cast<double>(us.count()) / 1000.0, 'g', 10);
}

QString knownList()
{
    return SweepSeries::knownSpecs().join(u", ");
}

} // namespace

QString SweepSeries::spec() const
{
    if (engine == Engine::Celery)
        return model == PrimesModel::Threads ? QStringLiteral("celery:pool=threads") : QStringLiteral("celery");
    QString s = PrimesModels::name(model);
    if (engine == Engine::CPython)
        return s + u":engine=cpython";
    if (!PrimesModels::gilApplies(model))
        return s;
    s += gil.enabled ? u":gil=on" : u":gil=off";
    if (gil.switchInterval != kDefaultSwitchInterval)
        s += u":switch=" + formatMs(gil.switchInterval);
    return s;
}

QString SweepSeries::label(const QString &cpythonVersion) const
{
    if (engine == Engine::Celery)
        return model == PrimesModel::Threads ? SweepConfig::tr("Celery, thread pool")
                                             : SweepConfig::tr("Celery, prefork pool");
    if (engine == Engine::CPython) {
        // Major and minor are what a lecturer compares; the file keeps the rest.
        const QString version = cpythonVersion.section(u'.', 0, 1);
        return version.isEmpty() ? SweepConfig::tr("procs.py in CPython")
                                 //: a sweep series run by real CPython; %1 its version, such as 3.11
                                 : SweepConfig::tr("procs.py in CPython %1").arg(version);
    }
    QString text;
    switch (model) {
    case PrimesModel::Processes: return SweepConfig::tr("processes");
    case PrimesModel::CoroutinesExecutor: return SweepConfig::tr("coroutines + process executor");
    case PrimesModel::Threads:
        text = gil.enabled ? SweepConfig::tr("threads, GIL on") : SweepConfig::tr("threads, GIL off");
        break;
    case PrimesModel::Pool:
        text = gil.enabled ? SweepConfig::tr("thread pool, GIL on") : SweepConfig::tr("thread pool, GIL off");
        break;
    case PrimesModel::Sequential:
    case PrimesModel::Coroutines: return PrimesModels::name(model);
    }
    if (gil.switchInterval != kDefaultSwitchInterval)
        //: %1 a series such as "threads, GIL on", %2 the GIL switch interval in ms
        text = SweepConfig::tr("%1, switch %2 ms").arg(text, formatMs(gil.switchInterval));
    return text;
}

QStringList SweepSeries::knownSpecs()
{
    return {QStringLiteral("processes"),
            QStringLiteral("threads"),
            QStringLiteral("threads:gil=off"),
            QStringLiteral("pool"),
            QStringLiteral("pool:gil=off"),
            QStringLiteral("coroutines-executor"),
            QStringLiteral("processes:engine=cpython"),
            QStringLiteral("celery"),
            QStringLiteral("celery:pool=threads")};
}

std::optional<SweepSeries> SweepSeries::parse(const QString &specText, QString *error)
{
    const auto fail = [&](const QString &why) -> std::optional<SweepSeries> {
        if (error)
            //: %1 the series the user wrote, %2 what is wrong with it, %3 the accepted series
            *error = SweepConfig::tr("series %1: %2; use one of %3, with :switch=MS on threads and pool")
                         .arg(QuotedValue::of(specText), why, knownList());
        return std::nullopt;
    };
    const QStringList parts = specText.trimmed().toLower().split(u':');
    if (parts.first() == u"celery") {
        SweepSeries s;
        s.engine = Engine::Celery;
        if (parts.size() == 1 || (parts.size() == 2 && parts[1] == u"pool=prefork"))
            return s;
        if (parts.size() == 2 && parts[1] == u"pool=threads") {
            s.model = PrimesModel::Threads;
            return s;
        }
        return fail(SweepConfig::tr("celery takes pool=prefork or pool=threads (solo has no pool to sweep)"));
    }
    const auto model = PrimesModels::parse(parts.first());
    if (!model)
        // A spec that is only a model is already quoted whole by fail().
        return fail(parts.size() == 1 ? SweepConfig::tr("unknown model")
                                      //: %1 the model name the user wrote
                                      : SweepConfig::tr("unknown model %1").arg(QuotedValue::of(parts.first())));
    if (PrimesModels::runsOnOneThread(*model))
        //: %1 a model name (sequential or coroutines)
        return fail(
            SweepConfig::tr("%1 runs on one thread whatever the worker count, so it has no sweep").arg(parts.first()));
    SweepSeries s;
    s.model = *model;
    bool gilSeen = false, switchSeen = false, engineSeen = false;
    for (qsizetype k = 1; k < parts.size(); ++k) {
        const QString &option = parts[k];
        const qsizetype eq = option.indexOf(u'=');
        const QString key = option.left(eq);
        const QString value = eq < 0 ? QString() : option.mid(eq + 1);
        if (key == u"engine") {
            if (engineSeen || (value != u"emulated" && value != u"cpython"))
                return fail(SweepConfig::tr("write engine=emulated or engine=cpython, once"));
            engineSeen = true;
            s.engine = value == u"cpython" ? Engine::CPython : Engine::Emulated;
            continue;
        }
        if (key != u"gil" && key != u"switch")
            //: %1 an option such as "gil=on"
            return fail(SweepConfig::tr("unknown option %1").arg(QuotedValue::of(option)));
        if (!PrimesModels::gilApplies(s.model))
            //: %1 an option such as "gil=off"
            return fail(SweepConfig::tr("%1 applies to threads and pool only").arg(QuotedValue::of(option)));
        if (key == u"gil") {
            if (gilSeen || (value != u"on" && value != u"off"))
                return fail(SweepConfig::tr("write gil=on or gil=off, once"));
            gilSeen = true;
            s.gil.enabled = value == u"on";
        } else {
            bool ok = false;
            const double ms = value.toDouble(&ok);
            if (switchSeen || !ok || !std::isfinite(ms))
                return fail(SweepConfig::tr("write switch=MS, once, with MS in milliseconds"));
            switchSeen = true;
            // Checked as written, before any conversion: 1e308 ms must be
            // called 1e308, not whatever a clamped or overflowed integer says.
            const double loMs = static_cast<double>(kMinSwitchInterval.count()) / 1000.0;
            const double hiMs = static_cast<double>(kMaxSwitchInterval.count()) / 1000.0;
            if (ms < loMs || ms > hiMs)
                //: %1 the value given (quoted), %2 and %3 the accepted range in ms
                return fail(SweepConfig::tr("switch=%1 is out of range: use %2 to %3 ms")
                                .arg(QuotedValue::of(value))
                                .arg(loMs)
                                .arg(hiMs));
            const double us = std::round(ms * 1000.0);
            s.gil.switchInterval = std::chrono::microseconds(static_cast<std::int64_t>(us));
            if (const std::string why = gilConfigError(s.gil); !why.empty())
                return fail(QString::fromStdString(why));
        }
    }
    // The sweep runs the book's procs.py in CPython; the other listings
    // have no sweep of their own here.
    if (s.engine == Engine::CPython && s.model != PrimesModel::Processes)
        return fail(SweepConfig::tr("engine=cpython runs procs.py, so it applies to processes only"));
    return s;
}

bool SweepConfig::usesCPython() const
{
    return std::any_of(series.begin(), series.end(), [](const SweepSeries &s) { return s.isCPython(); });
}

bool SweepConfig::usesCelery() const
{
    return std::any_of(series.begin(), series.end(), [](const SweepSeries &s) { return s.isCelery(); });
}

QString SweepConfig::validate() const
{
    if (series.empty())
        return tr("choose at least one series to sweep");
    if (series.size() > std::size_t(kMaxSeries))
        //: %1 how many series were chosen, %2 the most a sweep may have
        return tr("a sweep has %1 series; the most is %2").arg(series.size()).arg(kMaxSeries);
    QSet<QString> seen;
    for (const SweepSeries &s : series) {
        const QString spec = s.spec();
        QString why;
        if (!SweepSeries::parse(spec, &why))
            return why;
        if (seen.contains(spec))
            //: %1 a series spec such as "threads:gil=on"
            return tr("series '%1' appears twice").arg(spec);
        seen.insert(spec);
    }
    if (maxWorkers < 1 || maxWorkers > kMaxWorkers)
        //: %1 the value given, %2 the largest allowed
        return tr("max workers is %1; use 1 to %2").arg(maxWorkers).arg(kMaxWorkers);
    if (runs < 1 || runs > kMaxRuns)
        //: %1 the value given, %2 the largest allowed
        return tr("runs per count is %1; use 1 to %2").arg(runs).arg(kMaxRuns);
    if (numbers.empty())
        return tr("the number list is empty");
    if (numbers.size() > kMaxNumbers)
        //: %1 how many numbers were given, %2 the most a sweep may time
        return tr("the list has %1 numbers; a sweep takes at most %2").arg(numbers.size()).arg(kMaxNumbers);
    if (usesCPython() && numbers.size() > kMaxCPythonNumbers)
        //: %1 how many numbers were given, %2 the most procs.py can take
        return tr("the list has %1 numbers; the CPython series takes at most %2, because procs.py fills its job "
                  "queue before it starts a worker and blocks on its own queue past a few thousand")
            .arg(numbers.size())
            .arg(kMaxCPythonNumbers);
    return {};
}

QString numbersHash(const std::vector<std::uint64_t> &numbers)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray line;
    for (std::size_t k = 0; k < numbers.size(); ++k) {
        line.setNum(numbers[k]);
        if (k + 1 < numbers.size())
            line += '\n';
        hash.addData(line);
    }
    return QString::fromLatin1(hash.result().toHex().left(16));
}

} // namespace conlab
