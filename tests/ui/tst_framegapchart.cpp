// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// The frame-gap chart on a projector: the gap axis holds the longest gap
// whole, and no label or title is ever cut to "..." at any size or zoom.
#include "ui/widgets/framegapchart.h"

#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QTest>

using namespace conlab;

namespace {

const QStringList kFrameTitles{QStringLiteral("frame"), QStringLiteral("#")};
const QStringList kGapTitles{QStringLiteral("gap (ms)"), QStringLiteral("ms")};

// Every text QtCharts drew on the chart that a viewer can see.
QStringList visibleTexts(FrameGapChart &chart)
{
    QStringList texts;
    for (QGraphicsItem *item : chart.scene()->items()) {
        if (auto *t = dynamic_cast<QGraphicsTextItem *>(item); t && t->isVisible())
            texts.append(t->toPlainText());
    }
    return texts;
}

} // namespace

class TestFrameGapChart : public QObject
{
    Q_OBJECT
private slots:
    void axisHoldsAStallWithNoFrame();
    void axisHoldsALongGapBetweenFrames();
    void clearStartsAgain();
    void layoutFitsANarrowPlotWithLargeType_data();
    void layoutFitsANarrowPlotWithLargeType();
    void noTextIsElided_data();
    void noTextIsElided();
};

void TestFrameGapChart::axisHoldsAStallWithNoFrame()
{
    // S4: no frame at all, 3 s until the spinner stopped.
    FrameGapChart chart;
    chart.resize(500, 300);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.addFinalGap(0, 3000);
    QVERIFY2(chart.gapAxisMax() >= 3000, qPrintable(QString::number(chart.gapAxisMax())));
    QVERIFY(chart.legendText().contains(QStringLiteral("no frame until the spinner stopped")));
}

void TestFrameGapChart::axisHoldsALongGapBetweenFrames()
{
    FrameGapChart chart;
    chart.resize(500, 300);
    chart.addGap(0, 100);
    chart.addGap(1, 2990);
    QVERIFY2(chart.gapAxisMax() >= 2990, qPrintable(QString::number(chart.gapAxisMax())));
    // Not absurdly more: the spike should fill most of the height.
    QVERIFY2(chart.gapAxisMax() <= 2 * 2990, qPrintable(QString::number(chart.gapAxisMax())));
    QVERIFY(!chart.legendText().contains(QStringLiteral("no frame until")));
}

void TestFrameGapChart::clearStartsAgain()
{
    FrameGapChart chart;
    chart.resize(500, 300);
    chart.addFinalGap(0, 3000);
    chart.clear();
    QVERIFY2(chart.gapAxisMax() < 1000, qPrintable(QString::number(chart.gapAxisMax())));
    QVERIFY(!chart.legendText().contains(QStringLiteral("no frame until")));
}

void TestFrameGapChart::layoutFitsANarrowPlotWithLargeType_data()
{
    QTest::addColumn<int>("pixelSize");
    QTest::addColumn<QSizeF>("plot");
    QTest::addColumn<double>("frames");
    QTest::addColumn<double>("gapMs");
    QTest::addRow("default type, wide") << 13 << QSizeF(700, 260) << 31.0 << 120.0;
    QTest::addRow("presentation type, narrow, S4") << 32 << QSizeF(240, 150) << 0.0 << 3000.0;
    QTest::addRow("presentation type, narrow, long run") << 32 << QSizeF(240, 150) << 412.0 << 480.0;
    QTest::addRow("huge type, tiny plot") << 48 << QSizeF(120, 90) << 1200.0 << 10000.0;
}

void TestFrameGapChart::layoutFitsANarrowPlotWithLargeType()
{
    QFETCH(int, pixelSize);
    QFETCH(QSizeF, plot);
    QFETCH(double, frames);
    QFETCH(double, gapMs);
    QFont font;
    font.setPixelSize(pixelSize);
    const QFontMetricsF fm(font);
    const FrameGapChart::Axes a = FrameGapChart::layoutAxes(font, plot, frames, gapMs, kFrameTitles, kGapTitles);
    QVERIFY(a.gapMax >= gapMs);
    QVERIFY(a.frameMax >= frames);
    // Round ranges: each ends on a tick.
    QCOMPARE(std::fmod(a.gapMax, a.gapStep), 0.0);
    QCOMPARE(std::fmod(a.frameMax, a.frameStep), 0.0);
    const int ticks = qRound(a.frameMax / a.frameStep) + 1;
    const double slot = plot.width() / ticks - 2 * FrameGapChart::kLabelPadding;
    const double widest = fm.horizontalAdvance(QString::number(a.frameMax, 'f', 0));
    // Two ticks is the least an axis can have; only then may it not fit.
    if (ticks > 2)
        QVERIFY2(widest <= slot, qPrintable(QStringLiteral("label %1 px in a %2 px slot").arg(widest).arg(slot)));
    // A title is whole or absent, never cut.
    QVERIFY(a.frameTitle.isEmpty() || kFrameTitles.contains(a.frameTitle));
    QVERIFY(a.gapTitle.isEmpty() || kGapTitles.contains(a.gapTitle));
    QVERIFY(fm.horizontalAdvance(a.frameTitle) <= plot.width());
    QVERIFY(fm.horizontalAdvance(a.gapTitle) <= plot.height());
    if (pixelSize == 13)
        QCOMPARE(a.gapTitle, QStringLiteral("gap (ms)")); // room enough: the full title
}

void TestFrameGapChart::noTextIsElided_data()
{
    QTest::addColumn<int>("pixelSize");
    QTest::addColumn<QSize>("size");
    QTest::addRow("default") << 0 << QSize(600, 320);
    QTest::addRow("presentation") << 30 << QSize(900, 480);
    QTest::addRow("narrow, large") << 28 << QSize(340, 330);
    QTest::addRow("very narrow, larger") << 34 << QSize(260, 300);
}

void TestFrameGapChart::noTextIsElided()
{
    QFETCH(int, pixelSize);
    QFETCH(QSize, size);
    FrameGapChart chart;
    if (pixelSize > 0) {
        QFont f = chart.font();
        f.setPixelSize(pixelSize);
        chart.setFont(f);
    }
    chart.resize(size);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    for (int i = 0; i < 40; ++i)
        chart.addGap(i, i == 20 ? 2600 : 100);
    chart.addFinalGap(40, 3100);
    // The axes are decided again after QtCharts lays out, which is queued
    // (and slow on a loaded box): the checks hold once it settles.
    const auto allTextWhole = [&chart](QString *why) {
        const QStringList texts = visibleTexts(chart);
        if (texts.isEmpty()) {
            *why = QStringLiteral("no text visible yet");
            return false;
        }
        for (const QString &t : texts) {
            if (t.contains(QStringLiteral("...")) || t.contains(QChar(0x2026))) {
                *why = QStringLiteral("elided: '%1' among %2").arg(t, texts.join(u'|'));
                return false;
            }
        }
        // Whole also means readable: no text runs off the chart or over
        // another (QtCharts may be told not to cut labels; then they would
        // collide instead).
        QList<QPair<QString, QRectF>> boxes;
        for (QGraphicsItem *item : chart.scene()->items()) {
            auto *t = dynamic_cast<QGraphicsTextItem *>(item);
            if (!t || !t->isVisible() || t->toPlainText().isEmpty())
                continue;
            // The ink of the text, centred where QtCharts put its item (the
            // item's rect has QTextDocument's margins and the line's leading).
            QSizeF ink = QFontMetricsF(t->font()).tightBoundingRect(t->toPlainText()).size();
            if (t->rotation() != 0)
                ink.transpose();
            QRectF r(QPointF(0, 0), ink);
            r.moveCenter(t->sceneBoundingRect().center());
            const QRectF view = QRectF(QPointF(0, 0), QSizeF(chart.viewport()->size())).adjusted(-1, -1, 1, 1);
            if (!view.contains(r)) {
                *why = QStringLiteral("'%1' outside the chart").arg(t->toPlainText());
                return false;
            }
            for (const auto &[other, box] : std::as_const(boxes)) {
                if (box.intersects(r)) {
                    *why = QStringLiteral("'%1' over '%2'").arg(t->toPlainText(), other);
                    return false;
                }
            }
            boxes.append({t->toPlainText(), r});
        }
        return true;
    };
    QString why;
    QTRY_VERIFY2_WITH_TIMEOUT(allTextWhole(&why), qPrintable(why), 10'000);
    qInfo() << "plot" << chart.chart()->plotArea() << visibleTexts(chart);
    QVERIFY(!chart.legendText().contains(QChar(0x2026)));
    QVERIFY(chart.gapAxisMax() >= 3100);
}

QTEST_MAIN(TestFrameGapChart)
#include "tst_framegapchart.moc"
