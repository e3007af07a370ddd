// Export of a live view: PNG at a chosen scale keeps the logical layout and
// multiplies the pixels; SVG records the widget's own size and dpi.
#include "shell/viewexporter.h"
#include "widgets/framegapchart.h"

#include <QFile>
#include <QImageReader>
#include <QTemporaryDir>
#include <QTest>

using namespace conlab;

class TestViewExporter : public QObject
{
    Q_OBJECT
private slots:
    void pngScales_data();
    void pngScales();
    void svgHasTheWidgetsSize();
};

void TestViewExporter::pngScales_data()
{
    QTest::addColumn<qreal>("scale");
    QTest::addRow("1x") << 1.0;
    QTest::addRow("2x") << 2.0;
    QTest::addRow("3x") << 3.0;
}

void TestViewExporter::pngScales()
{
    QFETCH(qreal, scale);
    FrameGapChart chart;
    chart.resize(400, 300);
    chart.addGap(0, 100);
    chart.addGap(1, 3000);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("view.png"));
    QVERIFY(ViewExporter::savePng(&chart, path, scale));
    QImageReader reader(path);
    QCOMPARE(reader.size(), QSize(400, 300) * scale);
}

void TestViewExporter::svgHasTheWidgetsSize()
{
    FrameGapChart chart;
    chart.resize(400, 300);
    chart.addGap(0, 100);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("view.svg"));
    QVERIFY(ViewExporter::saveSvg(&chart, path, QStringLiteral("gaps")));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray svg = f.readAll();
    QVERIFY(svg.contains("<svg"));
    QVERIFY(svg.contains("viewBox=\"0 0 400 300\""));
    QVERIFY(svg.contains("<title>gaps</title>"));
}

QTEST_MAIN(TestViewExporter)
#include "tst_viewexporter.moc"
