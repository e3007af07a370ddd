// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// `concurrency-lab join URL`: this machine becomes a worker node of another
// machine's task-queue session (T3). It runs the same unmodified Celery
// worker node the lecturer's app starts, until Ctrl+C or until the broker
// has been gone for a while.
#include "cli.h"
#include "interruptguard.h"
#include "options.h"

#include "core/taskqueue/redisconnection.h"
#include "core/taskqueue/workernode.h"
#include "core/text/terminaltext.h"
#include "kernel/monotonic.h"

#include <QCommandLineParser>
#include <QThread>

#include <cstdio>

namespace conlab::cli {

namespace {

class JoinCommand
{
    Q_DECLARE_TR_FUNCTIONS(conlab::cli::JoinCommand)
};

// The broker silent this long: the session has ended; so does the node.
constexpr std::int64_t kBrokerGoneNs = 10'000'000'000;

void say(const QString &line)
{
    std::fprintf(stderr, "%s\n", qPrintable(TerminalText::safe(line)));
}

} // namespace

int joinCommand(const QStringList &args)
{
    InterruptGuard guard(QStringLiteral("join"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        JoinCommand::tr("Runs a Celery worker node for another machine's task-queue session: the URL is the one\n"
                        "its page shows under \"Open to the room\"."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("URL"), JoinCommand::tr("redis://worker:PASSWORD@HOST:PORT/0"));
    parser.addOptions({
        {QStringLiteral("pool"), JoinCommand::tr("prefork (the default), threads or solo."), QStringLiteral("POOL")},
        {QStringLiteral("concurrency"), JoinCommand::tr("Pool size, 1 to 64 (default: the CPU count)."),
         QStringLiteral("C")},
        {QStringLiteral("name"), JoinCommand::tr("The node's name before @host (default: room)."),
         QStringLiteral("NAME")},
    });
    WorkerNodeSpec spec;
    BrokerUrl url;
    try {
        Options opt(parser, QStringLiteral("join"));
        // The URL is this command's one positional word, which
        // Options::parse() would refuse.
        if (!parser.parse(args))
            throw UsageError{parser.errorText()};
        if (auto text = opt.helpOrVersion()) {
            std::fprintf(stdout, "%s\n", qPrintable(*text));
            return Ok;
        }
        const QStringList words = parser.positionalArguments();
        if (words.size() != 1)
            throw UsageError{JoinCommand::tr("give the session's broker URL, as its page shows it: "
                                             "concurrency-lab join redis://worker:PASSWORD@HOST:PORT/0")};
        url = BrokerUrl::parse(words.first());
        if (!url.ok())
            throw UsageError{url.error};
        WorkerNode::parsePool(opt.choice(QStringLiteral("pool"),
                                         {QStringLiteral("prefork"), QStringLiteral("threads"), QStringLiteral("solo")},
                                         QStringLiteral("prefork")),
                              &spec.pool);
        spec.concurrency = opt.workers(QStringLiteral("concurrency"), QThread::idealThreadCount(), 1, 64);
        spec.name = opt.isSet(QStringLiteral("name")) ? opt.value(QStringLiteral("name")) : QStringLiteral("room");
        if (spec.name.isEmpty() || spec.name.contains(u'@') || spec.name.contains(u' '))
            throw UsageError{JoinCommand::tr("--name: one word without @, not \"%1\"").arg(spec.name)};
    } catch (const UsageError &e) {
        return reportUsageError(QStringLiteral("join"), e);
    }
    guard.beginWork();
    {
        // Said now, not as a node that retries the wrong password for ever.
        RedisConnection probe;
        if (!probe.open(url, 5000)) {
            say(u"concurrency-lab join: error: " + probe.error());
            return BadInput;
        }
    }
    WorkerNode node(spec);
    if (!node.start(url)) {
        say(u"concurrency-lab join: error: " + node.error());
        return guard.caught() ? Interrupted : RunFailed;
    }
    //: %1 the node's name, %2 the broker (password hidden), %3 pool, %4 size
    say(JoinCommand::tr("joined %1 as node %2@this machine (%3 pool of %4); Ctrl+C leaves")
            .arg(url.displayString(), spec.name, WorkerNode::poolName(spec.pool))
            .arg(spec.concurrency));
    std::int64_t lastHeard = monotonicNs();
    while (!guard.caught()) {
        QThread::msleep(200);
        if (!node.running()) {
            say(u"concurrency-lab join: error: " + node.error());
            return RunFailed;
        }
        static std::int64_t nextPing = 0;
        if (monotonicNs() >= nextPing) {
            nextPing = monotonicNs() + 2'000'000'000;
            RedisConnection ping;
            if (ping.open(url, 2000))
                lastHeard = monotonicNs();
            else if (monotonicNs() - lastHeard > kBrokerGoneNs) {
                say(JoinCommand::tr("concurrency-lab join: the session's broker has been gone for 10 s (%1); "
                                    "leaving")
                        .arg(ping.error()));
                return RunFailed;
            }
        }
    }
    say(JoinCommand::tr("left the session"));
    return Interrupted;
}

} // namespace conlab::cli
