// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "celeryprimes.h"

#include "cli.h"

#include "core/report/bookformat.h"
#include "core/taskqueue/taskqueuejson.h"
#include "core/taskqueue/taskqueuerun.h"
#include "core/taskqueue/taskqueuesession.h"
#include "core/text/terminaltext.h"

#include <QThread>

#include <cstdio>
#include <mutex>

namespace conlab::cli {

namespace {

class CeleryPrimes
{
    Q_DECLARE_TR_FUNCTIONS(conlab::cli::CeleryPrimes)
};

const QStringList kCeleryOnly{QStringLiteral("pool"), QStringLiteral("nodes"), QStringLiteral("broker"),
                              QStringLiteral("acks-late")};
// What the emulation and the listings take, and Celery's workers do not.
const QStringList kNotForCelery{QStringLiteral("pace"),      QStringLiteral("racy"),
                                QStringLiteral("race-seed"), QStringLiteral("gil"),
                                QStringLiteral("switch-interval"), QStringLiteral("trace"),
                                QStringLiteral("engine"),    QStringLiteral("python"),
                                QStringLiteral("grace")};

void printOut(const QString &line)
{
    std::fprintf(stdout, "%s\n", qPrintable(line));
    std::fflush(stdout);
}

void printErr(const QString &line)
{
    std::fprintf(stderr, "%s\n", qPrintable(TerminalText::safe(line)));
}

QString numberList(const std::vector<std::uint64_t> &ns)
{
    QStringList words;
    for (std::uint64_t n : ns)
        words << QString::number(n);
    return words.join(QStringLiteral(", "));
}

} // namespace

QList<QCommandLineOption> celeryOptions()
{
    return {
        {QStringLiteral("pool"),
         CeleryPrimes::tr("celery: each node's pool, prefork (processes, the default), threads or solo."),
         QStringLiteral("POOL")},
        {QStringLiteral("nodes"),
         CeleryPrimes::tr("celery: local worker nodes to start, 0 to 16 (default 1; 0 uses only workers already "
                          "on the broker)."),
         QStringLiteral("K")},
        {QStringLiteral("broker"),
         CeleryPrimes::tr("celery: an existing Redis, redis://[:PASSWORD@]HOST:PORT/DB (default: the app starts "
                          "its own on 127.0.0.1)."),
         QStringLiteral("URL")},
        {QStringLiteral("acks-late"),
         CeleryPrimes::tr("celery: on (the default) acknowledges a task after it ran, so a killed worker's task "
                          "comes back; off acknowledges it when it starts."),
         QStringLiteral("on|off")},
    };
}

void refuseCeleryOptions(const Options &opt)
{
    for (const QString &name : kCeleryOnly)
        if (opt.isSet(name))
            //: %1 the option's name
            throw UsageError{CeleryPrimes::tr("--%1 applies to --model celery only").arg(name)};
}

int celeryPrimes(Options &opt, InterruptGuard &guard)
{
    for (const QString &name : kNotForCelery)
        if (opt.isSet(name))
            throw UsageError{CeleryPrimes::tr("--%1 does not apply to --model celery: the workers are real "
                                              "CPython processes")
                                 .arg(name)};
    TaskQueueSession::Setup setup;
    const QString pool = opt.choice(QStringLiteral("pool"),
                                    {QStringLiteral("prefork"), QStringLiteral("threads"), QStringLiteral("solo")},
                                    QStringLiteral("prefork"));
    WorkerNode::parsePool(pool, &setup.node.pool);
    setup.node.concurrency = opt.workers(QStringLiteral("workers"), QThread::idealThreadCount(), 1, 64);
    setup.nodes = opt.workers(QStringLiteral("nodes"), 1, 0, 16);
    setup.node.acksLate = opt.choice(QStringLiteral("acks-late"), {QStringLiteral("on"), QStringLiteral("off")},
                                     QStringLiteral("on"))
        == u"on";
    if (opt.isSet(QStringLiteral("broker"))) {
        const BrokerUrl url = BrokerUrl::parse(opt.value(QStringLiteral("broker")));
        if (!url.ok())
            throw UsageError{u"--broker: " + url.error};
        setup.broker = url;
    } else if (setup.nodes == 0) {
        throw UsageError{CeleryPrimes::tr("--nodes 0 needs --broker: the app's own broker has no other workers")};
    }
    const std::vector<std::uint64_t> numbers = primesNumbers(opt);
    const bool json = opt.isSet(QStringLiteral("json"));

    // Ctrl+C while the broker and nodes start: they are stopped, and nothing
    // is sent.
    std::mutex mutex;
    bool interrupted = false;
    TaskQueueRun *running = nullptr;
    InterruptGuard::Stopper stopper(guard, [&] {
        const std::lock_guard lock(mutex);
        interrupted = true;
        if (running)
            running->cancel();
    });

    TaskQueueSession session;
    if (!session.start(setup)) {
        const bool brokerFault = setup.broker && session.nodes().empty();
        printErr(u"concurrency-lab primes: error: " + session.error());
        return interrupted ? Interrupted : brokerFault ? BadInput : RunFailed;
    }
    TaskQueueRun::Config config;
    config.numbers = numbers;
    config.broker = session.broker();
    TaskQueueRun run(config);
    {
        const std::lock_guard lock(mutex);
        if (interrupted) {
            printErr(CeleryPrimes::tr("cancelled before any task was sent"));
            return Interrupted;
        }
        running = &run;
    }

    // Not translated, as the book's lines are not: the program's output.
    const int c = setup.node.concurrency;
    const QString poolWords = setup.node.pool == CeleryPool::Prefork
        ? QStringLiteral("prefork pool of %1 %2").arg(c).arg(c == 1 ? u"process" : u"processes")
        : setup.node.pool == CeleryPool::Threads ? QStringLiteral("thread pool of %1").arg(c)
                                                 : QStringLiteral("solo pool");
    TaskQueueJson report({pool, setup.node.concurrency, setup.nodes, session.broker().displayString(),
                          setup.node.acksLate});
    if (!json && setup.nodes == 0)
        printOut(QStringLiteral("Checking %1 numbers with Celery, on the workers the broker has:").arg(numbers.size()));
    else if (!json)
        printOut(QStringLiteral("Checking %1 numbers with Celery, %2 %3, %4:")
                     .arg(numbers.size())
                     .arg(setup.nodes)
                     .arg(setup.nodes == 1 ? u"node" : u"nodes")
                     .arg(poolWords));
    TaskQueueRun::Callbacks cb;
    cb.onDone = [&](const TaskDone &d) {
        if (json)
            report.add(d);
        else
            printOut(BookFormat::resultLine(d.result) + u"  " + d.host + u':' + QString::number(d.pid));
    };
    cb.onIncident = [&](const TaskIncident &i) {
        if (!json)
            printErr(QStringLiteral("%1: %2").arg(i.n).arg(i.why));
    };
    const TaskQueueSummary s = run.exec(cb);
    {
        const std::lock_guard lock(mutex);
        running = nullptr;
    }
    if (!run.sentAny() && !s.error.isEmpty()) {
        printErr(u"concurrency-lab primes: error: " + s.error);
        return BadInput;
    }
    if (json) {
        const QByteArray out = report.finish(s);
        std::fwrite(out.constData(), 1, static_cast<std::size_t>(out.size()), stdout);
        std::fflush(stdout);
    } else if (s.ok() && s.lost.empty()) {
        printOut(QStringLiteral("%1 checks in %2s").arg(s.checked).arg(s.wall, 0, 'f', 2));
    }
    session.stop(); // before the exit: no node outlives the command
    // A node stopped mid-task may have stored its state after the run
    // cleaned up: clean up again, now that none of ours can write.
    if (s.cancelled || !s.error.isEmpty())
        run.clearBroker();
    if (s.cancelled) {
        printErr(CeleryPrimes::tr("cancelled; %1 of %2 numbers checked; the rest were taken off the queue")
                     .arg(s.checked)
                     .arg(s.numbers));
        return Interrupted;
    }
    if (!s.error.isEmpty()) {
        printErr(u"concurrency-lab primes: error: " + s.error);
        return RunFailed;
    }
    if (!s.lost.empty()) {
        //: %1 how many, %2 the numbers
        printErr(CeleryPrimes::tr("lost %1 task(s), never checked: %2").arg(s.lost.size()).arg(numberList(s.lost)));
        return RunFailed;
    }
    return Ok;
}

} // namespace conlab::cli
