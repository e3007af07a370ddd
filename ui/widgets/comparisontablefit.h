// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <QFont>

class QTableView;

namespace conlab {

// Sizes the comparison table for the back of the room: the largest type,
// from half again the page's size down, at which every column holds its
// widest word. It may go below the page's size: presentation mode makes the
// page's text 1.5x, and on a 1024-wide projector the whole table at that size
// reads better than a table cut at the right. Each column gets what its words need plus an
// even share of the rest, headers wrap at spaces, and the table is exactly
// as tall as its rows, so the page never scrolls inside it.
class ComparisonTableFit
{
public:
    static constexpr double kLargest = 1.5;
    static constexpr double kSmallest = 0.6;

    // `width`: what the page's rows have. Returns the scale it chose.
    static double apply(QTableView *table, const QFont &pageFont, int width);
};

} // namespace conlab
