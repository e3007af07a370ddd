// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/primes/speedup.h"

#include <QLocale>
#include <cmath>

namespace conlab {

std::optional<SpeedupBaseline> SpeedupBaseline::of(const PrimesConfig &config, const RunSummary &summary,
                                                   const QDateTime &finishedAt)
{
    if (config.model != PrimesModel::Sequential || !summary.ok())
        return std::nullopt;
    return SpeedupBaseline{config.model, config.workers, config.pace, summary.wall, finishedAt};
}

std::optional<Speedup> Speedup::of(double baselineSeconds, double runSeconds, int cores)
{
    if (!(baselineSeconds > 0) || !(runSeconds > 0) || !std::isfinite(baselineSeconds) || !std::isfinite(runSeconds))
        return std::nullopt;
    Speedup s;
    s.factor = baselineSeconds / runSeconds;
    s.cores = cores;
    // Judged on the figure the room reads: "2.00×" on 2 cores is possible,
    // "2.01×" is not.
    const double shown = std::round(s.factor * 100.0) / 100.0;
    s.beyondCores = cores >= 1 && shown > cores;
    return s;
}

QString Speedup::factorText() const
{
    //: a speedup factor, e.g. 2.35×
    return tr("%1×").arg(factor, 0, 'f', 2);
}

QString Speedup::ago(const QDateTime &then, const QDateTime &now)
{
    if (!then.isValid() || !now.isValid())
        return tr("at an unknown time");
    const qint64 s = std::max<qint64>(0, then.secsTo(now));
    if (s < 60)
        return tr("%n s ago", nullptr, static_cast<int>(s));
    if (s < 3600)
        return tr("%n min ago", nullptr, static_cast<int>(s / 60));
    if (s < 24 * 3600)
        return tr("%n h ago", nullptr, static_cast<int>(s / 3600));
    //: %1 a date and time
    return tr("on %1").arg(QLocale().toString(then.toLocalTime(), QLocale::ShortFormat));
}

QString Speedup::baselineText(const SpeedupBaseline &b, const QDateTime &now)
{
    const QString model = PrimesModels::name(b.model);
    const QString when = ago(b.finishedAt, now);
    if (b.workers > 1)
        //: %1 the baseline's model (sequential, processes...), %2 its workers, %3 its pace, %4 how long ago
        return tr("%1 with %n workers at %2 pace, %3", nullptr, b.workers).arg(model, b.pace.name(), when);
    //: %1 the baseline's model (sequential), %2 its pace (native, cpython...), %3 how long ago ("2 min ago")
    return tr("%1 at %2 pace, %3").arg(model, b.pace.name(), when);
}

QString Speedup::text(const SpeedupBaseline &baseline, const QDateTime &now) const
{
    //: %1 the speedup (2.35×), %2 the baseline ("sequential at cpython pace, 2 min ago"), %3 its seconds
    QString line = tr("%1 against %2 (%3 s, same numbers)")
                       .arg(factorText(), baselineText(baseline, now))
                       .arg(baseline.seconds, 0, 'f', 2);
    if (beyondCores)
        //: %1 the speedup line so far, %n the machine's core count
        line = tr("%1 — more than %n cores can give: the baseline ran under load; run it again", nullptr, cores)
                   .arg(line);
    return line;
}

} // namespace conlab
