// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// SweepPage: the chart and the data of the sweep on screen, to files.
#include "pages/sweeppage.h"

#include "engine/filejob.h"

#include "export/outputfile.h"
#include "sweep/sweepchart.h"
#include "sweep/sweepchartbuilder.h"
#include "sweep/sweepexport.h"
#include "sweep/sweepstats.h"
#include "sweep/sweeptext.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QMessageBox>
#include <QSpinBox>
#include <QStandardPaths>

namespace conlab {

namespace {
struct ChartSize
{
    QSize size;
    qreal scale = 1.0;
};

// Width and height in logical pixels, and for PNG the scale: 1600 × 900 at
// 2× is a sharp 16:9 slide on a 4K screen.
std::optional<ChartSize> askSize(QWidget *parent, const QString &title, bool withScale)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto *width = new QSpinBox(&dialog);
    auto *height = new QSpinBox(&dialog);
    for (QSpinBox *s : {width, height}) {
        s->setRange(200, 8000);
        //: unit after the chart size fields
        s->setSuffix(SweepPage::tr(" px"));
    }
    width->setValue(SweepChartExport::kDefaultSize.width());
    height->setValue(SweepChartExport::kDefaultSize.height());
    auto *scale = new QComboBox(&dialog);
    for (int k = 1; k <= 4; ++k)
        scale->addItem(QStringLiteral("%1×").arg(k), k);
    scale->setCurrentIndex(1);
    auto *form = new QFormLayout(&dialog);
    form->addRow(SweepPage::tr("Width:"), width);
    form->addRow(SweepPage::tr("Height:"), height);
    if (withScale)
        form->addRow(SweepPage::tr("Scale:"), scale);
    else
        scale->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return ChartSize{QSize(width->value(), height->value()), withScale ? scale->currentData().toReal() : 1.0};
}

QString documentsDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}
} // namespace

void SweepPage::exportChart(ChartFormat format)
{
    // The chart as on screen: with the compared sweep, if one is picked.
    const SweepChartBuilder *builder = chart_->builder();
    if (!builder->primary())
        return;
    const SweepChartSweeps sweeps{*builder->primary(), builder->compare()};
    const QString kinds[] = {tr("PNG images (*.png)"), tr("SVG images (*.svg)"), tr("PDF documents (*.pdf)")};
    const QString names[] = {QStringLiteral("sweep.png"), QStringLiteral("sweep.svg"), QStringLiteral("sweep.pdf")};
    const auto i = static_cast<std::size_t>(format);
    const QString title = tr("Export the sweep chart");
    const std::optional<ChartSize> size = askSize(this, title, format == ChartFormat::Png);
    if (!size)
        return;
    const QString path =
        QFileDialog::getSaveFileName(this, title, documentsDir() + u'/' + names[i], kinds[i]);
    if (path.isEmpty())
        return;
    QString error;
    const SweepChartOptions options = builder->options();
    bool ok = false;
    switch (format) {
    case ChartFormat::Png: ok = SweepChartExport::savePng(sweeps, options, path, size->size, size->scale, &error); break;
    case ChartFormat::Svg: ok = SweepChartExport::saveSvg(sweeps, options, path, size->size, &error); break;
    case ChartFormat::Pdf: ok = SweepChartExport::savePdf(sweeps, options, path, size->size, &error); break;
    }
    if (!ok)
        QMessageBox::warning(this, tr("Export failed"), error);
}

void SweepPage::exportData(bool json)
{
    const std::optional<SweepData> &data = chart_->builder()->primary();
    if (!data)
        return;
    // Data files hold one sweep: of two compared, the one picked first. The
    // title names it by its date, so nobody expects both.
    const QString date = SweepText::date(data->machine.created);
    const QString path = QFileDialog::getSaveFileName(
        this,
        json ? //: %1 the sweep's date
               tr("Export the sweep of %1 as JSON").arg(date)
             : //: %1 the sweep's date
               tr("Export the sweep of %1 as CSV").arg(date),
        documentsDir() + (json ? QStringLiteral("/sweep.json") : QStringLiteral("/sweep.csv")),
        json ? tr("JSON (*.json)") : tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    FileJob::exportFrom(this, path, [json, sweep = *data] {
        return json ? SweepExport::json(sweep, sweepStatistics(sweep)) : SweepExport::tidyCsv(sweep);
    });
}

} // namespace conlab
