// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/sweep/sweepdata.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QRectF>
#include <QSize>
#include <QString>
#include <optional>

namespace conlab {

// What the sweep chart shows. The page's toggles and the CLI's flags both
// fill this in, so a slide made from either looks the same.
struct SweepChartOptions
{
    enum class Mode { Time, Speedup };
    enum class Band { None, MinMax, Quartiles };
    Mode mode = Mode::Time;
    Band band = Band::MinMax;
    bool ideal = false;       // T(1)/N, or N in speedup mode
    bool bookOverlay = false; // the book's medians, scaled to this sweep's 1-worker median
    int coreMarker = 0;       // 0: this machine's core count (from the data)
};

// What a chart draws: one sweep, or two compared, as on the page (the lines
// of the second carry its date).
struct SweepChartSweeps
{
    // Not explicit, so {data} reads as "this one sweep" at a call.
    SweepChartSweeps(SweepData one, std::optional<SweepData> other = std::nullopt)
        : primary(std::move(one)), compare(std::move(other))
    {
    }
    SweepData primary;
    std::optional<SweepData> compare;
};

// Renders a sweep's chart to a file without any window: PNG at a size and
// scale, SVG at its physical size (resolution taken from the screen, not
// QSvgGenerator's 72 dpi default), and PDF. Needs a QApplication (the offscreen
// platform will do); the CLI's `sweep` command uses it headless.
class SweepChartExport
{
    Q_DECLARE_TR_FUNCTIONS(conlab::SweepChartExport)
public:
    static constexpr QSize kDefaultSize{1600, 900}; // logical pixels, 16:9 slide

    static bool savePng(const SweepChartSweeps &sweeps, const SweepChartOptions &options, const QString &path,
                        QSize size, qreal scale, QString *error);
    static bool saveSvg(const SweepChartSweeps &sweeps, const SweepChartOptions &options, const QString &path,
                        QSize size, QString *error);
    static bool savePdf(const SweepChartSweeps &sweeps, const SweepChartOptions &options, const QString &path,
                        QSize size, QString *error);
    // The same files as bytes, for a caller that writes them elsewhere (the
    // CLI's "-" is stdout). Nothing, with *error set, when it fails.
    static std::optional<QByteArray> png(const SweepChartSweeps &sweeps, const SweepChartOptions &options, QSize size,
                                         qreal scale, QString *error);
    static std::optional<QByteArray> svg(const SweepChartSweeps &sweeps, const SweepChartOptions &options, QSize size,
                                         QString *error);
    static std::optional<QByteArray> pdf(const SweepChartSweeps &sweeps, const SweepChartOptions &options, QSize size,
                                         QString *error);
    // Where the plot (inside the axes) sits on a chart of this size, in the
    // exported file's coordinates: what every line on it must stay within.
    static QRectF plotArea(const SweepChartSweeps &sweeps, const SweepChartOptions &options, QSize size);
};

} // namespace conlab
