// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

class QWidget;

namespace conlab {

class SweepChartBuilder;

enum class SweepExportKind { ChartPng, ChartSvg, ChartPdf, DataCsv, DataJson };

// The sweep on screen, to a file the lecturer picks: the chart as drawn
// (with the compared sweep, if one is picked) or the data of one sweep.
// Files are written off the GUI thread, through FileJob; the chart is
// rendered before that, on the GUI thread, because only it may lay out
// and paint the chart's items. A file that cannot be written is reported
// in a message box on `page`.
class SweepExporter
{
public:
    static void save(QWidget *page, const SweepChartBuilder &chart, SweepExportKind what);
};

} // namespace conlab
