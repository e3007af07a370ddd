// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/sweep/sweeplegend.h"

#include "ui/theme/palette.h"

#include <QAbstractSeries>
#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsEllipseItem>
#include <QGraphicsLineItem>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QPen>
#include <QScatterSeries>
#include <QXYSeries>
#include <algorithm>
#include <cmath>

namespace conlab {

SweepLegend::SweepLegend(QChart *chart) : QGraphicsRectItem(chart), chart_(chart)
{
    setPen(Qt::NoPen);
    setBrush(Qt::NoBrush);
    setZValue(10);
    chart_->legend()->hide();
    margin_ = chart_->margins().bottom();
    connect(chart_, &QChart::geometryChanged, this, &SweepLegend::relayout);
}

void SweepLegend::setFont(const QFont &font)
{
    font_ = font;
    relayout();
}

QStringList SweepLegend::names() const
{
    QStringList out;
    for (QGraphicsItem *child : childItems()) {
        if (auto *text = dynamic_cast<QGraphicsSimpleTextItem *>(child))
            out << text->text();
    }
    return out;
}

void SweepLegend::relayout()
{
    qDeleteAll(childItems());
    const QFontMetricsF fm(font_);
    const qreal swatch = fm.height() * 1.4;
    const qreal gap = fm.height() * 0.35;
    const qreal between = fm.height() * 1.1;
    const qreal lineHeight = fm.height() * 1.25;
    const qreal width = std::max<qreal>(1.0, chart_->size().width() - 2 * margin_);

    // One entry: a swatch drawn as the series is, and its whole name.
    struct Entry
    {
        QLegendMarker *marker;
        qreal width;
    };
    std::vector<Entry> entries;
    for (QLegendMarker *m : chart_->legend()->markers()) {
        if (!m->property(kHidden).toBool() && !m->label().isEmpty())
            entries.push_back({m, swatch + gap + fm.horizontalAdvance(m->label())});
    }
    // Greedy lines, each centred like the legend it replaces.
    std::vector<std::vector<const Entry *>> lines(1);
    qreal used = 0;
    for (const Entry &e : entries) {
        const qreal need = lines.back().empty() ? e.width : used + between + e.width;
        if (!lines.back().empty() && need > width) {
            lines.emplace_back();
            used = e.width;
        } else {
            used = need;
        }
        lines.back().push_back(&e);
    }
    if (entries.empty())
        lines.clear();

    const qreal height = lines.empty() ? 0.0 : lineHeight * static_cast<qreal>(lines.size());
    for (std::size_t l = 0; l < lines.size(); ++l) {
        qreal lineWidth = 0;
        for (const Entry *e : lines[l])
            lineWidth += e->width + (lineWidth > 0 ? between : 0);
        qreal x = std::max<qreal>(0.0, (width - lineWidth) / 2);
        const qreal y = lineHeight * static_cast<qreal>(l);
        const qreal mid = y + lineHeight / 2;
        for (const Entry *e : lines[l]) {
            QLegendMarker *m = e->marker;
            const QAbstractSeries *series = m->series();
            if (series && series->type() == QAbstractSeries::SeriesTypeLine) {
                auto *line = new QGraphicsLineItem(x, mid, x + swatch, mid, this);
                // The series' own pen: the marker's drops the dashes that
                // tell the ideal line from a measured one.
                QPen p = static_cast<const QXYSeries *>(series)->pen();
                p.setCapStyle(Qt::FlatCap);
                line->setPen(p);
            } else if (series && series->type() == QAbstractSeries::SeriesTypeScatter) {
                const qreal d = fm.height() * 0.6;
                const QRectF r(x + (swatch - d) / 2, mid - d / 2, d, d);
                const auto *scatter = static_cast<const QScatterSeries *>(series);
                QAbstractGraphicsShapeItem *dot = nullptr;
                if (scatter->markerShape() == QScatterSeries::MarkerShapeCircle)
                    dot = new QGraphicsEllipseItem(r, this);
                else
                    dot = new QGraphicsRectItem(r, this);
                if (scatter->markerShape() == QScatterSeries::MarkerShapeRotatedRectangle)
                    dot->setTransformOriginPoint(r.center()), dot->setRotation(45);
                dot->setBrush(m->brush());
                dot->setPen(m->pen());
            } else {
                const qreal h = fm.height() * 0.6;
                auto *box = new QGraphicsRectItem(QRectF(x + swatch * 0.15, mid - h / 2, swatch * 0.7, h), this);
                box->setBrush(m->brush());
                box->setPen(QPen(theme::mutedText, 1.0));
            }
            auto *text = new QGraphicsSimpleTextItem(m->label(), this);
            text->setFont(font_);
            text->setBrush(theme::text);
            text->setPos(x + swatch + gap, mid - fm.height() / 2);
            x += e->width + between;
        }
    }
    setRect(QRectF(0, 0, width, height));
    setPos(margin_, chart_->size().height() - margin_ - height);
    // Room under the axis title for every line of the legend.
    QMargins margins = chart_->margins();
    const int bottom = margin_ + static_cast<int>(std::ceil(height + (height > 0 ? gap : 0)));
    if (margins.bottom() != bottom) {
        margins.setBottom(bottom);
        chart_->setMargins(margins);
    }
}

} // namespace conlab
