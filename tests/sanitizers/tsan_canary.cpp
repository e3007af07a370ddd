// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// A deliberate data race, built only in the tsan preset, that ctest expects
// ThreadSanitizer to report. It guards tsan.supp: an entry broad enough to
// hide races in our own code ("race:libQt6Core.so.6" matches the stack of
// every thread QThread starts, "race:libQt6Concurrent.so.6" every pool job)
// makes this test fail. Two cases, one per way our code starts threads.
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent>
#include <atomic>
#include <cstdio>
#include <memory>
#include <vector>

namespace {

long counter = 0; // written by two threads with nothing in between: the race

[[gnu::noinline]] void bump(int times)
{
    for (int i = 0; i < times; ++i)
        counter = counter + 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString which = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (which == u"qthread") {
        std::unique_ptr<QThread> a(QThread::create([] { bump(10'000); }));
        std::unique_ptr<QThread> b(QThread::create([] { bump(10'000); }));
        a->start();
        b->start();
        a->wait();
        b->wait();
    } else if (which == u"pool") {
        // Two jobs on two pool threads, made to overlap: each waits (up to
        // 5 s) until both have started. The atomic orders the two arrivals
        // but not the bumps after them.
        std::vector<int> jobs(2, 10'000);
        std::atomic<int> started{0};
        QThreadPool pool; // destroyed first: it waits for its threads
        pool.setMaxThreadCount(2);
        QtConcurrent::map(&pool, jobs, [&started](int &n) {
            started.fetch_add(1);
            QDeadlineTimer patience(5000);
            while (started.load() < 2 && !patience.hasExpired())
                QThread::yieldCurrentThread();
            bump(n);
        }).waitForFinished();
    } else {
        std::fprintf(stderr, "usage: tsan_canary qthread|pool\n");
        return 2;
    }
    std::printf("counter %ld\n", counter);
    return 0;
}
