// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <QCoreApplication>
#include <QImage>
#include <QString>

class QWidget;

namespace conlab {

// Live view to file, for slides and handouts. PNG renders the widget into an
// image `scale` times its size (sharp on a 4K slide, not an upscaled
// screenshot); SVG records the same painting as vectors.
class ViewExporter
{
    Q_DECLARE_TR_FUNCTIONS(conlab::ViewExporter)
public:
    static QImage render(QWidget *view, qreal scale);
    // Both refuse (false, nothing written) a path named for another format.
    static bool savePng(QWidget *view, const QString &path, qreal scale);
    static bool saveSvg(QWidget *view, const QString &path, const QString &title);

    // The File menu's flow: ask for a scale (PNG) and a file name, save,
    // and say so if writing failed.
    static void exportPngWithDialog(QWidget *parent, QWidget *view);
    static void exportSvgWithDialog(QWidget *parent, QWidget *view, const QString &title);
};

} // namespace conlab
