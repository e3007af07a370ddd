// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// The spinner parts of a recording: how the run was set up, and its report
// with every frame and the time stamp the engine gave it.
#include "core/record/recordingjson.h"

#include "core/record/runrecording.h"

#include <QJsonArray>

namespace conlab::recordingjson {

namespace {
// A replay lasts as long as the run did; longer than a day is no run we wrote.
constexpr double kMaxElapsedSeconds = 86'400.0;
constexpr qsizetype kMaxMessageChars = 200;
} // namespace

QJsonObject spinnerConfigToJson(const SpinnerConfig &c)
{
    return {{QStringLiteral("model"), SpinnerChoices::modelName(c.model)},
            {QStringLiteral("slow"), SpinnerChoices::slowName(c.slow)},
            {QStringLiteral("pace"), c.pace.name()},
            {QStringLiteral("gil"), c.gil.enabled},
            {QStringLiteral("switchIntervalUs"), static_cast<qint64>(c.gil.switchInterval.count())},
            {QStringLiteral("seconds"), c.seconds},
            // Decimal text, as every 64-bit number in a recording.
            {QStringLiteral("number"), QString::number(c.number)},
            {QStringLiteral("message"), c.message}};
}

QJsonObject reportToJson(const SpinnerReport &r)
{
    QString glyphs;
    QJsonArray index;
    QJsonArray ns;
    for (const SpinnerFrame &f : r.frames) {
        glyphs += QLatin1Char(f.glyph);
        index.append(f.index);
        ns.append(static_cast<qint64>(f.tNs));
    }
    QJsonObject o{{QStringLiteral("spinnerRepr"), r.spinnerRepr},
                  {QStringLiteral("answer"), r.answer},
                  {QStringLiteral("expectedFrames"), r.expectedFrames},
                  {QStringLiteral("maxGapNs"), static_cast<qint64>(r.maxGapNs)},
                  {QStringLiteral("elapsed"), r.elapsed},
                  {QStringLiteral("slowSeconds"), r.slowSeconds},
                  {QStringLiteral("cancelled"), r.cancelled},
                  {QStringLiteral("error"), r.error},
                  {QStringLiteral("frameIndex"), index},
                  {QStringLiteral("frameNs"), ns},
                  {QStringLiteral("frameGlyph"), glyphs}};
    if (r.gil)
        o.insert(QStringLiteral("gil"), gilStatsToJson(*r.gil));
    return o;
}

SpinnerConfig Reader::spinnerConfig(const QJsonValue &v, const QString &path)
{
    SpinnerConfig c;
    const QJsonObject o = object(v, path);
    if (!ok())
        return c;
    const QString model = string(o, QStringLiteral("model"), path);
    const QString slow = string(o, QStringLiteral("slow"), path);
    const auto m = SpinnerChoices::parseModel(model);
    const auto s = SpinnerChoices::parseSlow(slow);
    if (!m)
        //: %1 the model name found in the file
        fail(path + QStringLiteral(".model"), RunRecordings::tr("unknown spinner model \"%1\"").arg(model));
    else if (!s)
        //: %1 the slow() kind found in the file
        fail(path + QStringLiteral(".slow"), RunRecordings::tr("unknown slow() kind \"%1\"").arg(slow));
    else if (const QString invalid = SpinnerChoices::combinationError(*m, *s); !invalid.isEmpty())
        fail(path + QStringLiteral(".slow"), invalid);
    if (!ok())
        return c;
    c.model = *m;
    c.slow = *s;
    QString paceError;
    if (const auto pace = Pace::parse(string(o, QStringLiteral("pace"), path), &paceError))
        c.pace = *pace;
    else
        fail(path + QStringLiteral(".pace"), paceError);
    c.gil.enabled = boolean(o, QStringLiteral("gil"), path);
    c.gil.switchInterval = std::chrono::microseconds(
        static_cast<std::int64_t>(std::clamp(number(o, QStringLiteral("switchIntervalUs"), path),
                                             double(kMinSwitchInterval.count()), double(kMaxSwitchInterval.count()))));
    c.seconds = std::clamp(number(o, QStringLiteral("seconds"), path), 0.0, kMaxElapsedSeconds);
    const std::vector<std::uint64_t> n = numberList(o, QStringLiteral("number"), path);
    if (ok() && n.size() != 1)
        fail(path + QStringLiteral(".number"), RunRecordings::tr("expected exactly one number"));
    if (ok())
        c.number = n.front();
    c.message = string(o, QStringLiteral("message"), path).left(kMaxMessageChars);
    return c;
}

SpinnerReport Reader::report(const QJsonValue &v, const QString &path)
{
    SpinnerReport r;
    const QJsonObject o = object(v, path);
    if (!ok())
        return r;
    r.spinnerRepr = string(o, QStringLiteral("spinnerRepr"), path);
    r.answer = toInt<int>(number(o, QStringLiteral("answer"), path));
    r.expectedFrames = number(o, QStringLiteral("expectedFrames"), path);
    r.maxGapNs = toInt<std::int64_t>(number(o, QStringLiteral("maxGapNs"), path));
    r.elapsed = number(o, QStringLiteral("elapsed"), path);
    if (ok() && (r.elapsed < 0 || r.elapsed > kMaxElapsedSeconds))
        //: %1 the largest number of seconds accepted
        fail(path + QStringLiteral(".elapsed"),
             RunRecordings::tr("expected seconds from 0 to %1").arg(kMaxElapsedSeconds));
    r.slowSeconds = number(o, QStringLiteral("slowSeconds"), path);
    r.cancelled = boolean(o, QStringLiteral("cancelled"), path);
    r.error = string(o, QStringLiteral("error"), path);
    const std::vector<std::int64_t> index = integers(o, QStringLiteral("frameIndex"), path, -1);
    const std::vector<std::int64_t> t = integers(o, QStringLiteral("frameNs"), path,
                                                 static_cast<qsizetype>(index.size()));
    const QString glyphs = string(o, QStringLiteral("frameGlyph"), path);
    if (ok() && glyphs.size() != static_cast<qsizetype>(index.size()))
        //: %1 entries found, %2 entries expected
        fail(path + QStringLiteral(".frameGlyph"),
             RunRecordings::tr("has %1 entries, expected %2").arg(glyphs.size()).arg(index.size()));
    // Frames are stamped from the run's start, in the order they were drawn;
    // a replay schedules them by these stamps.
    const auto lastNs = static_cast<std::int64_t>(kMaxElapsedSeconds * 1e9);
    for (std::size_t k = 0; k < t.size() && ok(); ++k) {
        if (t[k] < 0 || t[k] > lastNs || (k > 0 && t[k] < t[k - 1]))
            fail(path + QStringLiteral(".frameNs[%1]").arg(k),
                 RunRecordings::tr("frame times must be non-negative and in the order drawn"));
    }
    if (o.contains(QStringLiteral("gil")))
        r.gil = gilStats(o.value(QStringLiteral("gil")), path + QStringLiteral(".gil"));
    if (!ok())
        return r;
    for (std::size_t k = 0; k < index.size(); ++k) {
        const QChar glyph = glyphs[static_cast<qsizetype>(k)];
        r.frames.push_back(
            {toInt<int>(static_cast<double>(index[k])), t[k], glyph.unicode() < 128 ? glyph.toLatin1() : '?'});
    }
    return r;
}

} // namespace conlab::recordingjson
