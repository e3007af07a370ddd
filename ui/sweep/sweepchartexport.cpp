// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/sweep/sweepchartexport.h"

#include "ui/sweep/sweepchartbuilder.h"
#include "ui/theme/palette.h"

#include "core/export/outputfile.h"

#include <QBuffer>
#include <QChart>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGuiApplication>
#include <QImageWriter>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QScreen>
#include <QSvgGenerator>
#include <algorithm>

namespace conlab {

namespace {

// Beyond this a PNG is no longer a slide but a memory problem.
constexpr int kMaxPixels = 16384;

// The dpi the chart's fonts were measured for: the screen's, as on the page.
int layoutDpi()
{
    const QScreen *screen = QGuiApplication::primaryScreen();
    const int dpi = screen ? qRound(screen->logicalDotsPerInch()) : 96;
    return dpi > 0 ? dpi : 96;
}

// Text sized for the slide, not for the screen it was made on: a chart
// exported from a zoomed window must not come out with giant labels.
QFont slideFont(QSize size)
{
    QFont f = QGuiApplication::font();
    f.setPixelSize(std::max(10, qRound(std::min(size.height(), size.width() * 9 / 16) / 40.0)));
    return f;
}

// The chart laid out at `size` in a scene of its own: no window, so it works
// headless on the offscreen platform.
class Stage
{
public:
    Stage(const SweepChartSweeps &sweeps, const SweepChartOptions &options, QSize size) : size_(size)
    {
        chart_ = new QChart;
        scene_.addItem(chart_); // the scene owns it
        auto *builder = new SweepChartBuilder(chart_);
        builder->setFont(slideFont(size));
        builder->setOptions(options);
        builder->setSweeps(sweeps.primary, sweeps.compare);
        chart_->setGeometry(QRectF(QPointF(0, 0), QSizeF(size)));
        // Layouts and QtCharts' own updates are posted events; let them run,
        // then once more for what the new plot area moved.
        for (int i = 0; i < 3; ++i) {
            QCoreApplication::sendPostedEvents();
            if (chart_->layout())
                chart_->layout()->activate();
        }
    }
    void paint(QPainter *painter)
    {
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setRenderHint(QPainter::TextAntialiasing);
        const QRectF r(QPointF(0, 0), QSizeF(size_));
        painter->fillRect(r, theme::background);
        scene_.render(painter, r, r);
    }
    QRectF plotArea() const { return chart_->plotArea(); }

private:
    QGraphicsScene scene_;
    QChart *chart_ = nullptr;
    QSize size_;
};

bool writeBytes(const QString &path, const QByteArray &bytes, QString *error)
{
    QString why;
    if (OutputFile::write(path, bytes, &why))
        return true;
    if (error)
        //: %1 file path, %2 the system's reason
        *error = SweepChartExport::tr("Could not write %1: %2").arg(path, why);
    return false;
}

bool checkSize(QSize size, QString *error)
{
    if (size.width() >= 1 && size.height() >= 1 && size.width() <= kMaxPixels && size.height() <= kMaxPixels)
        return true;
    if (error)
        //: %1 width, %2 height, %3 the largest side accepted
        *error = SweepChartExport::tr("A chart of %1 × %2 pixels cannot be made: each side must be from 1 to %3.")
                     .arg(size.width())
                     .arg(size.height())
                     .arg(kMaxPixels);
    return false;
}

QString chartTitle()
{
    return SweepChartExport::tr("Sweep: median run time against worker count");
}

} // namespace

bool SweepChartExport::savePng(const SweepChartSweeps &sweeps, const SweepChartOptions &options, const QString &path,
                               QSize size, qreal scale, QString *error)
{
    const std::optional<QByteArray> bytes = png(sweeps, options, size, scale, error);
    return bytes && writeBytes(path, *bytes, error);
}

bool SweepChartExport::saveSvg(const SweepChartSweeps &sweeps, const SweepChartOptions &options, const QString &path,
                               QSize size, QString *error)
{
    const std::optional<QByteArray> bytes = svg(sweeps, options, size, error);
    return bytes && writeBytes(path, *bytes, error);
}

bool SweepChartExport::savePdf(const SweepChartSweeps &sweeps, const SweepChartOptions &options, const QString &path,
                               QSize size, QString *error)
{
    const std::optional<QByteArray> bytes = pdf(sweeps, options, size, error);
    return bytes && writeBytes(path, *bytes, error);
}

std::optional<QByteArray> SweepChartExport::png(const SweepChartSweeps &sweeps, const SweepChartOptions &options,
                                                QSize size, qreal scale, QString *error)
{
    if (!(scale > 0.0)) {
        if (error)
            //: %1 the scale asked for
            *error = tr("The scale must be above 0, not %1.").arg(scale);
        return std::nullopt;
    }
    if (!checkSize(size, error) || !checkSize(size * scale, error))
        return std::nullopt;
    // Laid out at `size`, painted at `scale`: text and lines come out sharp
    // at full resolution, not as a stretched small picture.
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(theme::background);
    {
        Stage stage(sweeps, options, size);
        QPainter painter(&image);
        stage.paint(&painter);
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    if (!writer.write(image)) {
        if (error)
            //: %1 the encoder's reason
            *error = tr("The PNG could not be encoded: %1").arg(writer.errorString());
        return std::nullopt;
    }
    return buffer.data();
}

std::optional<QByteArray> SweepChartExport::svg(const SweepChartSweeps &sweeps, const SweepChartOptions &options,
                                                QSize size, QString *error)
{
    if (!checkSize(size, error))
        return std::nullopt;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setTitle(chartTitle());
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    // QSvgGenerator writes its physical size assuming 72 dpi; the layout's
    // dpi makes the file as large as the chart on the screen, with text at
    // the size it was measured for.
    svg.setResolution(layoutDpi());
    {
        Stage stage(sweeps, options, size);
        QPainter painter;
        if (!painter.begin(&svg)) {
            if (error)
                *error = tr("The SVG could not be started.");
            return std::nullopt;
        }
        stage.paint(&painter);
        painter.end();
    }
    return buffer.data();
}

QRectF SweepChartExport::plotArea(const SweepChartSweeps &sweeps, const SweepChartOptions &options, QSize size)
{
    if (size.isEmpty())
        return {};
    const Stage stage(sweeps, options, size);
    return stage.plotArea();
}

std::optional<QByteArray> SweepChartExport::pdf(const SweepChartSweeps &sweeps, const SweepChartOptions &options,
                                                QSize size, QString *error)
{
    if (!checkSize(size, error))
        return std::nullopt;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        const int dpi = layoutDpi();
        QPdfWriter pdf(&buffer);
        pdf.setTitle(chartTitle());
        pdf.setCreator(QStringLiteral("Concurrency Lab"));
        pdf.setResolution(dpi);
        // One page exactly the chart's physical size, with no margins.
        pdf.setPageSize(QPageSize(QSizeF(size) * 72.0 / dpi, QPageSize::Point, QString(), QPageSize::ExactMatch));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        Stage stage(sweeps, options, size);
        QPainter painter;
        if (!painter.begin(&pdf)) {
            if (error)
                *error = tr("The PDF could not be started.");
            return std::nullopt;
        }
        // The page in device pixels is `size` give or take rounding: fill it.
        const QRect page = painter.viewport();
        painter.scale(page.width() / double(size.width()), page.height() / double(size.height()));
        stage.paint(&painter);
        painter.end();
    }
    return buffer.data();
}

} // namespace conlab
