// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "fidelitytable.h"

#include <algorithm>

namespace conlab::cli {

namespace {

QString seconds(double s)
{
    return QString::number(s, 'f', 2) + u" s";
}

QString padded(const QString &text, int width)
{
    return text.leftJustified(width, u' ');
}

} // namespace

QString FidelityTable::cell(const FidelityRow &row, const FidelitySide &side)
{
    if (row.key == u"S8/S7")
        return side.seconds ? QString::number(*side.seconds, 'f', 2) + u'x' : QStringLiteral("-");
    if (side.ok == 0)
        return tr("failed");
    switch (row.band) {
    case FidelityBand::Spins:
        //: a fidelity cell: frames per second
        return seconds(*side.seconds) + u"  " + tr("%1/s").arg(*side.framesPerSecond, 0, 'f', 1);
    case FidelityBand::NeverAppears: return seconds(*side.seconds) + u"  " + tr("%n frame(s)", nullptr, side.maxFrames);
    case FidelityBand::Stutters:
        //: a fidelity cell: the longest frozen glyph
        return seconds(*side.seconds) + u"  " + tr("gap %1 ms").arg(double(side.maxGapNs.value_or(0)) / 1e6, 0, 'f', 0);
    case FidelityBand::Time: return seconds(*side.seconds);
    case FidelityBand::Outcome: {
        QStringList parts;
        for (RaceOutcome o : {RaceOutcome::Complete, RaceOutcome::Lost, RaceOutcome::Hung}) {
            const int count = side.races[static_cast<std::size_t>(o)];
            if (count > 0)
                parts << QString::number(count) + u' ' + raceOutcomeKey(o);
        }
        return parts.join(u' ');
    }
    }
    return {};
}

QString FidelityTable::text(const std::vector<FidelityRow> &rows, int rounds, const QString &interpreter)
{
    //: the fidelity table's title: %1 the interpreter ("CPython 3.11.2 (/usr/bin/python3)"), %n the rounds
    QString out = tr("%1 against the emulation, medians of %n round(s)", nullptr, rounds).arg(interpreter) + u"\n\n";
    // Columns as wide as their widest cell, so a long title or a long
    // translation never pushes a row out of line.
    QList<QStringList> lines;
    lines << QStringList{tr("row"), tr("runs"), QStringLiteral("CPython"), tr("emulation"), tr("ratio"), tr("verdict")};
    for (const FidelityRow &row : rows) {
        const QString ratio = row.ratio ? QString::number(*row.ratio, 'f', 2) : QStringLiteral("-");
        lines << QStringList{row.key,
                             row.title,
                             cell(row, row.cpython),
                             cell(row, row.emulated),
                             ratio,
                             FidelityJudge::verdictKey(row.verdict) + u": " + row.why};
    }
    QList<int> widths(lines.front().size(), 0);
    for (const QStringList &line : lines)
        for (qsizetype c = 0; c < line.size(); ++c)
            widths[c] = std::max(widths[c], static_cast<int>(line[c].size()));
    for (const QStringList &line : lines) {
        for (qsizetype c = 0; c + 1 < line.size(); ++c)
            out += padded(line[c], widths[c] + 2);
        out += line.back() + u'\n';
    }
    return out;
}

QString FidelityTable::progressLine(const FidelityStep &step, const FidelitySample &sample)
{
    QString what;
    if (!sample.ok())
        //: %1 why the run failed
        what = tr("failed: %1").arg(sample.error);
    else if (sample.race)
        what = seconds(sample.seconds) + u", " + raceOutcomeKey(*sample.race);
    else if (step.experiment->isSpinner())
        what = seconds(sample.seconds) + u", " + tr("%n frame(s)", nullptr, sample.frames);
    else
        what = seconds(sample.seconds);
    //: a progress line: %1 run number, %2 all runs, %3 the row, %4 the engine, %5 what it measured
    return tr("[%1/%2] %3 in %4: %5")
        .arg(step.done)
        .arg(step.total)
        .arg(step.experiment->key, step.cpython ? QStringLiteral("CPython") : tr("the emulation"), what);
}

} // namespace conlab::cli
