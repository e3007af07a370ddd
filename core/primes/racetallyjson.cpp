// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// RaceTally and RaceTallies as JSON: the "race_tally" of the JSON export and
// the "raceTally" of a recording are the same object, read back strictly.
#include "core/primes/racetally.h"

#include <QJsonArray>
#include <limits>

namespace conlab {

QJsonObject RaceTally::toJson() const
{
    QJsonObject late;
    for (const auto &[worker, runs] : lateWorkers_)
        late.insert(QString::number(worker), runs);
    QJsonObject seeds;
    for (RaceOutcome o : {RaceOutcome::Complete, RaceOutcome::Lost, RaceOutcome::Hung}) {
        QJsonArray list;
        for (std::uint64_t seed : this->seeds(o))
            list.append(QString::number(seed)); // 64 bits: a double would round it
        seeds.insert(RaceVerdict::name(o), list);
    }
    QJsonObject o{{QStringLiteral("planned"), planned_},
                  {QStringLiteral("ran"), ran()},
                  {QStringLiteral("stopped"), stopped_},
                  {QStringLiteral("complete"), count(RaceOutcome::Complete)},
                  {QStringLiteral("lost"), count(RaceOutcome::Lost)},
                  {QStringLiteral("hung"), count(RaceOutcome::Hung)},
                  {QStringLiteral("unjudged"), unjudged_},
                  {QStringLiteral("late_workers"), late},
                  {QStringLiteral("seeds"), seeds}};
    o.insert(QStringLiteral("lost_per_run"),
             lost_ ? QJsonValue(QJsonObject{{QStringLiteral("min"), static_cast<qint64>(lost_->first)},
                                            {QStringLiteral("max"), static_cast<qint64>(lost_->second)}})
                   : QJsonValue(QJsonValue::Null));
    return o;
}

namespace {

// Reads one tally, keeping the first problem with the field it is in.
class TallyReader
{
public:
    explicit TallyReader(QString path) : path_(std::move(path)) { }

    bool ok() const { return error_.isEmpty(); }
    const QString &error() const { return error_; }

    bool fail(const QString &field, const QString &why)
    {
        // "raceTally.emulation.lost: expected ...", as the recording's reader words it.
        if (error_.isEmpty())
            error_ = (field.isEmpty() ? path_ : path_ + u'.' + field) + QStringLiteral(": ") + why;
        return false;
    }

    // The whole number at `key` of `o` (itself at `within`, when nested),
    // in [low, high]; `low` when absent and not `required`.
    int count(const QJsonObject &o, const QString &key, int low, int high, const QString &within = {},
              bool required = true)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() && !required)
            return low;
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d != static_cast<double>(static_cast<qint64>(d)) || d < low || d > high) {
            //: %1 and %2 the bounds of the number expected
            fail(within.isEmpty() ? key : within + u'.' + key,
                 RaceTally::tr("expected a whole number from %1 to %2").arg(low).arg(high));
            return low;
        }
        return static_cast<int>(d);
    }

private:
    QString path_;
    QString error_;
};

} // namespace

std::optional<RaceTally> RaceTally::fromJson(const QJsonValue &value, const QString &path, QString *error)
{
    TallyReader in(path);
    const auto failed = [&]() -> std::optional<RaceTally> {
        if (error)
            *error = in.error();
        return std::nullopt;
    };
    if (!value.isObject()) {
        in.fail({}, tr("expected an object"));
        return failed();
    }
    const QJsonObject o = value.toObject();
    // A series is at most this long (the pages offer 50; the bound only
    // keeps a hand-edited file from claiming billions).
    constexpr int kMaxRuns = 1'000'000;
    RaceTally t(in.count(o, QStringLiteral("planned"), 0, kMaxRuns));
    t.counts_[index(RaceOutcome::Complete)] = in.count(o, QStringLiteral("complete"), 0, kMaxRuns);
    t.counts_[index(RaceOutcome::Lost)] = in.count(o, QStringLiteral("lost"), 0, kMaxRuns);
    t.counts_[index(RaceOutcome::Hung)] = in.count(o, QStringLiteral("hung"), 0, kMaxRuns);
    t.unjudged_ = in.count(o, QStringLiteral("unjudged"), 0, kMaxRuns, {}, false);
    const QJsonValue stopped = o.value(QStringLiteral("stopped"));
    if (!stopped.isBool())
        in.fail(QStringLiteral("stopped"), tr("expected true or false"));
    t.stopped_ = stopped.toBool();
    if (in.ok() && t.ran() > t.planned_)
        //: %1 the runs counted, %2 the runs planned
        in.fail(QStringLiteral("planned"), tr("%1 runs counted, more than the %2 planned").arg(t.ran()).arg(t.planned_));
    if (in.ok() && o.contains(QStringLiteral("ran")) && o.value(QStringLiteral("ran")).toInt(-1) != t.ran())
        in.fail(QStringLiteral("ran"), tr("does not match the counts, which add up to %1").arg(t.ran()));

    const QJsonValue lost = o.value(QStringLiteral("lost_per_run"));
    if (lost.isObject()) {
        const QString field = QStringLiteral("lost_per_run");
        const int lo = in.count(lost.toObject(), QStringLiteral("min"), 0, std::numeric_limits<int>::max(), field);
        const int hi = in.count(lost.toObject(), QStringLiteral("max"), lo, std::numeric_limits<int>::max(), field);
        t.lost_ = std::pair{static_cast<std::size_t>(lo), static_cast<std::size_t>(hi)};
    } else if (!lost.isNull() && !lost.isUndefined()) {
        in.fail(QStringLiteral("lost_per_run"), tr("expected {\"min\", \"max\"} or null"));
    }
    if (in.ok() && t.lost_.has_value() != (t.count(RaceOutcome::Lost) > 0))
        in.fail(QStringLiteral("lost_per_run"), tr("must be given exactly when some runs lost results"));

    const QJsonObject late = o.value(QStringLiteral("late_workers")).toObject();
    for (auto it = late.begin(); it != late.end() && in.ok(); ++it) {
        bool isWorker = false;
        const int worker = it.key().toInt(&isWorker);
        if (!isWorker || worker < 0) {
            in.fail(QStringLiteral("late_workers"), tr("\"%1\" is not a worker number").arg(it.key()));
            break;
        }
        t.lateWorkers_[worker] = in.count(late, it.key(), 1, t.count(RaceOutcome::Hung), QStringLiteral("late_workers"));
    }

    const QJsonObject seeds = o.value(QStringLiteral("seeds")).toObject();
    for (RaceOutcome outcome : {RaceOutcome::Complete, RaceOutcome::Lost, RaceOutcome::Hung}) {
        const QString key = RaceVerdict::name(outcome);
        const QJsonArray list = seeds.value(key).toArray();
        for (const QJsonValue &seed : list) {
            bool isSeed = false;
            const std::uint64_t s = seed.toString().toULongLong(&isSeed);
            if (!isSeed || s == 0) {
                in.fail(QStringLiteral("seeds.") + key, tr("expected seeds as decimal text"));
                break;
            }
            if (t.seeds_[index(outcome)].size() < kMaxSeeds)
                t.seeds_[index(outcome)].push_back(s);
        }
    }
    if (!in.ok())
        return failed();
    return t;
}

QJsonObject RaceTallies::toJson() const
{
    QJsonObject o{{QStringLiteral("emulation"), emulation.toJson()}};
    if (cpython)
        o.insert(QStringLiteral("cpython"), cpython->toJson());
    return o;
}

std::optional<RaceTallies> RaceTallies::fromJson(const QJsonValue &value, const QString &path, QString *error)
{
    if (!value.isObject()) {
        if (error)
            //: %1 where in the file
            *error = RaceTally::tr("%1: expected an object with \"emulation\"").arg(path);
        return std::nullopt;
    }
    const QJsonObject o = value.toObject();
    std::optional<RaceTally> emulation = RaceTally::fromJson(o.value(QStringLiteral("emulation")),
                                                             path + QStringLiteral(".emulation"), error);
    if (!emulation)
        return std::nullopt;
    RaceTallies t{*std::move(emulation), std::nullopt};
    if (o.contains(QStringLiteral("cpython"))) {
        t.cpython = RaceTally::fromJson(o.value(QStringLiteral("cpython")), path + QStringLiteral(".cpython"), error);
        if (!t.cpython)
            return std::nullopt;
    }
    return t;
}

} // namespace conlab
