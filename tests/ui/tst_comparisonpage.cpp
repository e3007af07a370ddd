// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// The comparison page in the window: "Today" from the keyboard, and every
// cell that an experiment shows opens it, by Enter and by a click, set up
// for the lesson and ready to run, not running.
#include "ui/engine/backgroundrun.h"
#include "ui/mainwindow.h"
#include "ui/models/comparisonmodel.h"
#include "ui/pages/comparisonpage.h"
#include "ui/pages/primespage.h"
#include "ui/pages/taskqueuepage.h"
#include "ui/settings/settings.h"

#include <QHeaderView>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace conlab;
using namespace Qt::StringLiterals;
using Facts = ComparisonFacts;

namespace {
constexpr int kComparisonIndex = 8; // "9 · The models compared"

struct Window
{
    explicit Window(const QString &ini) : store(ini, QSettings::IniFormat), settings(&store)
    {
        settings.setLanguage(u"en"_s);
    }
    bool show()
    {
        window.show();
        window.activateWindow();
        return QTest::qWaitForWindowActive(&window);
    }
    // Shown, active, on the comparison page; nullptr if any of it failed.
    ComparisonPage *comparison()
    {
        if (!show())
            return nullptr;
        window.setCurrentExperiment(kComparisonIndex);
        return qobject_cast<ComparisonPage *>(window.currentPage());
    }

    QSettings store;
    Settings settings;
    MainWindow window{&settings};
};

enum class How { Enter, Click };
} // namespace

Q_DECLARE_METATYPE(How)

class TestComparisonPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void todaySwitchIsOnTheKeyboard();
    void linkedCellOpensItsExperiment_data();
    void linkedCellOpensItsExperiment();
    void plainCellOpensNothing();
    void linkedCellsLookClickable();
    void cleanupTestCase() { BackgroundRun::stopAllAndWait(5000); }

private:
    QString ini(const QString &name) const { return dir_.filePath(name + u".ini"_s); }
    QTemporaryDir dir_;
};

void TestComparisonPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(dir_.isValid());
}

void TestComparisonPage::todaySwitchIsOnTheKeyboard()
{
    Window w(ini(u"today"_s));
    ComparisonPage *page = w.comparison();
    QVERIFY(page);
    QCOMPARE(page->model()->columnCount(), 5);
    QVERIFY(page->todayButton()->focusPolicy() & Qt::TabFocus);
    // A mnemonic clicks the button as a press and, a moment later, a release.
    QTest::keyClick(&w.window, Qt::Key_T, Qt::AltModifier);
    QTRY_VERIFY(page->todayButton()->isChecked());
    QCOMPARE(page->model()->columnCount(), 6);
    QCOMPARE(page->table()->horizontalHeader()->count(), 6);
    QCOMPARE(page->model()->headerData(Facts::FreeThreaded, Qt::Horizontal).toString(), u"Free-threaded\n(GIL off)"_s);
    QTest::keyClick(&w.window, Qt::Key_T, Qt::AltModifier);
    QTRY_VERIFY(!page->todayButton()->isChecked());
    QCOMPARE(page->model()->columnCount(), 5);
}

void TestComparisonPage::linkedCellOpensItsExperiment_data()
{
    QTest::addColumn<bool>("today");
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("experiment"); // the list's index
    QTest::addColumn<int>("model");      // PrimesModel, -1 for the task-queue page
    QTest::addColumn<bool>("racy");
    QTest::addColumn<bool>("gil");
    QTest::addColumn<How>("how");
    struct Row
    {
        const char *name;
        bool today;
        int row, column, experiment, model;
        bool racy, gil;
    };
    const Row rows[] = {
        {"threads: no parallel (P3)", false, 0, Facts::Threads, 6, int(PrimesModel::Threads), false, true},
        {"async: no parallel (P1, coroutines)", false, 0, Facts::Async, 4, int(PrimesModel::Coroutines), false, true},
        {"processes: parallel (P2)", false, 0, Facts::Multiprocessing, 5, int(PrimesModel::Processes), false, true},
        {"processes: no shared objects (P5)", false, 2, Facts::Multiprocessing, 5, int(PrimesModel::Processes), true,
         true},
        {"processes: overhead (T5)", false, 3, Facts::Multiprocessing, 9, -1, false, true},
        {"free-threaded: parallel (GIL off)", true, 0, Facts::FreeThreaded, 6, int(PrimesModel::Threads), false,
         false},
        {"today, threads: no parallel (P3)", true, 0, Facts::Threads, 6, int(PrimesModel::Threads), false, true},
    };
    for (const Row &r : rows) {
        for (How how : {How::Enter, How::Click}) {
            QTest::addRow("%s, %s", r.name, how == How::Enter ? "Enter" : "click")
                << r.today << r.row << r.column << r.experiment << r.model << r.racy << r.gil << how;
        }
    }
}

void TestComparisonPage::linkedCellOpensItsExperiment()
{
    QFETCH(bool, today);
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(int, experiment);
    QFETCH(int, model);
    QFETCH(bool, racy);
    QFETCH(bool, gil);
    QFETCH(How, how);
    Window w(ini(QString::fromLatin1(QTest::currentDataTag()).remove(u' ').remove(u',').remove(u':')));
    // Start from the other side of what the cell sets, so the test sees it set.
    w.settings.setGilEnabled(!gil);
    ComparisonPage *page = w.comparison();
    QVERIFY(page);
    page->setToday(today);
    QTableView *table = page->table();
    const QModelIndex cell = page->model()->index(row, column);
    QVERIFY(cell.isValid());
    if (how == How::Enter) {
        table->setFocus();
        table->setCurrentIndex(cell);
        QTest::keyClick(table, Qt::Key_Return);
    } else {
        table->scrollTo(cell);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(cell).center());
    }
    QCOMPARE(w.window.currentExperiment(), experiment);
    ExperimentPage *target = w.window.currentPage();
    QVERIFY(target);
    // Ready to run, and not running: the lecturer presses F5.
    QVERIFY(!target->isRunning());
    QVERIFY(target->canRun());
    if (model < 0) {
        QVERIFY(qobject_cast<TaskQueuePage *>(target));
        return;
    }
    auto *primes = qobject_cast<PrimesPage *>(target);
    QVERIFY(primes);
    QCOMPARE(int(primes->model()), model);
    const PrimesConfig config = primes->currentConfig(false);
    QCOMPARE(config.racy, racy);
    if (model == int(PrimesModel::Threads)) {
        QCOMPARE(w.settings.gilEnabled(), gil);
        QCOMPARE(config.gil.enabled, gil);
    }
}

void TestComparisonPage::plainCellOpensNothing()
{
    Window w(ini(u"plain"_s));
    ComparisonPage *page = w.comparison();
    QVERIFY(page);
    QTableView *table = page->table();
    for (int c : {int(Facts::Pep554), int(Facts::IdealCsp)}) {
        const QModelIndex cell = page->model()->index(0, c);
        table->setFocus();
        table->setCurrentIndex(cell);
        QTest::keyClick(table, Qt::Key_Return);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(cell).center());
        QCOMPARE(w.window.currentExperiment(), kComparisonIndex);
    }
}

void TestComparisonPage::linkedCellsLookClickable()
{
    Window w(ini(u"look"_s));
    ComparisonPage *page = w.comparison();
    QVERIFY(page);
    QTableView *table = page->table();
    const QModelIndex linked = page->model()->index(0, Facts::Threads);
    // Both in the first column: a mouse move goes through the cursor, so it
    // must land inside the offscreen window's width.
    const QModelIndex plain = page->model()->index(Facts::SharedRawMemory, Facts::Threads);
    // The tooltip names the page as the list does.
    const QString tip = linked.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(u"7 · Threads and the GIL"_s), qPrintable(tip));
    QVERIFY(plain.data(Qt::ToolTipRole).toString().isEmpty());
    QTest::mouseMove(table->viewport(), table->visualRect(linked).center());
    QTRY_COMPARE(table->viewport()->cursor().shape(), Qt::PointingHandCursor);
    QTest::mouseMove(table->viewport(), table->visualRect(plain).center());
    QTRY_COMPARE(table->viewport()->cursor().shape(), Qt::ArrowCursor);
}

QTEST_MAIN(TestComparisonPage)
#include "tst_comparisonpage.moc"
