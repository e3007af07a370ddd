// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/shell/exportformat.h"

#include <QFileInfo>
#include <QStringList>

namespace conlab {

namespace {
// Suffixes that promise a format of their own: a name ending in one of
// these and holding other data is a mistake, not a name.
const QStringList kFormatSuffixes = {
    QStringLiteral("png"),  QStringLiteral("svg"),  QStringLiteral("svgz"), QStringLiteral("pdf"),
    QStringLiteral("jpg"),  QStringLiteral("jpeg"), QStringLiteral("gif"),  QStringLiteral("bmp"),
    QStringLiteral("webp"), QStringLiteral("tif"),  QStringLiteral("tiff"), QStringLiteral("eps"),
    QStringLiteral("ps"),
};
} // namespace

QString ExportFormats::suffix(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Png: return QStringLiteral("png");
    case ExportFormat::Svg: return QStringLiteral("svg");
    case ExportFormat::Pdf: return QStringLiteral("pdf");
    }
    return {};
}

QString ExportFormats::name(ExportFormat format)
{
    return suffix(format).toUpper();
}

ExportTarget ExportFormats::target(const QString &chosen, ExportFormat format)
{
    ExportTarget t;
    if (chosen.isEmpty())
        return t;
    const QFileInfo info(chosen);
    const QString own = suffix(format);
    const QString given = info.suffix().toLower();
    if (given == own) {
        t.path = chosen;
        return t;
    }
    if (!kFormatSuffixes.contains(given)) {
        t.path = chosen + u'.' + own;
        return t;
    }
    t.suggested = info.path() + u'/' + info.completeBaseName() + u'.' + own;
    //: %1 the chosen file name, %2 its suffix (e.g. svg), %3 the export's format (PNG, SVG or PDF), %4 that format's suffix
    t.problem = tr("“%1” is named as a .%2 file, but this export writes %3. Save it under a name ending in .%4.")
                    .arg(info.fileName(), info.suffix(), name(format), own);
    return t;
}

} // namespace conlab
