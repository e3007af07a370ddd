// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// The sweep chart to file, headless: PNG at exactly size × scale, SVG at its
// physical size, PDF, and a clear refusal for a path that cannot be written.
#include "ui/sweep/sweepchartexport.h"
#include "ui/sweep/sweepchartpoints.h"
#include "ui/sweep/sweeptext.h"
#include "ui/theme/palette.h"

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QScreen>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QTransform>
#include <QXmlStreamReader>

using namespace conlab;

namespace {
// Processes at 1 to 4 workers, 3 runs each: times falling to 2 workers,
// then flat, as on a 2-core machine.
SweepData syntheticSweep()
{
    SweepData d;
    d.config.series = {SweepSeries{}};
    d.config.maxWorkers = 4;
    d.config.runs = 3;
    d.config.numbers = {2, 3, 1000003};
    d.machine.host = QStringLiteral("test");
    d.machine.cores = 2;
    d.machine.created = QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC);
    const double medians[] = {1.0, 0.55, 0.56, 0.58};
    for (int w = 1; w <= 4; ++w) {
        for (int r = 1; r <= 3; ++r)
            d.runs.push_back({0, w, r, medians[w - 1] * (0.95 + 0.05 * r), d.machine.created});
    }
    return d;
}

double screenDpi()
{
    const QScreen *s = QGuiApplication::primaryScreen();
    return s ? s->logicalDotsPerInch() : 96.0;
}

double millimetres(const QString &attribute)
{
    QString v = attribute;
    if (v.endsWith(QStringLiteral("mm")))
        v.chop(2);
    bool ok = false;
    const double mm = v.toDouble(&ok);
    return ok ? mm : -1.0;
}
} // namespace

class TestSweepChartExport : public QObject
{
    Q_OBJECT
private slots:
    void pngHasExactlySizeTimesScale_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<qreal>("scale");
        QTest::addColumn<QSize>("pixels");
        QTest::addRow("slide 1x") << QSize(1600, 900) << qreal(1.0) << QSize(1600, 900);
        QTest::addRow("small 2x") << QSize(800, 450) << qreal(2.0) << QSize(1600, 900);
        QTest::addRow("odd 1.5x") << QSize(640, 361) << qreal(1.5) << QSize(960, 542);
        QTest::addRow("square 3x") << QSize(300, 300) << qreal(3.0) << QSize(900, 900);
    }
    void pngHasExactlySizeTimesScale()
    {
        QFETCH(QSize, size);
        QFETCH(qreal, scale);
        QFETCH(QSize, pixels);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("chart.png"));
        QString error;
        SweepChartOptions options;
        options.bookOverlay = true;
        options.ideal = true;
        QVERIFY2(SweepChartExport::savePng({syntheticSweep()}, options, path, size, scale, &error), qPrintable(error));
        const QImage image(path);
        QCOMPARE(image.size(), pixels);
        // Something was drawn: the points in the processes' colour.
        int blue = 0;
        const QRgb want = theme::okabeIto::blue.rgb();
        for (int y = 0; y < image.height(); y += 1)
            for (int x = 0; x < image.width(); x += 1)
                blue += image.pixel(x, y) == want;
        QVERIFY2(blue > 20, qPrintable(QString::number(blue)));
    }

    void svgHasItsPhysicalSize()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("chart.svg"));
        const QSize size(1200, 675);
        QString error;
        QVERIFY2(SweepChartExport::saveSvg({syntheticSweep()}, {}, path, size, &error), qPrintable(error));
        QSvgRenderer renderer(path);
        QVERIFY(renderer.isValid());
        QCOMPARE(renderer.viewBox(), QRect(QPoint(0, 0), size));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        while (!xml.atEnd() && !(xml.isStartElement() && xml.name() == u"svg"))
            xml.readNext();
        QVERIFY(xml.isStartElement());
        // At the screen's dpi, not QSvgGenerator's 72: as large as on screen.
        const double dpi = screenDpi();
        const double wantWidth = size.width() / dpi * 25.4;
        const double wantHeight = size.height() / dpi * 25.4;
        const double width = millimetres(xml.attributes().value(QStringLiteral("width")).toString());
        const double height = millimetres(xml.attributes().value(QStringLiteral("height")).toString());
        QVERIFY2(qAbs(width - wantWidth) < 0.5, qPrintable(QStringLiteral("%1 mm, want %2").arg(width).arg(wantWidth)));
        QVERIFY2(qAbs(height - wantHeight) < 0.5,
                 qPrintable(QStringLiteral("%1 mm, want %2").arg(height).arg(wantHeight)));
    }

    // The slide shows what the page shows: a compared sweep's line too, named
    // by its date, under a title that says what was measured.
    void comparisonIsExportedWithBothSweeps()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("compare.svg"));
        SweepData later = syntheticSweep();
        later.machine.created = later.machine.created.addDays(1);
        for (SweepRun &r : later.runs)
            r.wall *= 0.9;
        QString error;
        QVERIFY2(SweepChartExport::saveSvg({syntheticSweep(), later}, {}, path, QSize(1200, 675), &error),
                 qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString svg = QString::fromUtf8(file.readAll()).toHtmlEscaped();
        const auto has = [&svg](const QString &text) { return svg.contains(text.toHtmlEscaped()); };
        QVERIFY2(has(QStringLiteral("3 runs per count")), "no title");
        QVERIFY2(has(SweepText::date(syntheticSweep().machine.created)), "no first sweep's date");
        QVERIFY2(has(SweepText::stamp(later.machine.created, syntheticSweep().machine.created)),
                 "no compared sweep's line");
    }

    // Two sweeps of two series each, with every guide, on a projector-sized
    // slide: each legend name is there in full, short enough that QtCharts'
    // one-row legend never elides it, and the two sweeps' names differ.
    void comparedLegendNamesAreWholeAndDistinct()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("compare.svg"));
        SweepData first = syntheticSweep();
        first.config.series.push_back(SweepSeries{PrimesModel::Threads, GilConfig{true}});
        const std::size_t runs = first.runs.size();
        for (std::size_t k = 0; k < runs; ++k) {
            SweepRun r = first.runs[k];
            r.series = 1;
            r.wall *= 1.7;
            first.runs.push_back(r);
        }
        SweepData later = first;
        later.machine.created = first.machine.created.addSecs(3 * 3600); // the same day
        for (SweepRun &r : later.runs)
            r.wall *= 0.9;
        SweepChartOptions options;
        options.ideal = true;
        options.bookOverlay = true;
        QString error;
        QVERIFY2(SweepChartExport::saveSvg({first, later}, options, path, QSize(1024, 576), &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString svg = QString::fromUtf8(file.readAll());
        QVERIFY2(!svg.contains(QChar(0x2026)), "a label was elided");
        const QString a = SweepText::stamp(first.machine.created, later.machine.created);
        const QString b = SweepText::stamp(later.machine.created, first.machine.created);
        QVERIFY(a != b);
        for (const QString &stamp : {a, b}) {
            for (const QString &series : {first.config.series[0].label(), first.config.series[1].label()}) {
                const QString name = QString(series + QStringLiteral(" · ") + stamp).toHtmlEscaped();
                QVERIFY2(svg.contains(name), qPrintable(name));
            }
        }
    }

    // QSvgGenerator ignores the plot's clip that QtCharts relies on, so the
    // ideal speedup (N, far above a 2-core machine's data) must itself stop
    // at the plot's top instead of running through the title.
    void svgIdealLineStaysInThePlot()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("speedup.svg"));
        SweepChartOptions options;
        options.mode = SweepChartOptions::Mode::Speedup;
        options.ideal = true;
        const QSize size(1200, 675);
        QString error;
        QVERIFY2(SweepChartExport::saveSvg({syntheticSweep()}, options, path, size, &error), qPrintable(error));
        const QRectF plot = SweepChartExport::plotArea({syntheticSweep()}, options, size);
        QVERIFY(!plot.isEmpty());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QTransform transform;
        bool dashedMuted = false;
        int idealLines = 0;
        static const QRegularExpression number(QStringLiteral(R"(-?\d+(?:\.\d+)?(?:e-?\d+)?)"));
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            const QXmlStreamAttributes at = xml.attributes();
            if (xml.name() == u"g") {
                dashedMuted = at.hasAttribute(QStringLiteral("stroke-dasharray"))
                    && at.value(QStringLiteral("stroke"))
                            .toString()
                            .compare(theme::mutedText.name(), Qt::CaseInsensitive)
                        == 0;
                transform = QTransform();
                const QString m = at.value(QStringLiteral("transform")).toString();
                if (m.startsWith(QStringLiteral("matrix("))) {
                    QList<double> v;
                    for (auto it = number.globalMatch(m); it.hasNext();)
                        v << it.next().captured().toDouble();
                    if (v.size() == 6)
                        transform = QTransform(v[0], v[1], v[2], v[3], v[4], v[5]);
                }
                continue;
            }
            if (!dashedMuted || (xml.name() != u"polyline" && xml.name() != u"path"))
                continue;
            const QString data = at.value(xml.name() == u"path" ? QStringLiteral("d") : QStringLiteral("points"))
                                     .toString();
            QList<double> v;
            for (auto it = number.globalMatch(data); it.hasNext();)
                v << it.next().captured().toDouble();
            if (v.size() < 6)
                continue; // a two-point mark: the core line or a legend swatch
            ++idealLines;
            for (qsizetype i = 0; i + 1 < v.size(); i += 2) {
                const QPointF p = transform.map(QPointF(v[i], v[i + 1]));
                QVERIFY2(plot.adjusted(-2, -2, 2, 2).contains(p),
                         qPrintable(QStringLiteral("(%1, %2) outside the plot (%3, %4)–(%5, %6)")
                                        .arg(p.x())
                                        .arg(p.y())
                                        .arg(plot.left())
                                        .arg(plot.top())
                                        .arg(plot.right())
                                        .arg(plot.bottom())));
            }
        }
        QCOMPARE(idealLines, 1);
    }

    void pdfIsOnePageOfTheChartsSize()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("chart.pdf"));
        const QSize size(1600, 900);
        QString error;
        SweepChartOptions options;
        options.mode = SweepChartOptions::Mode::Speedup;
        QVERIFY2(SweepChartExport::savePdf({syntheticSweep()}, options, path, size, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("%PDF"));
        const QRegularExpression box(QStringLiteral(R"(/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\])"));
        const QRegularExpressionMatch m = box.match(QString::fromLatin1(bytes));
        QVERIFY(m.hasMatch());
        const double dpi = screenDpi();
        QVERIFY(qAbs(m.captured(1).toDouble() - size.width() * 72.0 / dpi) < 2.0);
        QVERIFY(qAbs(m.captured(2).toDouble() - size.height() * 72.0 / dpi) < 2.0);
    }

    void unwritablePathIsRefusedByName_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addRow("png") << QStringLiteral("png");
        QTest::addRow("svg") << QStringLiteral("svg");
        QTest::addRow("pdf") << QStringLiteral("pdf");
    }
    void unwritablePathIsRefusedByName()
    {
        QFETCH(QString, format);
        const QString path = QStringLiteral("/nonexistent-conlab-dir/sub/chart.") + format;
        QString error;
        bool ok = true;
        const SweepData data = syntheticSweep();
        if (format == u"png")
            ok = SweepChartExport::savePng({data}, {}, path, SweepChartExport::kDefaultSize, 1.0, &error);
        else if (format == u"svg")
            ok = SweepChartExport::saveSvg({data}, {}, path, SweepChartExport::kDefaultSize, &error);
        else
            ok = SweepChartExport::savePdf({data}, {}, path, SweepChartExport::kDefaultSize, &error);
        QVERIFY(!ok);
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY(!QFile::exists(path));
    }

    void badSizeOrScaleIsRefused_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<qreal>("scale");
        QTest::addRow("empty") << QSize(0, 900) << qreal(1.0);
        QTest::addRow("zero scale") << QSize(800, 450) << qreal(0.0);
        QTest::addRow("negative scale") << QSize(800, 450) << qreal(-2.0);
        QTest::addRow("huge") << QSize(16000, 9000) << qreal(4.0);
    }
    void badSizeOrScaleIsRefused()
    {
        QFETCH(QSize, size);
        QFETCH(qreal, scale);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("chart.png"));
        QString error;
        QVERIFY(!SweepChartExport::savePng({syntheticSweep()}, {}, path, size, scale, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFile::exists(path));
    }

    // A run that lost a worker (10 s of watchdog in a 0.56 s run) is drawn
    // apart, hollow, and explained in the legend; the median and the line
    // come from the clean runs.
    void disturbedRunIsAHollowOutlier()
    {
        SweepData d = syntheticSweep();
        const QString legend = QStringLiteral("hollow: a run that lost a worker");
        QString error;
        const std::optional<QByteArray> clean = SweepChartExport::svg({d}, {}, QSize(800, 450), &error);
        QVERIFY2(clean, qPrintable(error));
        QVERIFY(!QString::fromUtf8(*clean).contains(legend)); // no outlier, no legend entry

        SweepRun &stalled = d.runs[5]; // 2 workers, run 3
        QCOMPARE(stalled.workers, 2);
        stalled.wall = 10.0;
        stalled.stalls = 1;
        const SweepChartPoints points = SweepChartPoints::compute(d, {});
        const SweepLinePoints &line = points.lines.at(0);
        QCOMPARE(line.outliers, QList<QPointF>{QPointF(2, 10.0)});
        QCOMPARE(line.medians.size(), 4);
        const double expected = (d.runs[3].wall + d.runs[4].wall) / 2; // the two clean runs at 2 workers
        QCOMPARE(line.medians[1].y(), expected);
        QVERIFY(points.yMax >= 10.0); // on the plot, not above it

        const std::optional<QByteArray> svg = SweepChartExport::svg({d}, {}, QSize(800, 450), &error);
        QVERIFY2(svg, qPrintable(error));
        QVERIFY(QString::fromUtf8(*svg).contains(legend));
    }

    void emptySweepStillRenders()
    {
        QTemporaryDir dir;
        SweepData empty = syntheticSweep();
        empty.runs.clear();
        QString error;
        const QString path = dir.filePath(QStringLiteral("empty.png"));
        QVERIFY2(SweepChartExport::savePng({empty}, {}, path, QSize(400, 300), 1.0, &error), qPrintable(error));
        QCOMPARE(QImage(path).size(), QSize(400, 300));
    }
};

QTEST_MAIN(TestSweepChartExport)
#include "tst_sweepchartexport.moc"
