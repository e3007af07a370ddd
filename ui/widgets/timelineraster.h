// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <QImage>
#include <QPainter>
#include <array>
#include <cstdint>
#include <vector>

namespace conlab {

// The timeline's bars and GIL holds, painted once into an image and then only
// added to. A run adds a few thousand results per frame; repainting a million
// bars every frame would stall the GUI, so each result is drawn once, when
// it arrives. Bars narrower than a pixel are merged per pixel column: the
// column is split between prime (top) and not prime by their share of it. The image is
// rebuilt only when its size, lanes or time span change.
class TimelineRaster
{
public:
    struct Geometry
    {
        QSize size;
        int lanes = 0;
        std::int64_t spanNs = 1;
        bool gil = false;
        bool operator==(const Geometry &) const = default;
    };

    const Geometry &geometry() const { return geometry_; }
    void reset(const Geometry &geometry);
    const QImage &image() const { return image_; }
    // Jobs started per pixel column, for the queue-depth line.
    const std::vector<std::int64_t> &startsPerColumn() const { return starts_; }

    void begin();
    void addBar(int lane, std::int64_t startNs, std::int64_t endNs, bool prime);
    void addHold(int lane, std::int64_t startNs, std::int64_t endNs);
    void end();

private:
    double xOf(std::int64_t ns) const;
    double laneTop(int lane) const;
    double barTop(int lane) const;
    double barHeight() const;
    double gilHeight() const;

    Geometry geometry_;
    QImage image_;
    QPainter painter_;
    std::vector<std::vector<std::array<float, 2>>> cover_; // [lane][column]: prime, not prime
    // Columns to repaint at end(), per lane: a flag per column and the range
    // holding flags, so a batch costs O(lanes x width), whatever its size.
    std::vector<std::vector<char>> dirty_;
    std::vector<std::pair<int, int>> dirtyRange_;
    std::vector<std::int64_t> starts_;
};

} // namespace conlab
