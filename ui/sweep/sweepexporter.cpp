// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/sweep/sweepexporter.h"

#include "core/sweep/sweepexport.h"
#include "core/sweep/sweepstats.h"
#include "ui/engine/filejob.h"
#include "ui/sweep/sweepchartbuilder.h"
#include "ui/sweep/sweeptext.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QMessageBox>
#include <QSpinBox>
#include <QStandardPaths>
#include <optional>

// The texts keep the sweep page's translation context: they were the page's,
// and the translations are filed under it.
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
        s->setSuffix(QCoreApplication::translate("conlab::SweepPage", " px"));
    }
    width->setValue(SweepChartExport::kDefaultSize.width());
    height->setValue(SweepChartExport::kDefaultSize.height());
    auto *scale = new QComboBox(&dialog);
    for (int k = 1; k <= 4; ++k)
        scale->addItem(QStringLiteral("%1×").arg(k), k);
    scale->setCurrentIndex(1);
    auto *form = new QFormLayout(&dialog);
    form->addRow(QCoreApplication::translate("conlab::SweepPage", "Width:"), width);
    form->addRow(QCoreApplication::translate("conlab::SweepPage", "Height:"), height);
    if (withScale)
        form->addRow(QCoreApplication::translate("conlab::SweepPage", "Scale:"), scale);
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

void exportChart(QWidget *page, const SweepChartBuilder &builder, SweepExportKind what)
{
    if (!builder.primary())
        return;
    const SweepChartSweeps sweeps{*builder.primary(), builder.compare()};
    const QString kinds[] = {QCoreApplication::translate("conlab::SweepPage", "PNG images (*.png)"),
                             QCoreApplication::translate("conlab::SweepPage", "SVG images (*.svg)"),
                             QCoreApplication::translate("conlab::SweepPage", "PDF documents (*.pdf)")};
    const QString names[] = {QStringLiteral("sweep.png"), QStringLiteral("sweep.svg"), QStringLiteral("sweep.pdf")};
    const auto i = static_cast<std::size_t>(what);
    const QString title = QCoreApplication::translate("conlab::SweepPage", "Export the sweep chart");
    const std::optional<ChartSize> size = askSize(page, title, what == SweepExportKind::ChartPng);
    if (!size)
        return;
    const QString path = QFileDialog::getSaveFileName(page, title, documentsDir() + u'/' + names[i], kinds[i]);
    if (path.isEmpty())
        return;
    QString error;
    const SweepChartOptions options = builder.options();
    std::optional<QByteArray> bytes;
    switch (what) {
    case SweepExportKind::ChartPng:
        bytes = SweepChartExport::png(sweeps, options, size->size, size->scale, &error);
        break;
    case SweepExportKind::ChartSvg: bytes = SweepChartExport::svg(sweeps, options, size->size, &error); break;
    default: bytes = SweepChartExport::pdf(sweeps, options, size->size, &error); break;
    }
    if (!bytes) {
        QMessageBox::warning(page, QCoreApplication::translate("conlab::SweepPage", "Export failed"), error);
        return;
    }
    FileJob::exportFrom(page, path, [bytes = std::move(*bytes)] { return bytes; });
}

void exportData(QWidget *page, const SweepChartBuilder &builder, bool json)
{
    const std::optional<SweepData> &data = builder.primary();
    if (!data)
        return;
    // Data files hold one sweep: of two compared, the one picked first. The
    // title names it by its date, so nobody expects both.
    const QString date = SweepText::date(data->machine.created);
    const QString path = QFileDialog::getSaveFileName(
        page,
        json ? //: %1 the sweep's date
            QCoreApplication::translate("conlab::SweepPage", "Export the sweep of %1 as JSON").arg(date)
             : //: %1 the sweep's date
            QCoreApplication::translate("conlab::SweepPage", "Export the sweep of %1 as CSV").arg(date),
        documentsDir() + (json ? QStringLiteral("/sweep.json") : QStringLiteral("/sweep.csv")),
        json ? QCoreApplication::translate("conlab::SweepPage", "JSON (*.json)")
             : QCoreApplication::translate("conlab::SweepPage", "CSV (*.csv)"));
    if (path.isEmpty())
        return;
    FileJob::exportFrom(page, path, [json, sweep = *data] {
        return json ? SweepExport::json(sweep, sweepStatistics(sweep)) : SweepExport::tidyCsv(sweep);
    });
}
} // namespace

void SweepExporter::save(QWidget *page, const SweepChartBuilder &chart, SweepExportKind what)
{
    if (what == SweepExportKind::DataCsv || what == SweepExportKind::DataJson)
        exportData(page, chart, what == SweepExportKind::DataJson);
    else
        exportChart(page, chart, what);
}

} // namespace conlab
