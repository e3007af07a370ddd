// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// conlab-screenshots: renders every page of the lab window at projector size
// (1920x1080) on the offscreen platform and saves PNGs, so a human can look
// at each one before release. Spinner pages run a quick variant first and
// primes pages run at native pace, so the views show results, not blanks.
#include "core/numbers/sample.h"
#include "core/primes/racereport.h"
#include "core/sweep/sweepstore.h"
#include "ui/engine/backgroundrun.h"
#include "ui/mainwindow.h"
#include "ui/pages/experimentpage.h"
#include "ui/pages/primespage.h"
#include "ui/pages/spinnerpage.h"
#include "ui/pages/sweeppage.h"
#include "ui/pages/taskqueuepage.h"
#include "ui/taskqueue/roompanel.h"
#include "ui/taskqueue/taskresultsmodel.h"

#include <QCheckBox>
#include "ui/settings/settings.h"
#include "ui/shell/zoom.h"
#include "ui/sweep/sweepchart.h"
#include "ui/sweep/sweepchartbuilder.h"
#include "ui/widgets/numbersinput.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QEventLoop>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <cstdio>
#include <functional>
#include <numeric>
#include <optional>
#include <set>

using namespace conlab;

namespace {

// The offscreen platform's screen is 800x600 unless told otherwise.
QByteArray writeScreenConfig(const QTemporaryDir &dir, QSize size)
{
    const QString path = dir.filePath(QStringLiteral("screen.json"));
    QFile f(path);
    if (f.open(QIODevice::WriteOnly)) {
        f.write(QStringLiteral(R"({"screens":[{"name":"projector","x":0,"y":0,"width":%1,"height":%2,)"
                               R"("logicalDpi":96,"logicalBaseDpi":96,"dpr":1}]})")
                    .arg(size.width())
                    .arg(size.height())
                    .toUtf8());
    }
    return "offscreen:configfile=" + path.toLocal8Bit();
}

bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    poll.start(50);
    loop.exec();
    return done();
}

void settle()
{
    waitFor([] { return false; }, 300); // layouts and a last repaint
}

// A page whose minimum size exceeds the screen forces the window past it:
// something would be cut off on the projector.
bool checkFits(MainWindow &window, const QString &name)
{
    const QSize min = window.minimumSizeHint();
    const QSize screen = window.screen()->size();
    const bool fits = min.width() <= screen.width() && min.height() <= screen.height();
    if (!fits) {
        std::fprintf(stdout, "TOO BIG %s: minimum %dx%d\n", qPrintable(name), min.width(), min.height());
        for (int i = 0; i < window.experimentCount(); ++i) {
            const QSize p = window.page(i)->minimumSizeHint();
            std::fprintf(stdout, "  page %d minimum %dx%d\n", i + 1, p.width(), p.height());
        }
    }
    return fits;
}

bool save(MainWindow &window, const QString &dir, const QString &name)
{
    settle();
    checkFits(window, name);
    const QString path = QDir(dir).filePath(name + QStringLiteral(".png"));
    const bool ok = window.grab().save(path);
    std::fprintf(stdout, "%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}

bool runAndWait(ExperimentPage *page, int timeoutMs)
{
    if (!page->canRun())
        return true;
    page->run();
    return waitFor([page] { return !page->isRunning(); }, timeoutMs);
}

} // namespace

struct Options
{
    QString outDir = QStringLiteral("screenshots");
    QSize size{1920, 1080};
    QString language = QStringLiteral("en");
    bool pagesOnly = false;   // every page, then every page presented at zoom +3
    bool cpythonOnly = false; // only the "Run in CPython too" pictures
    bool raceOnly = false;    // only the race's pictures: a hang, and tallies
};

// "Run in CPython too" after a real run on S1 and both primes pools: the
// emulation and CPython side by side, with the real python3 on PATH.
bool cpythonShots(MainWindow &window, Settings &settings, const QString &outDir)
{
    bool ok = true;
    if (auto *spinner = qobject_cast<SpinnerPage *>(window.page(0))) {
        window.setCurrentExperiment(0);
        spinner->setCurrentVariant(0);
        spinner->setSleepSeconds(3.0); // the listing's own
        spinner->cpythonToggle()->setChecked(true);
        ok &= runAndWait(spinner, 60'000);
        ok &= save(window, outDir, QStringLiteral("10-spinner-hello-cpython"));
    }
    settings.setPace(Pace::cpython());
    const std::pair<int, const char *> pools[] = {{5, "11-process-pool-cpython"}, {6, "12-threads-cpython"}};
    for (const auto &[index, name] : pools) {
        auto *primes = qobject_cast<PrimesPage *>(window.page(index));
        if (!primes)
            continue;
        window.setCurrentExperiment(index);
        primes->numbersInput()->setText(
            QStringLiteral("2, 1000003, 10000019, 100000007, 1000000007, 10000000019, 100000000003, 1000000000039"));
        primes->cpythonToggle()->setChecked(true);
        ok &= runAndWait(primes, 120'000);
        ok &= save(window, outDir, QLatin1StringView(name));
    }
    return ok;
}

// The racy procs.py on the process-pool page: mid-hang, with its countdown;
// after Repeat 10×; and, with `cpython`, after Repeat 4× with "Run in
// CPython too". Samples, workers and seeds are chosen here with
// RaceReport::play (the model's odds may be refitted): a hang for the first
// pictures, ten runs that reach as many outcomes as can be for the tally.
bool raceShots(MainWindow &window, Settings &settings, const QString &outDir, bool cpython)
{
    auto *pool = qobject_cast<PrimesPage *>(window.page(5));
    if (!pool)
        return false;
    window.setCurrentExperiment(5);
    pool->setModel(PrimesModel::Processes);
    pool->setRacy(true);
    const std::vector<std::uint64_t> small = [] {
        std::vector<std::uint64_t> v(kSmallSampleCount);
        std::iota(v.begin(), v.end(), kSmallSampleFirst);
        return v;
    }();
    const std::vector<std::uint64_t> book(kBookSample.begin(), kBookSample.end());
    struct Choice
    {
        const std::vector<std::uint64_t> *numbers;
        int workers;
        std::uint64_t seed;
    };
    // The first `runs` seeds in a row that reach `wanted` outcomes (or the
    // most there are), each setup's verdicts played once.
    const auto best = [&](int runs, std::size_t wanted) {
        constexpr std::uint64_t kSeeds = 10'000;
        Choice choice{&small, 2, 1};
        std::size_t most = 0;
        for (const auto *numbers : {&small, &book}) {
            for (int workers : {2, 4}) {
                std::vector<RaceOutcome> seen;
                for (std::uint64_t s = 1; s < kSeeds + static_cast<std::uint64_t>(runs); ++s)
                    seen.push_back(RaceReport::play(*numbers, {workers, QThread::idealThreadCount(), s}).outcome);
                for (std::uint64_t first = 1; first <= kSeeds; ++first) {
                    const auto from = seen.begin() + static_cast<std::ptrdiff_t>(first - 1);
                    const std::set<RaceOutcome> kinds(from, from + runs);
                    if (kinds.size() >= wanted)
                        return Choice{numbers, workers, first};
                    if (kinds.size() > most) {
                        most = kinds.size();
                        choice = {numbers, workers, first};
                    }
                }
            }
        }
        return choice;
    };
    const auto show = [&](const Choice &c) {
        settings.setWorkers(c.workers);
        QStringList list;
        for (std::uint64_t n : *c.numbers)
            list << QString::number(n);
        pool->numbersInput()->setText(list.join(u' '));
        pool->setRaceSeed(c.seed);
    };
    bool ok = true;
    // A hang: the first seed that hangs, of the first sample and workers that give one.
    const auto hang = [&]() -> Choice {
        for (const auto *numbers : {&small, &book})
            for (int workers : {2, 4})
                for (std::uint64_t s = 1; s <= 10'000; ++s)
                    if (RaceReport::play(*numbers, {workers, QThread::idealThreadCount(), s}).outcome
                        == RaceOutcome::Hung)
                        return {numbers, workers, s};
        return {&small, 2, 1};
    };
    show(hang());
    pool->run();
    ok &= waitFor([pool] { return pool->bannerText().contains(QStringLiteral("results.get()")); }, 60'000);
    ok &= save(window, outDir, QStringLiteral("20-process-pool-hanging"));
    ok &= waitFor([pool] { return !pool->isRunning(); }, 120'000);
    ok &= save(window, outDir, QStringLiteral("21-process-pool-hung"));

    // As many outcomes as the model gives in ten runs: all three if it can.
    show(best(10, 3));
    pool->runRepeated(10);
    ok &= waitFor([pool] { return !pool->isRunning(); }, 600'000);
    ok &= save(window, outDir, QStringLiteral("22-process-pool-tally"));
    if (cpython) {
        // CPython's own odds, beside a fresh series: the sample a lecturer would pick.
        settings.setWorkers(2);
        if (auto *button = pool->findChild<QPushButton *>(QStringLiteral("manySmallNumbers")))
            button->click();
        pool->setRaceSeed(0);
        pool->cpythonToggle()->setChecked(true);
        pool->runRepeated(4);
        ok &= waitFor([pool] { return !pool->isRunning(); }, 600'000);
        ok &= save(window, outDir, QStringLiteral("23-process-pool-tally-cpython"));
        pool->cpythonToggle()->setChecked(false);
    }
    return ok;
}

// conlab-screenshots [OUTDIR] [--size WxH] [--lang CODE] [--pages-only] [--cpython] [--race]
std::optional<Options> parse(int argc, char **argv)
{
    Options o;
    for (int i = 1; i < argc; ++i) {
        const QString a = QString::fromLocal8Bit(argv[i]);
        if (a == u"--pages-only") {
            o.pagesOnly = true;
        } else if (a == u"--cpython") {
            o.cpythonOnly = true;
        } else if (a == u"--race") {
            o.raceOnly = true;
        } else if ((a == u"--size" || a == u"--lang") && i + 1 < argc) {
            const QString v = QString::fromLocal8Bit(argv[++i]);
            if (a == u"--lang") {
                o.language = v;
                continue;
            }
            const QStringList wh = v.split(u'x');
            const int w = wh.value(0).toInt(), h = wh.value(1).toInt();
            if (wh.size() != 2 || w < 640 || h < 480) {
                std::fprintf(stderr, "conlab-screenshots: --size wants WxH of at least 640x480, not \"%s\"\n",
                             qPrintable(v));
                return std::nullopt;
            }
            o.size = {w, h};
        } else if (!a.startsWith(u"--")) {
            o.outDir = a;
        } else {
            std::fprintf(stderr,
                         "usage: conlab-screenshots [OUTDIR] [--size WxH] [--lang CODE] [--pages-only] [--cpython] "
                         "[--race]\n"
                         "  --race: the process-pool page's race only (a hang, Repeat's tally); with --cpython, "
                         "also the tally with CPython's beside it\n");
            return std::nullopt;
        }
    }
    return o;
}

int main(int argc, char **argv)
{
    const std::optional<Options> options = parse(argc, argv);
    if (!options)
        return 2;
    QTemporaryDir tmp;
    // Under a real X server (tests/ui/with-window-manager.sh) the window is
    // maximised by the window manager; offscreen gets a screen of the size.
    const bool offscreen = !qEnvironmentVariableIsSet("QT_QPA_PLATFORM")
        || qEnvironmentVariable("QT_QPA_PLATFORM") == u"offscreen";
    if (offscreen)
        qputenv("QT_QPA_PLATFORM", writeScreenConfig(tmp, options->size));
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("conlab-screenshots"));
    // Sweep results go to Qt's test folder, emptied first: the pictures must
    // not depend on (or add to) earlier runs.
    QStandardPaths::setTestModeEnabled(true);
    QDir(SweepStore::directory()).removeRecursively();
    const QString outDir = options->outDir;
    QDir().mkpath(outDir);

    // Settings of its own, so a lecturer's stored choices never leak in.
    QSettings store(tmp.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    Settings settings(&store);
    settings.setLanguage(options->language);
    settings.setPace(Pace::cpython());
    settings.setWorkers(2);
    MainWindow window(&settings);
    if (offscreen) {
        window.resize(options->size);
        window.show();
    } else {
        window.showMaximized();
    }
    settle();

    bool ok = true;
    if (options->raceOnly) {
        ok &= raceShots(window, settings, outDir, options->cpythonOnly);
        BackgroundRun::stopAllAndWait(5000);
        return ok ? 0 : 1;
    }
    if (options->cpythonOnly) {
        ok &= cpythonShots(window, settings, outDir);
        BackgroundRun::stopAllAndWait(5000);
        return ok ? 0 : 1;
    }
    // One picture mid-run: the glyph as the room sees it while S1 spins.
    if (auto *first = qobject_cast<SpinnerPage *>(window.page(0))) {
        window.setCurrentExperiment(0);
        first->setSleepSeconds(3.0);
        first->run();
        waitFor([first] { return first->framesDrawn() >= 12; }, 10'000);
        ok &= save(window, outDir, QStringLiteral("00-spinner-hello-running"));
        waitFor([first] { return !first->isRunning(); }, 30'000);
    }
    const char *names[] = {"01-spinner-hello", "02-blocking-call", "03-gil-quiz", "04-power-napping", "05-sequential",
                           "06-process-pool",  "07-threads",       "08-sweep",    "09-comparison",
                           "10-task-queues"};
    // The spinner variant to run on pages 1 to 4: the one that tells most.
    const int spinnerVariant[] = {0, 0, 1, 0};
    for (int i = 0; i < window.experimentCount(); ++i) {
        window.setCurrentExperiment(i);
        ExperimentPage *page = window.page(i);
        if (auto *spinner = qobject_cast<SpinnerPage *>(page)) {
            spinner->setCurrentVariant(spinnerVariant[i]);
            spinner->setSleepSeconds(2.0);
            spinner->prediction(); // the question stays visible in the picture
            ok &= runAndWait(page, 60'000);
        } else if (auto *sweep = qobject_cast<SweepPage *>(page)) {
            // A small real sweep at native pace: two series, so the legend,
            // the colours and the stacked notes all show.
            ok &= save(window, outDir, QStringLiteral("08-sweep-0-preview"));
            settings.setPace(Pace::native());
            sweep->setSeries({SweepSeries{}, SweepSeries{PrimesModel::Threads, GilConfig{}}});
            sweep->setMaxWorkers(6);
            sweep->setRuns(3);
            sweep->run();
            // One picture mid-sweep, as the room sees it fill in.
            const auto done = [sweep] { return sweep->progressText().section(u' ', 0, 0).toInt(); };
            waitFor([&] { return !sweep->isRunning() || done() >= 14; }, 120'000);
            ok &= save(window, outDir, QStringLiteral("08-sweep-1-running"));
            ok &= waitFor([sweep] { return !sweep->isRunning(); }, 180'000);
            settings.setPace(Pace::cpython());
        } else if (auto *tasks = qobject_cast<TaskQueuePage *>(page)) {
            // Real Redis and Celery, prefork 2, the book's sample: one picture
            // with lanes busy, one at the end.
            if (tasks->canRun()) {
                tasks->run();
                waitFor([tasks] { return !tasks->isRunning() || tasks->results()->rowCount() >= 6; }, 120'000);
                ok &= save(window, outDir, QStringLiteral("10-task-queues-running"));
                ok &= waitFor([tasks] { return !tasks->isRunning(); }, 180'000);
                // Open to the room: the banner and the join commands (the
                // password is the session's, gone when the shot is taken).
                tasks->roomToggle()->setChecked(true);
                waitFor([tasks] { return !tasks->roomPanel()->joinCommand().isEmpty() || !tasks->roomToggle()->isChecked(); },
                        60'000);
                ok &= save(window, outDir, QStringLiteral("10-task-queues-room"));
                tasks->roomToggle()->setChecked(false);
            }
        } else if (page->canRun()) {
            // Primes at native pace: the whole sample in about a second.
            settings.setPace(Pace::native());
            ok &= runAndWait(page, 120'000);
            settings.setPace(Pace::cpython());
        }
        ok &= save(window, outDir, QLatin1StringView(names[i]));
    }

    if (options->pagesOnly) {
        // What the back row sees: every page full screen, three zoom steps up.
        window.setPresentationMode(true);
        for (int step = 0; step < 3; ++step)
            window.zoom()->zoomIn();
        for (int i = 0; i < window.experimentCount(); ++i) {
            window.setCurrentExperiment(i);
            ok &= save(window, outDir, QStringLiteral("present-zoom3-") + QLatin1StringView(names[i]));
        }
        window.zoom()->reset();
        window.setPresentationMode(false);
        BackgroundRun::stopAllAndWait(5000);
        return ok ? 0 : 1;
    }

    // The sweep's other face: speedup with the ideal line and the book's
    // medians; and the slide the CLI would export from the same data.
    if (auto *sweep = qobject_cast<SweepPage *>(window.page(7))) {
        window.setCurrentExperiment(7);
        const SweepChartOptions time = sweep->chartOptions();
        SweepChartOptions speedup = time;
        speedup.mode = SweepChartOptions::Mode::Speedup;
        speedup.ideal = true;
        speedup.bookOverlay = true;
        sweep->setChartOptions(speedup);
        ok &= save(window, outDir, QStringLiteral("08b-sweep-speedup"));
        if (const std::optional<SweepData> &data = sweep->chart()->builder()->primary()) {
            SweepChartOptions slide = time;
            slide.bookOverlay = true;
            QString error;
            const QString path = QDir(outDir).filePath(QStringLiteral("08c-sweep-slide.png"));
            const bool saved = SweepChartExport::savePng({*data}, slide, path, SweepChartExport::kDefaultSize, 1.0,
                                                         &error);
            std::fprintf(stdout, "%s %s %s\n", saved ? "wrote" : "FAILED", qPrintable(path), qPrintable(error));
            ok &= saved;
        }
        sweep->setChartOptions(time);
    }

    // What the back row sees: zoomed twice, and presentation mode.
    window.setCurrentExperiment(2);
    window.zoom()->zoomIn();
    window.zoom()->zoomIn();
    ok &= save(window, outDir, QStringLiteral("10-gil-quiz-zoomed"));
    window.setCurrentExperiment(0);
    ok &= save(window, outDir, QStringLiteral("11-spinner-hello-zoomed"));
    window.zoom()->reset();
    window.setPresentationMode(true);
    settle();
    ok &= save(window, outDir, QStringLiteral("12-spinner-hello-presentation"));
    window.setCurrentExperiment(5);
    ok &= save(window, outDir, QStringLiteral("13-process-pool-presentation"));
    window.setCurrentExperiment(7);
    ok &= save(window, outDir, QStringLiteral("13-sweep-presentation"));
    window.setPresentationMode(false);

    // Portuguese runs longest of our languages: check nothing gets cut.
    // (Chinese needs a CJK font installed to be worth a picture.)
    settings.setLanguage(QStringLiteral("pt_BR"));
    const int ptPages[] = {0, 2, 3, 7, 8};
    for (int i : ptPages) {
        window.setCurrentExperiment(i);
        ok &= save(window, outDir, QStringLiteral("14-pt_BR-") + QLatin1StringView(names[i]));
    }
    settings.setLanguage(QStringLiteral("en"));

    BackgroundRun::stopAllAndWait(5000);
    return ok ? 0 : 1;
}
