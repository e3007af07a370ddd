// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/cpython/spinnersidebyside.h"

#include "core/cpython/sideratio.h"
#include "core/spinner/spinnerverdict.h"

#include <QJsonArray>

namespace conlab {

namespace {
QString seconds(double s)
{
    //: a duration in seconds
    return SpinnerSideBySide::tr("%1 s").arg(s, 0, 'f', 2);
}

QString milliseconds(std::int64_t ns)
{
    //: a duration in milliseconds
    return SpinnerSideBySide::tr("%1 ms").arg(static_cast<double>(ns) / 1e6, 0, 'f', 0);
}
} // namespace

SpinnerSideBySide::SpinnerSideBySide(const SpinnerConfig &config, const SpinnerReport &emulation,
                                     const CPythonSide &cpython)
{
    const SpinnerReport *py = cpython.finished() && cpython.report ? &*cpython.report : nullptr;
    const auto add = [this](QString what, QString emu, std::optional<QString> cpy, std::optional<double> e,
                            std::optional<double> c) {
        const std::optional<double> ratio = SideRatio::of(c, e);
        rows_.push_back(
            {std::move(what), std::move(emu), cpy.value_or(QStringLiteral("–")), SideRatio::text(ratio), ratio});
    };
    const auto frames = [](const SpinnerReport &r) { return static_cast<double>(r.frames.size()); };
    add(tr("Frames"), QString::number(emulation.frames.size()),
        py ? std::optional(QString::number(py->frames.size())) : std::nullopt, frames(emulation),
        py ? std::optional(frames(*py)) : std::nullopt);
    add(tr("Longest gap"), milliseconds(emulation.maxGapNs),
        py ? std::optional(milliseconds(py->maxGapNs)) : std::nullopt, static_cast<double>(emulation.maxGapNs),
        py ? std::optional(static_cast<double>(py->maxGapNs)) : std::nullopt);
    add(tr("Elapsed"), seconds(emulation.elapsed), py ? std::optional(seconds(py->elapsed)) : std::nullopt,
        emulation.elapsed, py ? std::optional(py->elapsed) : std::nullopt);

    const SpinnerVerdict emuVerdict = SpinnerVerdict::of(config, emulation);
    const std::optional<SpinnerVerdict> pyVerdict = py ? std::optional(SpinnerVerdict::of(config, *py)) : std::nullopt;
    const bool same = pyVerdict && pyVerdict->kind == emuVerdict.kind && pyVerdict->outcome == emuVerdict.outcome;
    rows_.push_back({tr("Verdict"), emuVerdict.headline(), pyVerdict ? pyVerdict->headline() : QStringLiteral("–"),
                     pyVerdict ? (same ? tr("same") : tr("differs")) : QStringLiteral("–"), std::nullopt});

    if (cpython.end == CPythonSide::End::Cancelled)
        summary_ = tr("The CPython run was stopped before it ended.");
    else if (!py)
        //: %1 why the CPython run has no figures (the interpreter's error, the listing's traceback)
        summary_ = tr("CPython measured nothing: %1").arg(cpython.error.isEmpty() ? tr("no report") : cpython.error);
    else if (same)
        //: %1 the verdict, e.g. "Kept spinning"
        summary_ = tr("CPython agrees with the emulation: %1.").arg(emuVerdict.headline());
    else
        //: %1 the emulation's verdict, %2 CPython's
        summary_ = tr("They differ: the emulation says %1, CPython %2.")
                       .arg(emuVerdict.headline(), pyVerdict->headline());
}

QJsonObject SpinnerSideBySide::toJson() const
{
    QJsonArray rows;
    for (const Row &r : rows_) {
        QJsonObject o{{QStringLiteral("what"), r.what},
                      {QStringLiteral("emulation"), r.emulation},
                      {QStringLiteral("cpython"), r.cpython},
                      {QStringLiteral("ratioText"), r.ratio}};
        if (r.ratioValue)
            o.insert(QStringLiteral("ratio"), *r.ratioValue);
        rows.append(o);
    }
    return {{QStringLiteral("ratio"), QStringLiteral("cpython / emulation")},
            {QStringLiteral("rows"), rows},
            {QStringLiteral("summary"), summary_}};
}

} // namespace conlab
