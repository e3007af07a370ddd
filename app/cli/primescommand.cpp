// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "celeryprimes.h"
#include "cli.h"
#include "interruptguard.h"
#include "options.h"
#include "outputpath.h"
#include "tracefile.h"

#include "core/cpython/cpythonprimesrun.h"
#include "core/export/primestrace.h"
#include "core/numbers/sample.h"
#include "core/primes/primesrun.h"
#include "core/report/bookformat.h"
#include "core/report/jsonreport.h"
#include "core/text/terminaltext.h"
#include "kernel/monotonic.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QThread>
#include <cstdio>
#include <memory>

namespace conlab::cli {

namespace {

// Gives lupdate and tr() one context for this command's strings.
class PrimesCommand
{
    Q_DECLARE_TR_FUNCTIONS(conlab::cli::PrimesCommand)
};

// Where the book's lines go: stdout, or stderr when --trace - takes stdout.
// The trace is for a tool reading the pipe and must arrive unmixed; the
// lines are for the person watching, who still sees them on the terminal.
FILE *bookOut = stdout;

// Lines must appear as results arrive, also through a pipe (stdout is then
// block-buffered), yet a million results must not cost a million writes:
// flush at most every 50 ms, and always after the header.
void printLine(const QString &line, bool flushNow = false)
{
    static std::int64_t lastFlush = 0;
    const QByteArray bytes = line.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), bookOut);
    std::fputc('\n', bookOut);
    const std::int64_t now = monotonicNs();
    if (flushNow || now - lastFlush > 50'000'000) {
        std::fflush(bookOut);
        lastFlush = now;
    }
}

QString joinNumbers(const std::vector<std::uint64_t> &ns, std::size_t max = 20)
{
    QStringList parts;
    for (std::size_t k = 0; k < ns.size() && k < max; ++k)
        parts << QString::number(ns[k]);
    if (ns.size() > max)
        //: %1 how many more numbers were not listed
        parts << PrimesCommand::tr("and %1 more").arg(ns.size() - max);
    return parts.join(u", ");
}

} // namespace

// --sample, --numbers or --numbers-file: every model's numbers, Celery's too.
std::vector<std::uint64_t> primesNumbers(const Options &opt)
{
    std::vector<std::uint64_t> sample(kBookSample.begin(), kBookSample.end());
    const QString sampleName = opt.choice(QStringLiteral("sample"), {QStringLiteral("book"), QStringLiteral("small")},
                                          QStringLiteral("book"));
    if (opt.isSet(QStringLiteral("sample"))
        && (opt.isSet(QStringLiteral("numbers")) || opt.isSet(QStringLiteral("numbers-file"))))
        throw UsageError{PrimesCommand::tr("--sample and --numbers (or --numbers-file) each choose the numbers; "
                                           "give one")};
    if (sampleName == u"small") {
        sample.resize(kSmallSampleCount);
        for (std::size_t k = 0; k < kSmallSampleCount; ++k)
            sample[k] = kSmallSampleFirst + k;
    }
    return opt.numbers(QStringLiteral("numbers"), QStringLiteral("numbers-file"), sample);
}

namespace {

PrimesConfig parseConfig(Options &opt, std::optional<CPythonOptions> &cpython)
{
    cpython = opt.engine({QStringLiteral("pace")});
    PrimesConfig cfg;
    // celery is offered here too, so a typo's message lists it; it never
    // gets this far (celeryPrimes() runs it).
    const auto model = PrimesModels::parse(opt.choice(QStringLiteral("model"),
                                                      PrimesModels::validNames().split(u'|') << QStringLiteral("celery"),
                                                      QStringLiteral("sequential")));
    cfg.model = *model;
    cfg.workers = opt.workers(QStringLiteral("workers"), QThread::idealThreadCount(), 1, PrimesConfig::kMaxWorkers);
    // CPython's run is at CPython's speed; the reports say so.
    cfg.pace = cpython ? Pace::cpython() : opt.pace(QStringLiteral("pace"));
    cfg.racy = opt.isSet(QStringLiteral("racy"));
    if (cfg.racy && !PrimesModels::hasRacyVersion(cfg.model))
        throw UsageError{
            PrimesCommand::tr("--racy applies to --model processes only (it restores procs.py's report-loop bug)")};
    if (opt.isSet(QStringLiteral("race-seed"))) {
        if (!cfg.racy)
            throw UsageError{PrimesCommand::tr("--race-seed applies to --racy only")};
        bool ok = false;
        cfg.raceSeed = opt.value(QStringLiteral("race-seed")).toULongLong(&ok);
        if (!ok || cfg.raceSeed == 0)
            //: %1 the value given
            throw UsageError{PrimesCommand::tr("--race-seed: expected a whole number from 1, not \"%1\"")
                                 .arg(opt.value(QStringLiteral("race-seed")))};
    }
    cfg.numbers = primesNumbers(opt);
    cfg.gil = opt.gil();
    const bool threaded = PrimesModels::gilApplies(cfg.model);
    if (!threaded && (opt.isSet(QStringLiteral("gil")) || opt.isSet(QStringLiteral("switch-interval"))))
        throw UsageError{PrimesCommand::tr("--gil and --switch-interval apply to --model threads and pool only; "
                                           "each process has a GIL of its own")};
    return cfg;
}

} // namespace

int primesCommand(const QStringList &args)
{
    // From the start: reading a FIFO named by --numbers-file may wait for
    // ever, and Ctrl+C must end that wait.
    InterruptGuard guard(QStringLiteral("primes"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        PrimesCommand::tr("Checks numbers for primality with the book's trial division, in one of the\n"
                          "concurrency models of sequential.py, threads.py and procs.py, and prints\n"
                          "the same lines those scripts print."));
    parser.addHelpOption();
    parser.addVersionOption();
    // The names the parser accepts, so help and parser cannot drift apart.
    const QString models = PrimesModels::validNames().split(u'|').join(u", ");
    parser.addOptions({
        //: %1 the model names, separated by commas
        {QStringLiteral("model"),
         PrimesCommand::tr("One of %1 (default sequential), or celery: real Celery workers on a real Redis "
                           "(the chapter's task queues).")
             .arg(models),
         QStringLiteral("MODEL")},
        {QStringLiteral("workers"),
         PrimesCommand::tr("Worker threads or processes, 1 to 256 (default: the CPU count)."), QStringLiteral("N")},
        {QStringLiteral("pace"),
         PrimesCommand::tr("native, cpython (~31 ns per division), book (~93 ns), or a multiplier."),
         QStringLiteral("P")},
        {QStringLiteral("racy"),
         PrimesCommand::tr("processes only: the report loop of the book's py36/procs.py, which stops when the "
                           "job queue is empty. Reports the outcome: complete, lost (naming the results) or hung "
                           "(exit code 3).")},
        {QStringLiteral("race-seed"),
         PrimesCommand::tr("--racy: the seed of the race's timing, to replay a run (default: a fresh one, "
                           "printed with the outcome)."),
         QStringLiteral("N")},
        {QStringLiteral("sample"),
         PrimesCommand::tr("The numbers to check: book (the book's 20, the default) or small (400 numbers from "
                           "1000000, which provoke the race)."),
         QStringLiteral("book|small")},
        {QStringLiteral("gil"),
         PrimesCommand::tr("threads and pool: on (CPython's GIL, the default) or off (free-threaded 3.13t)."),
         QStringLiteral("on|off")},
        {QStringLiteral("switch-interval"),
         PrimesCommand::tr("threads and pool: the GIL's switch interval in ms, 1 to 1000 (default 5)."),
         QStringLiteral("MS")},
        {QStringLiteral("numbers"),
         PrimesCommand::tr("Numbers to check, separated by commas or spaces (default: the book's 20)."),
         QStringLiteral("LIST")},
        {QStringLiteral("numbers-file"), PrimesCommand::tr("Read the numbers from a file, with the same rules."),
         QStringLiteral("FILE")},
        {QStringLiteral("json"),
         PrimesCommand::tr("Print every result and the summary as JSON (schema in the README).")},
        {QStringLiteral("trace"),
         PrimesCommand::tr("Also write the run as Chrome Trace Event JSON to FILE (opens in ui.perfetto.dev). "
                           "FILE - is stdout; the book's lines then go to stderr, and --json is refused."),
         QStringLiteral("FILE")},
    });
    parser.addOptions(Options::engineOptions());
    parser.addOptions(celeryOptions());

    PrimesConfig cfg;
    std::optional<CPythonOptions> cpython;
    std::unique_ptr<TraceFile> trace;
    try {
        Options opt(parser, QStringLiteral("primes"));
        opt.setPositionalHint(PrimesCommand::tr("numbers go after --numbers, as in --numbers 2,3,5"));
        opt.parse(args);
        if (parser.isSet(QStringLiteral("help"))) {
            printLine(opt.helpText());
            return Ok;
        }
        if (parser.isSet(QStringLiteral("version"))) {
            printLine(Options::versionText().trimmed());
            return Ok;
        }
        if (opt.value(QStringLiteral("model")) == u"celery")
            return celeryPrimes(opt, guard);
        refuseCeleryOptions(opt);
        cfg = parseConfig(opt, cpython);
        // The input is read; the trace file comes next, and a signal from
        // here on cancels the run in order instead of ending the process.
        guard.beginWork();
        OutputPath::checkOneStdout(
            {{QStringLiteral("json"), parser.isSet(QStringLiteral("json")) ? QStringLiteral("-") : QString()},
             {QStringLiteral("trace"), parser.value(QStringLiteral("trace"))}});
        trace = TraceFile::open(parser.value(QStringLiteral("trace")));
    } catch (const UsageError &e) {
        return reportUsageError(QStringLiteral("primes"), e);
    }
    const bool json = parser.isSet(QStringLiteral("json"));
    if (trace && trace->toStdout())
        bookOut = stderr;

    PrimesRun run(cfg);
    // --engine cpython: the listing runs instead, and its own lines (header,
    // results, footer) are what the terminal shows.
    CPythonPrimesRun pythonRun(cfg, cpython.value_or(CPythonOptions{}));
    if (cpython && !json)
        pythonRun.setLineObserver([](const QString &line) { printLine(line); });
    // Declared after the runs, so it stops cancelling before they are gone;
    // a signal after exec() returned cancels nothing that matters.
    const InterruptGuard::Stopper stopper(guard, [&] { cpython ? pythonRun.cancel() : run.cancel(); });

    // What the trace needs, kept only when one was asked for: holds come from
    // the worker threads, results from this (the report loop's) thread.
    std::vector<PrimeResult> traced;
    std::vector<GilHold> holds;
    std::vector<aio::LoopEvent> loopEvents; // only from the loop's thread
    std::mutex holdsMutex;
    if (trace) {
        run.setGilObserver([&](const GilHold &h) {
            std::lock_guard lock(holdsMutex);
            holds.push_back(h);
        });
        run.setLoopObserver([&](const aio::LoopEvent &e) { loopEvents.push_back(e); });
    }

    // A crashed worker is replaced and its number retried (the run still
    // completes), but the person at the terminal should know it happened.
    run.setFaultObserver([](const WorkerCrash &c) {
        // The message already names the worker, its pid and the number.
        //: %1 how the worker was lost, %2 the number given to a fresh worker
        const QString line = c.n && c.attempt < WorkerCrash::kMaxAttempts
            ? PrimesCommand::tr("%1; a fresh worker retries %2").arg(c.message).arg(*c.n)
            : c.message;
        std::fprintf(stderr, "%s\n", qPrintable(TerminalText::safe(line)));
    });

    // The hang as it happens: the book's script would now wait for ever.
    run.setRaceObserver([](const RaceVerdict &, std::int64_t) {
        std::fflush(bookOut);
        std::fprintf(stderr, "%s\n",
                     qPrintable(PrimesCommand::tr("race: the report loop waits for a result that will never come; "
                                                  "ending the wait after its grace time")));
    });

    const int shownWorkers = PrimesModels::workers(cfg.model, cfg.workers);
    JsonReport report(cfg, cpython ? QStringLiteral("cpython") : QStringLiteral("emulated"));
    if (!json && !cpython)
        printLine(BookFormat::header(cfg.model, static_cast<qsizetype>(cfg.numbers.size()), shownWorkers), true);
    const ResultFn onResult = [&](const PrimeResult &r) {
        if (trace)
            traced.push_back(r);
        if (json)
            report.add(r);
        else if (!cpython)
            printLine(BookFormat::resultLine(r));
    };
    const RunSummary summary = cpython ? pythonRun.exec(onResult) : run.exec(onResult);

    if (json) {
        const QByteArray out = report.finish(summary);
        std::fwrite(out.constData(), 1, static_cast<std::size_t>(out.size()), stdout);
    } else if (summary.ok() && !cpython && !(summary.race && summary.race->outcome == RaceOutcome::Hung)) {
        // A hung script never reaches its footer; a CPython listing prints its own.
        printLine(cfg.racy ? BookFormat::racyFooter(summary) : BookFormat::footer(cfg.model, summary));
    }
    std::fflush(bookOut);
    std::fflush(stdout);
    // Also for a cancelled or failed run: the trace shows how far it got.
    const bool traceWritten = !trace
        || trace->commit(PrimesTrace::build(cfg, traced, holds, &summary, loopEvents, TraceFile::metadata()));

    if (summary.race && !summary.cancelled) {
        // The outcome's machine name first, so a script can cut it out.
        const RaceVerdict &v = *summary.race;
        //: %1 the outcome (complete, lost or hung), %2 why, %3 the seed
        const QString line = cpython
            ? PrimesCommand::tr("race: %1 (%2)").arg(RaceVerdict::name(v.outcome), v.describe())
            : PrimesCommand::tr("race: %1 (%2; replay with --race-seed %3)")
                  .arg(RaceVerdict::name(v.outcome), v.describe())
                  .arg(v.seed);
        std::fprintf(stderr, "%s\n", qPrintable(line));
    }
    if (!summary.lost.empty())
        //: %1 how many results, %2 the numbers
        std::fprintf(stderr, "%s\n",
                     qPrintable(PrimesCommand::tr("lost %1 results still in flight when the report loop stopped: %2")
                                    .arg(summary.lost.size())
                                    .arg(joinNumbers(summary.lost))));
    if (summary.cancelled) {
        //: %1 numbers checked, %2 numbers given
        std::fprintf(stderr, "%s\n",
                     qPrintable(PrimesCommand::tr("cancelled; %1 of %2 numbers checked")
                                    .arg(summary.checked)
                                    .arg(summary.numbers)));
        return Interrupted;
    }
    if (!summary.error.isEmpty()) {
        std::fprintf(stderr, "concurrency-lab primes: error: %s\n", qPrintable(TerminalText::safe(summary.error)));
        if (!summary.unchecked.empty())
            //: %1 count, %2 the numbers
            std::fprintf(stderr, "%s\n",
                         qPrintable(PrimesCommand::tr("%1 numbers left unchecked: %2")
                                        .arg(summary.unchecked.size())
                                        .arg(joinNumbers(summary.unchecked))));
        return RunFailed;
    }
    if (!traceWritten)
        return RunFailed;
    return summary.race && summary.race->outcome == RaceOutcome::Hung ? Hung : Ok;
}

} // namespace conlab::cli
