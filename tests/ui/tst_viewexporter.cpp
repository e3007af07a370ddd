// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// Export of a live view: PNG at a chosen scale keeps the logical layout and
// multiplies the pixels; SVG records the widget's own size and dpi.
#include "ui/shell/exportformat.h"
#include "ui/shell/viewexporter.h"
#include "ui/widgets/framegapchart.h"

#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>
#include <unistd.h>

using namespace conlab;

class TestViewExporter : public QObject
{
    Q_OBJECT
private slots:
    void pngScales_data();
    void pngScales();
    void svgHasTheWidgetsSize();
    void nameDecidesOrRefuses_data();
    void nameDecidesOrRefuses();
    void pngUnderSvgNameIsNotWritten();
    void existingFileIsReplacedNotOverwritten();
    void fifoWithoutReaderFailsAtOnce();
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

void TestViewExporter::nameDecidesOrRefuses_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("chosen");
    QTest::addColumn<QString>("path");      // empty: refused
    QTest::addColumn<QString>("suggested"); // on a refusal
    const int png = int(ExportFormat::Png);
    const int svg = int(ExportFormat::Svg);
    QTest::addRow("png as png") << png << "/d/gaps.png"
                                << "/d/gaps.png"
                                << "";
    QTest::addRow("upper case") << png << "/d/gaps.PNG"
                                << "/d/gaps.PNG"
                                << "";
    QTest::addRow("no suffix") << png << "/d/gaps"
                               << "/d/gaps.png"
                               << "";
    QTest::addRow("dotted name") << svg << "/d/run.2026-12-03"
                                 << "/d/run.2026-12-03.svg"
                                 << "";
    QTest::addRow("png as svg") << png << "/d/gaps.svg"
                                << ""
                                << "/d/gaps.png";
    QTest::addRow("svg as png") << svg << "/d/gaps.png"
                                << ""
                                << "/d/gaps.svg";
    QTest::addRow("png as pdf") << png << "/d/a.b.pdf"
                                << ""
                                << "/d/a.b.png";
    QTest::addRow("svg as jpeg") << svg << "/d/gaps.JPEG"
                                 << ""
                                 << "/d/gaps.svg";
}

void TestViewExporter::nameDecidesOrRefuses()
{
    QFETCH(int, format);
    QFETCH(QString, chosen);
    QFETCH(QString, path);
    QFETCH(QString, suggested);
    const ExportTarget t = ExportFormats::target(chosen, ExportFormat(format));
    QCOMPARE(t.path, path);
    QCOMPARE(t.ok(), !path.isEmpty());
    QCOMPARE(t.suggested, suggested);
    if (!t.ok()) {
        // The message names the file and the format it will not get.
        QVERIFY2(t.problem.contains(QFileInfo(chosen).fileName()), qPrintable(t.problem));
        QVERIFY2(t.problem.contains(ExportFormats::name(ExportFormat(format))), qPrintable(t.problem));
    }
}

void TestViewExporter::pngUnderSvgNameIsNotWritten()
{
    FrameGapChart chart;
    chart.resize(200, 100);
    QTemporaryDir dir;
    const QString svgName = dir.filePath(QStringLiteral("view.svg"));
    QVERIFY(!ViewExporter::savePng(&chart, svgName, 1.0));
    QVERIFY(!QFile::exists(svgName));
    const QString pngName = dir.filePath(QStringLiteral("view.png"));
    QVERIFY(!ViewExporter::saveSvg(&chart, pngName, QStringLiteral("gaps")));
    QVERIFY(!QFile::exists(pngName));
}

// Written as a new file renamed over the old one (OutputFile), not into the
// old one: a second hard link to it, like a copy a slide deck refers to,
// keeps its bytes, and a failed export could not have left half a picture.
void TestViewExporter::existingFileIsReplacedNotOverwritten()
{
    FrameGapChart chart;
    chart.resize(200, 100);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("view.png"));
    const QString other = dir.filePath(QStringLiteral("deck-copy.png"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("old bytes");
    }
    QCOMPARE(::link(QFile::encodeName(path).constData(), QFile::encodeName(other).constData()), 0);
    QVERIFY(ViewExporter::savePng(&chart, path, 1.0));
    QFile copy(other);
    QVERIFY(copy.open(QIODevice::ReadOnly));
    QCOMPARE(copy.readAll(), QByteArray("old bytes"));
    QImageReader png(path);
    QVERIFY2(png.canRead(), qPrintable(png.errorString()));
}

// Export View… onto a FIFO nobody reads: refused at once instead of a GUI
// thread blocked in open() for ever, and the FIFO is left a FIFO.
void TestViewExporter::fifoWithoutReaderFailsAtOnce()
{
    FrameGapChart chart;
    chart.resize(200, 100);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("view.png"));
    QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    QVERIFY(!ViewExporter::savePng(&chart, path, 1.0));
    struct stat st
    {
    };
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
    QVERIFY(S_ISFIFO(st.st_mode));
}

QTEST_MAIN(TestViewExporter)
#include "tst_viewexporter.moc"
