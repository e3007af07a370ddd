// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// conlab-bench-gui: how responsive the window stays while the engine works.
// A watchdog QTimer fires every 5 ms on the GUI thread; how late each tick
// arrives is the event loop's stall. Scenarios:
//   startup    process start -> the main window's first paint
//   cores      the process pool page, 20 worker processes at cpython pace on
//              the book's sample: every core busy for several seconds
//   million    a file of a million small numbers loaded into the process pool
//              page and streamed through 20 workers; the results are counted
//              and a random sample of them checked against is_prime here, and
//              every worker's peak RSS is sampled while it lives
// maxStallMs is the longest wait between ticks; maxBusyMs is the most CPU
// time the GUI thread itself used between two ticks, which a loaded machine
// does not inflate.
// Prints one JSON object; peak RSS is VmHWM from /proc/<pid>/status.
// Run: QT_QPA_PLATFORM=offscreen bin/conlab-bench-gui [--only NAME[,NAME]]
#include "../common/proctools.h"
#include "kernel/trialdivision.h"
#include "ui/engine/filejob.h"
#include "ui/mainwindow.h"
#include "ui/models/resultstablemodel.h"
#include "ui/pages/primespage.h"
#include "ui/primespage/primesexports.h"
#include "ui/shell/largeallocations.h"
#include "ui/widgets/numbersinput.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <array>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <functional>
#include <thread>
#include <tuple>
#include <unistd.h>

using namespace conlab;

namespace {

// Taken before QApplication exists: as early as our code runs.
const std::int64_t kMainEntryNs = [] {
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<std::int64_t>(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}();

std::int64_t clockNs(clockid_t clock)
{
    timespec ts{};
    clock_gettime(clock, &ts);
    return static_cast<std::int64_t>(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

std::int64_t nowNs()
{
    return clockNs(CLOCK_MONOTONIC);
}

// How long the process ran before main's statics: /proc/self/stat's start
// time (clock ticks since boot) against /proc/uptime. Coarse (10 ms ticks).
double processAgeAtMainMs()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    QFile uptime(QStringLiteral("/proc/uptime"));
    if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray s = stat.readAll();
    const QList<QByteArray> fields = s.mid(s.lastIndexOf(')') + 2).split(' ');
    const double startS = fields.value(19).toDouble() / static_cast<double>(sysconf(_SC_CLK_TCK));
    const double upS = uptime.readAll().split(' ').value(0).toDouble();
    const double sinceMainS = static_cast<double>(nowNs() - kMainEntryNs) / 1e9;
    return std::max(0.0, (upS - startS - sinceMainS) * 1000.0);
}

qint64 peakRssKb(const QString &pid = QStringLiteral("self"))
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

class Watchdog : public QObject
{
public:
    static constexpr int kIntervalMs = 5;
    Watchdog()
    {
        timer_.setTimerType(Qt::PreciseTimer);
        timer_.setInterval(kIntervalMs);
        connect(&timer_, &QTimer::timeout, this, [this] {
            const std::int64_t now = nowNs();
            const std::int64_t cpu = clockNs(CLOCK_THREAD_CPUTIME_ID);
            if (last_) {
                const double late = std::max(0.0, static_cast<double>(now - last_) / 1e6 - kIntervalMs);
                lateMs_.push_back(late);
                // The GUI thread's own CPU time between two ticks: on a loaded
                // box a stall can be the scheduler's, not ours; this is the
                // part our code spent.
                const double busy = static_cast<double>(cpu - lastCpu_) / 1e6;
                if (busy > worstBusy_[1])
                    worstBusy_ = {static_cast<double>(last_ - first_) / 1e6, busy, static_cast<double>(last_) / 1e9};
                // When the worst stalls happened tells what caused them
                // (start of the run, its end, or the stream in between), and
                // the monotonic time finds them in a `perf record -k
                // CLOCK_MONOTONIC` profile.
                worst_.push_back({late, static_cast<double>(last_ - first_) / 1e6, static_cast<double>(last_) / 1e9});
                std::sort(worst_.begin(), worst_.end(), std::greater<>());
                if (worst_.size() > 5)
                    worst_.pop_back();
            } else {
                first_ = now;
            }
            last_ = now;
            lastCpu_ = cpu;
        });
    }
    void start() { timer_.start(); }
    void stop() { timer_.stop(); }
    QJsonObject report() const
    {
        std::vector<double> v = lateMs_;
        std::sort(v.begin(), v.end());
        QJsonArray worst;
        for (const auto &[late, sinceStart, at] : worst_)
            worst.append(QJsonArray{sinceStart, late, at});
        const auto at = [&](double q) {
            return v.empty() ? 0.0 : v[static_cast<std::size_t>(q * static_cast<double>(v.size() - 1))];
        };
        return {{QStringLiteral("ticks"), static_cast<qint64>(v.size())},
                {QStringLiteral("maxStallMs"), v.empty() ? 0.0 : v.back()},
                {QStringLiteral("p99StallMs"), at(0.99)},
                {QStringLiteral("p50StallMs"), at(0.5)},
                {QStringLiteral("maxBusyMs"), worstBusy_[1]},
                {QStringLiteral("worstBusy"), QJsonArray{worstBusy_[0], worstBusy_[1], worstBusy_[2]}},
                {QStringLiteral("stallsOver50Ms"),
                 qint64(std::count_if(v.begin(), v.end(), [](double x) { return x > 50; }))},
                {QStringLiteral("worstStalls"), worst}};
    }

private:
    QTimer timer_;
    std::int64_t first_ = 0;
    std::int64_t last_ = 0;
    std::int64_t lastCpu_ = 0;
    std::vector<double> lateMs_;
    // The tick with the most GUI-thread CPU time: [ms since start, ms, monotonic s].
    std::array<double, 3> worstBusy_{0.0, 0.0, 0.0};
    // The five longest: stall ms, ms since start, CLOCK_MONOTONIC s at its
    // start (reported as [ms since start, stall ms, monotonic s]).
    std::vector<std::tuple<double, double, double>> worst_;
};

// Runs the page to the end with the watchdog on; returns what it saw.
QJsonObject runWatched(PrimesPage &page)
{
    Watchdog dog;
    QEventLoop loop;
    QObject::connect(&page, &ExperimentPage::runningChanged, &loop, [&](bool running) {
        if (!running)
            loop.quit();
    });
    QElapsedTimer wall;
    wall.start();
    dog.start();
    page.run();
    if (page.isRunning())
        loop.exec();
    dog.stop();
    QJsonObject out = dog.report();
    out.insert(QStringLiteral("wallS"), static_cast<double>(wall.elapsed()) / 1000.0);
    out.insert(QStringLiteral("rows"), page.resultsModel()->rowCount());
    return out;
}

QJsonObject startup()
{
    const double beforeMain = processAgeAtMainMs();
    MainWindow window;
    window.resize(1920, 1080);
    std::int64_t paintedNs = 0;
    struct PaintSpy : QObject
    {
        std::int64_t *at;
        explicit PaintSpy(std::int64_t *t) : at(t) { }
        bool eventFilter(QObject *, QEvent *e) override
        {
            if (e->type() == QEvent::Paint && !*at)
                *at = nowNs();
            return false;
        }
    } spy(&paintedNs);
    window.installEventFilter(&spy);
    window.show();
    QElapsedTimer waited;
    waited.start();
    while (!paintedNs && waited.elapsed() < 10'000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    const double mainToPaint = static_cast<double>(paintedNs - kMainEntryNs) / 1e6;
    return {{QStringLiteral("processStartToMainMs"), beforeMain},
            {QStringLiteral("mainToFirstPaintMs"), mainToPaint},
            {QStringLiteral("processStartToFirstPaintMs"), beforeMain + mainToPaint}};
}

QJsonObject cores()
{
    PrimesPage page(PrimesPage::Variant::ProcessPool);
    RunSettings s;
    s.pace = Pace::cpython();
    s.workers = 20;
    page.applySettings(s);
    page.resize(1920, 1080);
    page.show();
    QJsonObject out = runWatched(page);
    out.insert(QStringLiteral("workers"), 20);
    return out;
}

QJsonObject million()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("million.txt"));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {{QStringLiteral("error"), f.errorString()}};
        QByteArray text;
        for (int k = 0; k < 1'000'000; ++k)
            text += QByteArray::number(1000 + k % 100'000) + '\n';
        f.write(text);
    }
    PrimesPage page(PrimesPage::Variant::ProcessPool);
    RunSettings s;
    s.pace = Pace::cpython();
    s.workers = 20;
    page.applySettings(s);
    page.resize(1920, 1080);
    page.show();

    Watchdog loadDog;
    QElapsedTimer load;
    load.start();
    loadDog.start();
    page.numbersInput()->loadFile(path);
    while (!page.canRun() && load.elapsed() < 60'000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    loadDog.stop();
    const double loadS = static_cast<double>(load.elapsed()) / 1000.0;

    // Workers live only during the run; sample their high-water marks while
    // they do. On a thread of its own: reading /proc on the GUI thread would
    // count as the window's stall.
    std::atomic<qint64> workerPeakKb{0};
    std::atomic<int> workersSeen{0};
    std::atomic<bool> sampling{true};
    std::thread rssSampler([&] {
        while (sampling.load()) {
            const auto kids = testing::childrenOf();
            workersSeen = std::max(workersSeen.load(), int(kids.size()));
            for (const testing::ChildProcess &c : kids) {
                // A child caught between fork and exec still shares this
                // process's pages and reports its RSS; only count the worker.
                QFile comm(QStringLiteral("/proc/%1/comm").arg(c.pid));
                if (comm.open(QIODevice::ReadOnly) && comm.readAll().startsWith("concurrency-lab"))
                    workerPeakKb = std::max(workerPeakKb.load(), peakRssKb(QString::number(c.pid)));
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
    });
    QJsonObject out = runWatched(page);
    sampling = false;
    rssSampler.join();

    // Complete and correct: every number has its row, and a random sample
    // agrees with the sequential check done here.
    const auto &results = page.resultsModel()->results();
    int wrong = 0;
    constexpr int kChecked = 10'000;
    QRandomGenerator rng(42);
    for (int k = 0; k < kChecked && !results.empty(); ++k) {
        const PrimeResult &r = results[rng.bounded(quint32(results.size()))];
        if (r.prime != isPrime(r.n))
            ++wrong;
    }
    out.insert(QStringLiteral("complete"), qint64(results.size()) == 1'000'000);
    out.insert(QStringLiteral("sampleChecked"), kChecked);
    out.insert(QStringLiteral("sampleWrong"), wrong);
    out.insert(QStringLiteral("workersSeen"), workersSeen.load());
    out.insert(QStringLiteral("workerPeakRssMb"), static_cast<double>(workerPeakKb.load()) / 1024.0);
    // Export the million rows as CSV, as Export results as CSV… does: the
    // rows go to the job shared, and it builds and writes the file off the
    // GUI thread, which must keep drawing frames meanwhile.
    Watchdog exportDog;
    QElapsedTimer exportWall;
    exportWall.start();
    exportDog.start();
    bool exported = false;
    if (FileJob *job = page.exports()->exportCsv(dir.filePath(QStringLiteral("million.csv")))) {
        QEventLoop loop;
        QObject::connect(job, &FileJob::finished, &loop, [&](bool ok) {
            exported = ok;
            loop.quit();
        });
        loop.exec();
    }
    exportDog.stop();
    QJsonObject exportReport = exportDog.report();
    exportReport.insert(QStringLiteral("ok"), exported);
    exportReport.insert(QStringLiteral("wallS"), static_cast<double>(exportWall.elapsed()) / 1000.0);
    out.insert(QStringLiteral("exportCsv"), exportReport);
    out.insert(QStringLiteral("loadS"), loadS);
    out.insert(QStringLiteral("load"), loadDog.report());
    out.insert(QStringLiteral("numbers"), 1'000'000);
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    keepLargeAllocationsMapped(); // as the window does
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("concurrency-lab-bench-gui"));
    QApplication::setOrganizationName(QStringLiteral("Concurrency Lab Bench"));
    QStringList only;
    const QStringList args = QCoreApplication::arguments();
    const qsizetype o = args.indexOf(QStringLiteral("--only"));
    if (o >= 0 && o + 1 < args.size())
        only = args.at(o + 1).split(u',');
    const auto wanted = [&](const QString &name) { return only.isEmpty() || only.contains(name); };

    QJsonObject root{{QStringLiteral("schema"), QStringLiteral("concurrency-lab.bench-gui/1")},
                     {QStringLiteral("platform"), QGuiApplication::platformName()},
                     {QStringLiteral("watchdogIntervalMs"), Watchdog::kIntervalMs}};
    if (wanted(QStringLiteral("startup")))
        root.insert(QStringLiteral("startup"), startup());
    if (wanted(QStringLiteral("cores")))
        root.insert(QStringLiteral("cores"), cores());
    if (wanted(QStringLiteral("million")))
        root.insert(QStringLiteral("million"), million());
    root.insert(QStringLiteral("peakRssMb"), static_cast<double>(peakRssKb()) / 1024.0);
    const QByteArray json = QJsonDocument(root).toJson(QJsonDocument::Indented);
    std::fwrite(json.constData(), 1, static_cast<std::size_t>(json.size()), stdout);
    return 0;
}
