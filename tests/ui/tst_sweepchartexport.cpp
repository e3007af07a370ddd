// The sweep chart to file, headless: PNG at exactly size × scale, SVG at its
// physical size, PDF, and a clear refusal for a path that cannot be written.
#include "sweep/sweepchartexport.h"
#include "sweep/sweeptext.h"
#include "theme/palette.h"

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QScreen>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
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
        QVERIFY2(qAbs(height - wantHeight) < 0.5, qPrintable(QStringLiteral("%1 mm, want %2").arg(height).arg(wantHeight)));
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
        QVERIFY2(has(SweepText::date(later.machine.created)), "no compared sweep's line");
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
