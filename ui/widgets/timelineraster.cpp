// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/widgets/timelineraster.h"

#include "ui/theme/palette.h"

#include <algorithm>
#include <cmath>

namespace conlab {

void TimelineRaster::reset(const Geometry &geometry)
{
    geometry_ = geometry;
    const QSize size = geometry.size.expandedTo({1, 1});
    if (image_.size() != size) // else the pixels are reused: no fresh pages to fault in
        image_ = QImage(size, QImage::Format_RGB32);
    image_.fill(theme::background);
    const int columns = image_.width();
    cover_.assign(static_cast<std::size_t>(std::max(geometry.lanes, 0)),
                  std::vector<std::array<float, 2>>(static_cast<std::size_t>(columns), {0.f, 0.f}));
    starts_.assign(static_cast<std::size_t>(columns), 0);
    dirty_.assign(cover_.size(), std::vector<char>(static_cast<std::size_t>(columns), 0));
    dirtyRange_.assign(cover_.size(), {columns, -1});
    QPainter p(&image_);
    for (int k = 0; k < geometry.lanes; ++k)
        p.fillRect(QRectF(0, laneTop(k), image_.width(),
                          laneTop(k + 1) - laneTop(k) - std::min(4.0, (laneTop(1) - laneTop(0)) * 0.1)),
                   k % 2 ? theme::timelineLaneAlt : theme::timelineLane);
}

double TimelineRaster::xOf(std::int64_t ns) const
{
    return image_.width() * static_cast<double>(ns) / static_cast<double>(std::max<std::int64_t>(geometry_.spanNs, 1));
}

double TimelineRaster::laneTop(int lane) const
{
    return image_.height() * static_cast<double>(lane) / std::max(geometry_.lanes, 1);
}

double TimelineRaster::gilHeight() const
{
    const double lane = laneTop(1) - laneTop(0);
    const double gap = std::min(4.0, lane * 0.1);
    return geometry_.gil ? std::max(3.0, (lane - gap) * 0.22) : 0.0;
}

double TimelineRaster::barTop(int lane) const
{
    return laneTop(lane) + gilHeight() + (geometry_.gil ? 1 : 0);
}

double TimelineRaster::barHeight() const
{
    const double lane = laneTop(1) - laneTop(0);
    const double gap = std::min(4.0, lane * 0.1);
    return lane - gap - gilHeight() - (geometry_.gil ? 1 : 0);
}

void TimelineRaster::begin()
{
    painter_.begin(&image_);
}

void TimelineRaster::addBar(int lane, std::int64_t startNs, std::int64_t endNs, bool prime)
{
    if (lane < 0 || lane >= geometry_.lanes)
        return;
    const double x0 = xOf(startNs), x1 = xOf(endNs);
    const int startColumn = std::clamp(static_cast<int>(x0), 0, image_.width() - 1);
    ++starts_[static_cast<std::size_t>(startColumn)];
    if (x1 - x0 >= 3) {
        // A white edge keeps neighbouring bars of one colour apart.
        painter_.fillRect(QRectF(x0, barTop(lane), x1 - x0, barHeight()), prime ? theme::prime : theme::notPrime);
        painter_.fillRect(QRectF(x1 - 1, barTop(lane), 1, barHeight()), theme::background);
        return;
    }
    // Narrow: add its coverage to the columns it touches, paint them at end().
    const auto l = static_cast<std::size_t>(lane);
    auto &cover = cover_[l];
    // A bar that ends on a column's edge does not reach into the next one.
    const int last = std::clamp(static_cast<int>(std::ceil(x1)) - 1, startColumn, image_.width() - 1);
    for (int c = startColumn; c <= last; ++c) {
        const double overlap = std::max(0.01, std::min(x1, c + 1.0) - std::max(x0, double(c)));
        cover[static_cast<std::size_t>(c)][prime ? 0 : 1] += static_cast<float>(overlap);
        dirty_[l][static_cast<std::size_t>(c)] = 1;
    }
    dirtyRange_[l].first = std::min(dirtyRange_[l].first, startColumn);
    dirtyRange_[l].second = std::max(dirtyRange_[l].second, last);
}

void TimelineRaster::addHold(int lane, std::int64_t startNs, std::int64_t endNs)
{
    if (lane < 0 || lane >= geometry_.lanes || !geometry_.gil)
        return;
    const double x0 = xOf(startNs), x1 = std::max(xOf(endNs), x0 + 1);
    painter_.fillRect(QRectF(x0, laneTop(lane), x1 - x0, gilHeight()), theme::timelineGil);
}

void TimelineRaster::end()
{
    painter_.end();
    // Written as pixels, a row at a time: after a rebuild every lane's every
    // column is dirty (20 lanes x 1,900 columns), and two QPainter fills per
    // column took longer than a frame. Rows are whole pixels; a column's split
    // is rounded to one.
    const QRgb primeRgb = theme::prime.rgb();
    const QRgb notPrimeRgb = theme::notPrime.rgb();
    const int rows = image_.height();
    std::vector<int> split(static_cast<std::size_t>(image_.width()));
    for (std::size_t lane = 0; lane < dirty_.size(); ++lane) {
        auto &[first, last] = dirtyRange_[lane];
        if (first > last)
            continue;
        const int top = std::clamp(qRound(barTop(static_cast<int>(lane))), 0, rows);
        const int bottom = std::clamp(qRound(barTop(static_cast<int>(lane)) + barHeight()), top, rows);
        for (int c = first; c <= last; ++c) {
            const auto col = static_cast<std::size_t>(c);
            if (!dirty_[lane][col]) {
                split[col] = -1;
                continue;
            }
            dirty_[lane][col] = 0;
            // Split the column by share, primes on top: a dense stretch still
            // shows how many of its numbers were prime.
            const auto &cell = cover_[lane][col];
            const double share = cell[0] / std::max(cell[0] + cell[1], 1e-6f);
            split[col] = top + qRound((bottom - top) * share);
        }
        for (int y = top; y < bottom; ++y) {
            auto *line = reinterpret_cast<QRgb *>(image_.scanLine(y));
            for (int c = first; c <= last; ++c) {
                const int s = split[static_cast<std::size_t>(c)];
                if (s >= 0)
                    line[c] = y < s ? primeRgb : notPrimeRgb;
            }
        }
        first = image_.width();
        last = -1;
    }
}

} // namespace conlab
