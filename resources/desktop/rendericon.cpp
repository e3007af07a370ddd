// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// conlab-render-icon SVG OUTDIR SIZE...: renders the app's SVG icon into
// OUTDIR/SIZE.png for each size. Built and run at build time, so the PNGs the
// hicolor theme and the window use always match the one SVG in the tree,
// with no converter beyond Qt itself to install.
#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 4) {
        std::fputs("usage: conlab-render-icon SVG OUTDIR SIZE...\n", stderr);
        return 2;
    }
    QSvgRenderer svg(args.at(1));
    if (!svg.isValid()) {
        std::fprintf(stderr, "conlab-render-icon: %s is not a valid SVG\n", qPrintable(args.at(1)));
        return 1;
    }
    QDir().mkpath(args.at(2));
    for (const QString &sizeText : args.mid(3)) {
        bool ok = false;
        const int size = sizeText.toInt(&ok);
        if (!ok || size < 8 || size > 1024) {
            std::fprintf(stderr, "conlab-render-icon: size %s is not from 8 to 1024\n", qPrintable(sizeText));
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        svg.render(&painter);
        painter.end();
        const QString out = args.at(2) + u'/' + sizeText + u".png";
        if (!image.save(out)) {
            std::fprintf(stderr, "conlab-render-icon: cannot write %s\n", qPrintable(out));
            return 1;
        }
    }
    return 0;
}
