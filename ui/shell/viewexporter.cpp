// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/shell/viewexporter.h"

#include "ui/shell/exportformat.h"
#include "ui/theme/palette.h"

#include "core/export/outputfile.h"

#include <QBuffer>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QPainter>
#include <QStandardPaths>
#include <QSvgGenerator>
#include <QWidget>

namespace conlab {

QImage ViewExporter::render(QWidget *view, qreal scale)
{
    const QSize logical = view->size();
    QImage image(logical * scale, QImage::Format_ARGB32_Premultiplied);
    // Painting happens in logical coordinates; the device pixel ratio makes
    // text and lines render at full resolution instead of being stretched.
    image.setDevicePixelRatio(scale);
    image.fill(theme::background);
    view->render(&image, QPoint(), QRegion(), QWidget::DrawChildren);
    return image;
}

bool ViewExporter::savePng(QWidget *view, const QString &path, qreal scale)
{
    // Never PNG data under another format's name, whoever calls.
    if (!ExportFormats::target(path, ExportFormat::Png).ok())
        return false;
    // Rendered to memory, then written as every export is (OutputFile:
    // atomically, never over a device or FIFO, never hanging on one).
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QString why;
    return buffer.open(QIODevice::WriteOnly) && render(view, scale).save(&buffer, "PNG")
        && OutputFile::write(path, bytes, &why);
}

bool ViewExporter::saveSvg(QWidget *view, const QString &path, const QString &title)
{
    if (!ExportFormats::target(path, ExportFormat::Svg).ok())
        return false;
    QByteArray bytes;
    QBuffer buffer(&bytes);
    if (!buffer.open(QIODevice::WriteOnly))
        return false;
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setTitle(title);
    svg.setSize(view->size());
    svg.setViewBox(QRect(QPoint(0, 0), view->size()));
    // QSvgGenerator assumes 72 dpi; the widget's fonts were sized for its
    // own dpi, so without this the text comes out at the wrong size.
    svg.setResolution(view->logicalDpiX());
    QPainter painter;
    if (!painter.begin(&svg))
        return false;
    painter.fillRect(QRect(QPoint(0, 0), view->size()), theme::background);
    view->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
    QString why;
    return painter.end() && OutputFile::write(path, bytes, &why);
}

namespace {
QString picturesDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
}

// The save dialog until the chosen name fits the format: a name for another
// format is refused with a message, and the dialog comes back with the name
// corrected. Empty when the user cancels.
QString askPath(QWidget *parent, const QString &caption, const QString &filter, ExportFormat format)
{
    QString start = picturesDir();
    for (;;) {
        const QString chosen = QFileDialog::getSaveFileName(parent, caption, start, filter);
        if (chosen.isEmpty())
            return {};
        const ExportTarget target = ExportFormats::target(chosen, format);
        if (target.ok())
            return target.path;
        QMessageBox::warning(parent, caption, target.problem);
        start = target.suggested;
    }
}
} // namespace

void ViewExporter::exportPngWithDialog(QWidget *parent, QWidget *view)
{
    const QStringList scales = {QStringLiteral("1×"), QStringLiteral("2×"), QStringLiteral("3×"), QStringLiteral("4×")};
    bool ok = false;
    // 2x by default: sharp on a slide shown on a 4K screen.
    const QString scale = QInputDialog::getItem(parent, tr("Export PNG"), tr("Scale:"), scales, 1, false, &ok);
    if (!ok)
        return;
    const QString path = askPath(parent, tr("Export PNG"), tr("PNG images (*.png)"), ExportFormat::Png);
    if (path.isEmpty())
        return;
    if (!savePng(view, path, scale.chopped(1).toDouble()))
        QMessageBox::warning(parent, tr("Export PNG"),
                             //: %1 the file path
                             tr("Could not write %1.").arg(path));
}

void ViewExporter::exportSvgWithDialog(QWidget *parent, QWidget *view, const QString &title)
{
    const QString path = askPath(parent, tr("Export SVG"), tr("SVG images (*.svg)"), ExportFormat::Svg);
    if (path.isEmpty())
        return;
    if (!saveSvg(view, path, title))
        QMessageBox::warning(parent, tr("Export SVG"),
                             //: %1 the file path
                             tr("Could not write %1.").arg(path));
}

} // namespace conlab
