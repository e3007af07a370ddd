// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// conlab-bench-audience: the room's vote under a hall's load, on loopback,
// through the real window (README, Performance). Prints JSON.
//   votes               500 phones, all from 127.0.0.1 (a hall behind one NAT
//                       address), each loading the page, then voting within 2 s:
//                       sent, counted, and the window's final tally
//   tally_latency_ms    from a vote's 200 to the window's strip showing it: p50, p99
//   gui_stall_ms        the largest gap of a 1 ms timer on the GUI thread while
//                       the votes come in, less its interval
//   rss_mb              the process's resident memory: before, after the votes,
//                       after a flood of 20,000 cookie-less votes
//   page                the page's weight, and GET / on loopback (median of 100);
//                       with --chromium, the page's load in headless Chromium
// Run: QT_QPA_PLATFORM=offscreen bin/conlab-bench-audience [--voters N] [--chromium]
#include "../support/webdriver.h"
#include "benchreport.h"

#include "core/audience/audienceservice.h"
#include "core/kernel/monotonic.h"
#include "ui/audience/audiencecontroller.h"
#include "ui/mainwindow.h"
#include "ui/settings/settings.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>

#include <arpa/inet.h>
#include <atomic>
#include <cstdio>
#include <mutex>
#include <netinet/in.h>
#include <random>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <thread>
#include <unistd.h>

using namespace conlab;
using namespace conlab::bench;

namespace {

double rssMb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

// One HTTP/1.1 exchange on a fresh blocking socket, with a 10 s limit each
// way: the status, and the response's head and body.
struct Reply
{
    int status = 0;
    QByteArray head;
    QByteArray body;
};

Reply exchange(quint16 port, const QByteArray &request)
{
    Reply r;
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return r;
    timeval tv{10, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    ::setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0) {
        ::close(fd);
        return r;
    }
    ::send(fd, request.constData(), size_t(request.size()), MSG_NOSIGNAL);
    QByteArray in;
    char buf[65536];
    for (;;) {
        const ssize_t n = ::recv(fd, buf, sizeof buf, 0);
        if (n <= 0)
            break;
        in.append(buf, n);
        const qsizetype end = in.indexOf("\r\n\r\n");
        if (end < 0)
            continue;
        const QByteArray head = in.left(end);
        const qsizetype cl = head.toLower().indexOf("content-length:");
        const qsizetype length = cl < 0 ? 0
                                        : head.mid(cl + 15, head.indexOf('\r', cl) - cl - 15).trimmed().toLongLong();
        if (in.size() >= end + 4 + length) {
            r.head = head;
            r.body = in.mid(end + 4, length);
            r.status = head.mid(9, 3).toInt();
            break;
        }
    }
    ::close(fd);
    return r;
}

// The phones are not on the lecturer's laptop: their threads here run at the
// lowest priority, so the load they make is the server's, not their own.
void actAsPhone()
{
    setpriority(PRIO_PROCESS, id_t(syscall(SYS_gettid)), 19);
}

// The GUI thread's pulse: a 1 ms timer, and the largest gap between its
// ticks, less the interval.
class Pulse
{
public:
    Pulse()
    {
        timer_.setTimerType(Qt::PreciseTimer);
        timer_.setInterval(1);
        QObject::connect(&timer_, &QTimer::timeout, [this] {
            const std::int64_t now = monotonicNs();
            largest_ = std::max(largest_, double(now - last_) / 1e6 - 1.0);
            last_ = now;
        });
    }
    void start()
    {
        largest_ = 0;
        last_ = monotonicNs();
        timer_.start();
    }
    double stop()
    {
        timer_.stop();
        return largest_;
    }

private:
    QTimer timer_;
    std::int64_t last_ = 0;
    double largest_ = 0;
};

QByteArray get(const QByteArray &path, const QByteArray &cookie = {})
{
    QByteArray req = "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n";
    if (!cookie.isEmpty())
        req += "Cookie: " + cookie + "\r\n";
    return req + "\r\n";
}

QByteArray postVote(const QByteArray &cookie, int answer)
{
    const QByteArray body = "{\"code\":\"1234\",\"answer\":" + QByteArray::number(answer) + '}';
    QByteArray req = "POST /vote HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Type: application/json\r\n"
                     "Content-Length: "
        + QByteArray::number(body.size()) + "\r\n";
    if (!cookie.isEmpty())
        req += "Cookie: " + cookie + "\r\n";
    return req + "\r\n" + body;
}

QByteArray voterCookie(const QByteArray &head)
{
    const qsizetype at = head.indexOf("conlab_voter=");
    return at < 0 ? QByteArray() : head.mid(at, head.indexOf(';', at) - at);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    int voters = 500;
    if (const qsizetype at = args.indexOf(QStringLiteral("--voters")); at > 0 && at + 1 < args.size())
        voters = std::max(1, args.at(at + 1).toInt());

    QTemporaryDir dir;
    QSettings store(dir.filePath(QStringLiteral("bench.ini")), QSettings::IniFormat);
    Settings settings(&store);
    MainWindow window(&settings);
    window.setCurrentExperiment(0); // a spinner page: it has a question
    window.show();
    QString error;
    AudienceOptions options;
    options.bind = QHostAddress(QHostAddress::LocalHost);
    options.code = QStringLiteral("1234");
    if (!window.startAudience(options, &error)) {
        std::fprintf(stderr, "conlab-bench-audience: %s\n", qPrintable(error));
        return 1;
    }
    AudienceService *service = window.audience()->service();
    const quint16 port = service->port();
    const double rssBefore = rssMb();
    // The same pulse on the idle window first, once it has painted: what the
    // machine itself costs.
    QElapsedTimer settleFirst;
    settleFirst.start();
    while (settleFirst.elapsed() < 1000)
        app.processEvents(QEventLoop::AllEvents, 5);
    Pulse idlePulse;
    idlePulse.start();
    QElapsedTimer idle;
    idle.start();
    while (idle.elapsed() < 2000)
        app.processEvents(QEventLoop::AllEvents, 5);
    const double idleGapMs = idlePulse.stop();

    // The window's view of the tally, stamped as the strip gets it.
    std::vector<std::pair<std::int64_t, int>> shown;
    QObject::connect(service, &AudienceService::tallyChanged, &window,
                     [&] { shown.emplace_back(monotonicNs(), service->tally().voters()); });

    // Every phone loads the page first and keeps its cookie.
    std::vector<QByteArray> cookies(static_cast<std::size_t>(voters));
    std::vector<int> answers(static_cast<std::size_t>(voters));
    std::atomic<bool> joined{false};
    std::thread joiner([&] {
        actAsPhone();
        for (int i = 0; i < voters; ++i)
            cookies[std::size_t(i)] = voterCookie(exchange(port, get("/")).head);
        joined = true;
    });
    while (!joined)
        app.processEvents(QEventLoop::AllEvents, 10);
    joiner.join();

    // Then all vote within 2 s, at random moments, from 16 threads.
    std::mt19937 rng(20261205);
    std::array<int, 3> sent = {0, 0, 0};
    std::vector<std::int64_t> sendAt(static_cast<std::size_t>(voters));
    for (int i = 0; i < voters; ++i) {
        answers[std::size_t(i)] = 1 + int(rng() % 3);
        ++sent[std::size_t(answers[std::size_t(i)] - 1)];
        sendAt[std::size_t(i)] = std::int64_t(rng() % 2'000'000'000);
    }
    std::mutex doneMutex;
    std::vector<std::int64_t> countedAt;
    std::atomic<int> ok{0}, refused{0}, finished{0};
    const std::int64_t t0 = monotonicNs() + 50'000'000;
    std::vector<std::thread> phones;
    constexpr int kThreads = 16;
    for (int t = 0; t < kThreads; ++t) {
        phones.emplace_back([&, t] {
            actAsPhone();
            std::vector<int> mine;
            for (int i = t; i < voters; i += kThreads)
                mine.push_back(i);
            std::sort(mine.begin(), mine.end(),
                      [&](int a, int b) { return sendAt[std::size_t(a)] < sendAt[std::size_t(b)]; });
            for (const int i : mine) {
                const std::int64_t due = t0 + sendAt[std::size_t(i)];
                while (monotonicNs() < due)
                    std::this_thread::sleep_for(std::chrono::microseconds(200));
                const Reply r = exchange(port, postVote(cookies[std::size_t(i)], answers[std::size_t(i)]));
                const std::int64_t at = monotonicNs();
                if (r.status == 200) {
                    ++ok;
                    const std::lock_guard lock(doneMutex);
                    countedAt.push_back(at);
                } else {
                    ++refused;
                }
            }
            ++finished;
        });
    }
    // The GUI thread's pulse while the votes arrive.
    Pulse pulse;
    pulse.start();
    while (finished < kThreads)
        app.processEvents(QEventLoop::AllEvents, 5);
    // Let the last notification land.
    QElapsedTimer settle;
    settle.start();
    while (settle.elapsed() < 500)
        app.processEvents(QEventLoop::AllEvents, 5);
    const double largestGapMs = pulse.stop();
    for (std::thread &p : phones)
        p.join();
    const double rssAfterVotes = rssMb();
    const double votingSeconds = double(monotonicNs() - t0) / 1e9;

    // Latency: the k-th vote answered is on the projector once it shows k voters.
    std::sort(countedAt.begin(), countedAt.end());
    Samples latency;
    for (std::size_t k = 0; k < countedAt.size(); ++k) {
        for (const auto &[when, count] : shown) {
            if (count >= int(k + 1) && when >= 0) {
                latency.push_back(std::max(0.0, double(when - countedAt[k]) / 1e6));
                break;
            }
        }
    }
    const RoundTally tally = service->tally();

    // The page: its weight, and GET / on loopback (before the flood, which
    // spends this address's allowance).
    Samples pageMs;
    qsizetype pageBytes = 0;
    std::atomic<bool> paged{false};
    std::thread pager([&] {
        actAsPhone();
        for (int i = 0; i < 100; ++i) {
            const std::int64_t a = monotonicNs();
            const Reply r = exchange(port, get("/", cookies[0]));
            pageMs.push_back(double(monotonicNs() - a) / 1e6);
            pageBytes = r.body.size();
        }
        paged = true;
    });
    while (!paged)
        app.processEvents(QEventLoop::AllEvents, 10);
    pager.join();

    // A flood of cookie-less votes: the tables that ration them stay bounded.
    std::vector<std::thread> flood;
    std::atomic<int> floodRefused{0};
    for (int t = 0; t < 8; ++t) {
        flood.emplace_back([&] {
            actAsPhone();
            for (int i = 0; i < 2500; ++i) {
                if (exchange(port, postVote({}, 1)).status != 200)
                    ++floodRefused;
            }
        });
    }
    std::atomic<bool> flooded{false};
    std::thread waiter([&] {
        for (std::thread &f : flood)
            f.join();
        flooded = true;
    });
    while (!flooded)
        app.processEvents(QEventLoop::AllEvents, 10);
    waiter.join();
    const double rssAfterFlood = rssMb();

    // The page in a browser: headless Chromium's own navigation timing, from
    // the request to the load event, on a fresh load each time.
    Samples loadMs;
    if (args.contains(QStringLiteral("--chromium"))) {
        testing::WebDriver browser;
        for (int i = 0; browser.isReady() && i < 12; ++i) {
            browser.navigate(service->joinUrl());
            const QJsonValue v = browser.executeScript(QStringLiteral(
                "const n = performance.getEntriesByType('navigation')[0]; return n.loadEventEnd - n.startTime;"));
            if (i >= 2 && v.isDouble()) // the first loads start the browser's own caches
                loadMs.push_back(v.toDouble());
        }
        if (!browser.isReady())
            std::fprintf(stderr, "conlab-bench-audience: Chromium: %s\n", qPrintable(browser.lastError()));
    }

    QJsonObject votes{{QStringLiteral("voters"), voters},
                      {QStringLiteral("sent"), QJsonArray{sent[0], sent[1], sent[2]}},
                      {QStringLiteral("answered_200"), ok.load()},
                      {QStringLiteral("refused"), refused.load()},
                      {QStringLiteral("tally"), QJsonArray{tally.counts[0], tally.counts[1], tally.counts[2]}},
                      {QStringLiteral("exact"), tally.counts == sent && ok == voters},
                      {QStringLiteral("seconds"), rounded(votingSeconds, 2)}};
    QJsonObject lat{{QStringLiteral("p50"), rounded(percentile(latency, 50), 2)},
                    {QStringLiteral("p99"), rounded(percentile(latency, 99), 2)},
                    {QStringLiteral("max"), rounded(percentile(latency, 100), 2)},
                    {QStringLiteral("notifications"), int(shown.size())}};
    lat.insert(QStringLiteral("target"), Target::atMost(200).toJson(0));
    lat.insert(QStringLiteral("pass"), percentile(latency, 99) <= 200);
    QJsonObject stall{{QStringLiteral("largest"), rounded(largestGapMs, 2)},
                      {QStringLiteral("idle_window_largest"), rounded(idleGapMs, 2)},
                      {QStringLiteral("target"), Target::atMost(16).toJson(0)},
                      {QStringLiteral("pass"), largestGapMs < 16}};
    QJsonObject rss{{QStringLiteral("before"), rounded(rssBefore, 1)},
                    {QStringLiteral("after_votes"), rounded(rssAfterVotes, 1)},
                    {QStringLiteral("after_flood"), rounded(rssAfterFlood, 1)},
                    {QStringLiteral("flood_requests"), 20000},
                    {QStringLiteral("flood_refused"), floodRefused.load()}};
    QJsonObject page{{QStringLiteral("bytes"), int(pageBytes)},
                     {QStringLiteral("bytes_target"), Target::atMost(50 * 1024).toJson(0)},
                     {QStringLiteral("get_ms"), series(pageMs, 3)},
                     {QStringLiteral("get_ms_target"), Target::atMost(100).toJson(0)},
                     {QStringLiteral("pass"), pageBytes <= 50 * 1024 && median(pageMs) < 100}};
    if (!loadMs.empty()) {
        page.insert(QStringLiteral("chromium_load_ms"), series(loadMs, 1));
        page.insert(QStringLiteral("chromium_load_pass"), median(loadMs) < 100);
    }
    const QJsonObject report{{QStringLiteral("date"), isoDate()},     {QStringLiteral("machine"), machine()},
                             {QStringLiteral("votes"), votes},        {QStringLiteral("tally_latency_ms"), lat},
                             {QStringLiteral("gui_stall_ms"), stall}, {QStringLiteral("rss_mb"), rss},
                             {QStringLiteral("page"), page}};
    std::fputs(QJsonDocument(report).toJson(QJsonDocument::Indented).constData(), stdout);
    window.audience()->stop();
    return 0;
}
