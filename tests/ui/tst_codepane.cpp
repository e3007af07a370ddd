// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// The code pane: the line diff against the baseline, the listings the
// pages name are really in the resources, and the code reads in a lecture
// hall: numbered, whole at projector sizes, large on demand.
#include "ui/codepane/codepane.h"
#include "ui/codepane/codeview.h"
#include "ui/codepane/linediff.h"
#include "ui/codepane/primeslistings.h"
#include "ui/pages/spinnerpage.h"
#include "ui/pages/spinnerpagespec.h"
#include "ui/settings/runsettings.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QTest>
#include <QVBoxLayout>

using namespace conlab;

class TestCodePane : public QObject
{
    Q_OBJECT
private slots:
    void diff_data();
    void diff();
    void everySpinnerListingExists();
    void primesListingsExist_data();
    void primesListingsExist();
    void threadAgainstProcessMarksTheChangedLines();
    void baselineMarksNothing();
    void lineNumbersScaleWithTheCode();
    void wholeListingAtProjectorWidths_data();
    void wholeListingAtProjectorWidths();
    void narrowPaneWrapsInsteadOfScrolling();
    void theButtonHidesTheCodeWhereBothFit();
    void codeZoomChangesOnlyTheCode();
    void showLargeFillsTheWindowAndEscReturns();
    void commentQuotesThePagesPace();
};

void TestCodePane::diff_data()
{
    QTest::addColumn<QStringList>("baseline");
    QTest::addColumn<QStringList>("changed");
    QTest::addColumn<QList<int>>("expected");
    const QStringList base = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    QTest::addRow("same") << base << base << QList<int>{};
    QTest::addRow("one replaced") << base << QStringList{QStringLiteral("a"), QStringLiteral("B"), QStringLiteral("c")}
                                  << QList<int>{1};
    QTest::addRow("one inserted") << base
                                  << QStringList{QStringLiteral("a"), QStringLiteral("x"), QStringLiteral("b"),
                                                 QStringLiteral("c")}
                                  << QList<int>{1};
    QTest::addRow("one removed") << base << QStringList{QStringLiteral("a"), QStringLiteral("c")} << QList<int>{};
    QTest::addRow("indent counts") << base
                                   << QStringList{QStringLiteral("a"), QStringLiteral("  b"), QStringLiteral("c")}
                                   << QList<int>{1};
    QTest::addRow("blank never marked") << base
                                        << QStringList{QStringLiteral("a"), QString(), QStringLiteral("b"),
                                                       QStringLiteral("c")}
                                        << QList<int>{};
    QTest::addRow("empty baseline") << QStringList{} << base << QList<int>{0, 1, 2};
}

void TestCodePane::diff()
{
    QFETCH(QStringList, baseline);
    QFETCH(QStringList, changed);
    QFETCH(QList<int>, expected);
    QCOMPARE(changedLines(baseline, changed), expected);
}

void TestCodePane::everySpinnerListingExists()
{
    const SpinnerPageSpec specs[] = {SpinnerPageSpec::helloWorld(), SpinnerPageSpec::blockingCall(),
                                     SpinnerPageSpec::gilQuiz(), SpinnerPageSpec::powerNapping()};
    for (const SpinnerPageSpec &spec : specs) {
        QVERIFY2(QFile::exists(spec.baselineListing), qPrintable(spec.baselineListing));
        for (const SpinnerVariant &v : spec.variants)
            QVERIFY2(QFile::exists(v.listing), qPrintable(v.listing));
    }
}

void TestCodePane::primesListingsExist_data()
{
    QTest::addColumn<QString>("resource");
    // The page's own map, not a list kept here: a model added to it, or a
    // listing renamed, is checked at once.
    const QStringList listings = allPrimesListings();
    // Six models, and the processes model's racy loop.
    QCOMPARE(listings.size(), 7);
    for (const QString &listing : listings)
        QTest::addRow("%s", qPrintable(listing)) << listing;
    // What every primes listing imports.
    QTest::addRow("primes_common.py") << QStringLiteral(":/listings/primes_common.py");
}

void TestCodePane::primesListingsExist()
{
    QFETCH(QString, resource);
    QVERIFY(QFile::exists(resource));
}

void TestCodePane::threadAgainstProcessMarksTheChangedLines()
{
    CodePane pane;
    pane.showListing(QStringLiteral(":/listings/spinner_proc.py"), QStringLiteral(":/listings/spinner_thread.py"));
    const QStringList lines = pane.text().split(u'\n');
    QStringList marked;
    for (int line : pane.changedLines())
        marked << lines.value(line);
    QVERIFY(!marked.isEmpty());
    QVERIFY(marked.join(u'\n').contains(QStringLiteral("multiprocessing.Process(")));
    QVERIFY(marked.join(u'\n').contains(QStringLiteral("import multiprocessing")));
    // The shared parts are not marked.
    QVERIFY(!marked.join(u'\n').contains(QStringLiteral("def spin(")));

    // Switching the variant updates the pane at once.
    pane.showListing(QStringLiteral(":/listings/spinner_async.py"), QStringLiteral(":/listings/spinner_thread.py"));
    QVERIFY(pane.text().contains(QStringLiteral("await asyncio.sleep(3)")));
}

void TestCodePane::baselineMarksNothing()
{
    CodePane pane;
    pane.showListing(QStringLiteral(":/listings/spinner_thread.py"), QStringLiteral(":/listings/spinner_thread.py"));
    QVERIFY(pane.changedLines().isEmpty());
    QVERIFY(pane.text().contains(QStringLiteral("time.sleep(3)")));
}

void TestCodePane::lineNumbersScaleWithTheCode()
{
    CodePane pane;
    pane.resize(500, 700);
    pane.showListing(QStringLiteral(":/listings/spinner_prime_async_nap.py"),
                     QStringLiteral(":/listings/spinner_prime_async.py"));
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    const CodeView *view = pane.view();
    // The gutter holds the numbers of the lines on screen, from 1, in order.
    const QList<int> numbers = view->visibleLineNumbers();
    QVERIFY2(numbers.size() >= 20, qPrintable(QString::number(numbers.size())));
    for (int i = 0; i < numbers.size(); ++i)
        QCOMPARE(numbers[i], i + 1);
    const int gutter = view->gutterWidth();
    QVERIFY(gutter >= QFontMetrics(view->font()).horizontalAdvance(QStringLiteral("50")));
    QCOMPARE(view->viewport()->geometry().left() - view->contentsRect().left(), gutter);
    // The numbers grow with the code.
    pane.zoomIn();
    pane.zoomIn();
    QVERIFY2(view->gutterWidth() > gutter, qPrintable(QStringLiteral("%1 -> %2").arg(gutter).arg(view->gutterWidth())));
}

void TestCodePane::wholeListingAtProjectorWidths_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<double>("zoom");
    // The page's share of a 1024x768 and a 1280x720 screen, beside the
    // experiment list; then the same at presentation mode's text size.
    QTest::addRow("1024") << 1024 - 180 << 1.0;
    QTest::addRow("1280") << 1280 - 200 << 1.0;
    QTest::addRow("1024 presentation") << 1024 << 1.5;
}

void TestCodePane::wholeListingAtProjectorWidths()
{
    QFETCH(int, width);
    QFETCH(double, zoom);
    const SpinnerPageSpec specs[] = {SpinnerPageSpec::helloWorld(), SpinnerPageSpec::blockingCall(),
                                     SpinnerPageSpec::gilQuiz(), SpinnerPageSpec::powerNapping()};
    QFont font = QApplication::font();
    font.setPointSizeF(font.pointSizeF() * zoom);
    for (const SpinnerPageSpec &spec : specs) {
        SpinnerPage page(spec);
        page.setFont(font);
        page.resize(width, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *toggle = page.findChild<QPushButton *>(QStringLiteral("codeToggle"));
        for (int v = 0; v < spec.variants.size(); ++v) {
            page.setCurrentVariant(v);
            const CodeView *view = page.codePane()->view();
            const QString where = spec.variants[v].listing + u' ' + QString::number(width);
            // The splitter's fit and the code's width fit run from queued
            // singleShot(0) chains: wait for the state they settle on.
            // Where code and live view do not fit side by side, the page
            // shows one at a time: switch to the code, as a lecturer would.
            const auto wholeCodeShown = [&](QString *why) {
                if (toggle && toggle->isVisible() && !toggle->isChecked()) {
                    toggle->click();
                    *why = where + QStringLiteral(": the code toggle stayed on the live view");
                    return false;
                }
                if (!view->isVisible() || view->viewport()->width() <= 100) {
                    *why = where + QStringLiteral(": code hidden or %1 px wide").arg(view->viewport()->width());
                    return false;
                }
                if (view->horizontalOverflow() > 0 || view->horizontalScrollBar()->maximum() != 0) {
                    *why = where
                        + QStringLiteral(": %1 px cut off, scroll bar maximum %2")
                              .arg(view->horizontalOverflow())
                              .arg(view->horizontalScrollBar()->maximum());
                    return false;
                }
                return true;
            };
            QString why;
            QTRY_VERIFY2_WITH_TIMEOUT(wholeCodeShown(&why), qPrintable(why), 10'000);
        }
    }
}

void TestCodePane::narrowPaneWrapsInsteadOfScrolling()
{
    // Narrower than its longest line: the line wraps, with a continuation
    // the gutter marks, and nothing is cut off at the right.
    CodePane pane;
    pane.showListing(QStringLiteral(":/listings/spinner_prime_async_executor.py"), {});
    pane.resize(pane.listingWidth() * 2 / 3, 600);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    const CodeView *view = pane.view();
    // The wrap follows the resize through the event loop.
    QTRY_VERIFY_WITH_TIMEOUT(view->continuationLines() > 0, 10'000);
    QTRY_VERIFY2_WITH_TIMEOUT(view->horizontalOverflow() <= 0, qPrintable(QString::number(view->horizontalOverflow())),
                              10'000);
    QTRY_COMPARE_WITH_TIMEOUT(view->horizontalScrollBar()->maximum(), 0, 10'000);
    // Wide enough: no line wraps.
    pane.resize(pane.listingWidth() + 10, 600);
    QTRY_COMPARE_WITH_TIMEOUT(view->continuationLines(), 0, 10'000);
}

// Where both fit, the button hides the code and gives the run the width;
// where they do not, it swaps the code in for the live view. Either way it
// is checked while the code is on screen.
void TestCodePane::theButtonHidesTheCodeWhereBothFit()
{
    SpinnerPage page(SpinnerPageSpec::helloWorld());
    page.resize(1900, 900);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *toggle = page.findChild<QPushButton *>(QStringLiteral("codeToggle"));
    QVERIFY(toggle);
    const QWidget *code = page.codePane();
    const QWidget *live = page.liveView();
    QTRY_VERIFY_WITH_TIMEOUT(toggle->isVisible() && toggle->isChecked() && code->isVisible(), 10'000);
    const QString hideText = toggle->text();
    toggle->click();
    QTRY_VERIFY_WITH_TIMEOUT(!code->isVisible(), 10'000);
    QVERIFY(live->isVisible());
    QVERIFY(!toggle->isChecked());
    QVERIFY(toggle->text() != hideText);
    // A resize while hidden keeps it hidden: only a click brings it back.
    page.resize(1800, 900);
    QTest::qWait(50);
    QVERIFY(!code->isVisible());
    toggle->click();
    QTRY_VERIFY_WITH_TIMEOUT(code->isVisible() && live->isVisible(), 10'000);
    QCOMPARE(toggle->text(), hideText);

    // Narrow: one at a time, the live view first.
    page.resize(700, 900);
    QTRY_VERIFY_WITH_TIMEOUT(!code->isVisible() && live->isVisible() && !toggle->isChecked(), 10'000);
    toggle->click();
    QTRY_VERIFY_WITH_TIMEOUT(code->isVisible() && !live->isVisible(), 10'000);
    QVERIFY(toggle->isChecked());
}

void TestCodePane::codeZoomChangesOnlyTheCode()
{
    SpinnerPage page(SpinnerPageSpec::helloWorld());
    page.resize(1100, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    CodePane *pane = page.codePane();
    const QFont appFont = QApplication::font();
    const QFont pageFont = page.font();
    const QFont titleFont = pane->findChild<QLabel *>()->font();
    const double before = pane->codeFont().pointSizeF();
    // Ctrl+Shift+plus as a user types it: Shift and = give +.
    QTest::keyClick(pane->view(), Qt::Key_Plus, Qt::ControlModifier | Qt::ShiftModifier);
    QTest::keyClick(pane->view(), Qt::Key_Plus, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(pane->zoomStep(), 2);
    QVERIFY2(pane->codeFont().pointSizeF() > before * 1.25,
             qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(pane->codeFont().pointSizeF())));
    QCOMPARE(QApplication::font(), appFont);
    QCOMPARE(page.font(), pageFont);
    QCOMPARE(pane->font(), pageFont);
    QCOMPARE(pane->findChild<QLabel *>()->font(), titleFont);
    QTest::keyClick(pane->view(), Qt::Key_Minus, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(pane->zoomStep(), 1);
    QTest::keyClick(pane->view(), Qt::Key_ParenRight, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(pane->zoomStep(), 0);
    QCOMPARE(pane->codeFont().pointSizeF(), before);
}

void TestCodePane::showLargeFillsTheWindowAndEscReturns()
{
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *other = new QLabel(QStringLiteral("the rest of the page"), &window);
    auto *pane = new CodePane(&window);
    layout->addWidget(other);
    layout->addWidget(pane);
    pane->showListing(QStringLiteral(":/listings/spinner_async.py"), {});
    window.resize(1024, 768);
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    const double normal = pane->codeFont().pointSizeF();

    QTest::keyClick(&window, Qt::Key_F9);
    QVERIFY(pane->isShownLarge());
    CodePane *large = pane->largePane();
    QVERIFY(large && large->isVisible());
    QCOMPARE(large->text(), pane->text());
    // The size and the code's fit to it arrive through the event loop.
    QTRY_COMPARE_WITH_TIMEOUT(large->geometry(), window.rect(), 10'000);
    // Larger than on the page, and still whole: no line cut off or wrapped.
    QTRY_VERIFY2_WITH_TIMEOUT(large->codeFont().pointSizeF() >= normal * 1.45,
                              qPrintable(QStringLiteral("%1 vs %2").arg(large->codeFont().pointSizeF()).arg(normal)),
                              10'000);
    QTRY_VERIFY_WITH_TIMEOUT(large->view()->horizontalOverflow() <= 0, 10'000);
    QTRY_COMPARE_WITH_TIMEOUT(large->view()->continuationLines(), 0, 10'000);
    // The page underneath is untouched.
    QCOMPARE(pane->codeFont().pointSizeF(), normal);

    // Esc returns, from wherever the focus is.
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &window, Qt::Key_Escape);
    QVERIFY(!pane->isShownLarge());
    QTRY_VERIFY(!pane->largePane());
    // F9 toggles both ways.
    QTest::keyClick(&window, Qt::Key_F9);
    QVERIFY(pane->isShownLarge());
    QTest::keyClick(&window, Qt::Key_F9);
    QVERIFY(!pane->isShownLarge());
    // F9 still works while the page shows its live view instead of the code
    // (a narrow screen), and leaving the page leaves show large too.
    pane->hide();
    QTest::keyClick(&window, Qt::Key_F9);
    QVERIFY(pane->isShownLarge());
    pane->show();
    window.hide();
    QTRY_VERIFY(!pane->isShownLarge());
}

void TestCodePane::commentQuotesThePagesPace()
{
    SpinnerPage page(SpinnerPageSpec::gilQuiz());
    page.setCurrentVariant(0); // S5: is_prime in the main process
    RunSettings settings;
    settings.pace = Pace::cpython();
    page.applySettings(settings);
    QVERIFY2(page.codePane()->text().contains(QStringLiteral("# ~1.1 s of pure CPU")),
             qPrintable(page.codePane()->text()));
    settings.pace = Pace::book();
    page.applySettings(settings);
    QVERIFY(page.codePane()->text().contains(QStringLiteral("# ~3.3 s of pure CPU")));
}

QTEST_MAIN(TestCodePane)
#include "tst_codepane.moc"
