// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "cli.h"
#include "options.h"
#include "outputpath.h"
#include "signalwatch.h"
#include "tracefile.h"

#include "core/cpython/cpythonspinnerrun.h"
#include "core/export/spinnertrace.h"
#include "core/numbers/numberlist.h"
#include "core/report/spinnerjsonreport.h"
#include "core/spinner/spinnerrun.h"
#include "core/spinner/spinnerverdict.h"
#include "core/text/terminaltext.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <cstdio>
#include <memory>

namespace conlab::cli {

namespace {

class SpinnerCommand
{
    Q_DECLARE_TR_FUNCTIONS(conlab::cli::SpinnerCommand)
};

// Where the animation and the answer go: stdout, or stderr when --trace -
// takes stdout, so the trace reaches its reader unmixed while the person at
// the terminal still sees the spinner.
FILE *humanOut = stdout;

void put(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), humanOut);
    std::fflush(humanOut);
}

SpinnerConfig parseConfig(Options &opt, std::optional<CPythonOptions> &cpython)
{
    // The listings sleep 3 s and check 5_000_111_000_222_021 as written.
    cpython = opt.engine({QStringLiteral("pace"), QStringLiteral("seconds"), QStringLiteral("number")});
    SpinnerConfig cfg;
    cfg.model = *SpinnerChoices::parseModel(
        opt.choice(QStringLiteral("model"), SpinnerChoices::modelNames(), QStringLiteral("thread")));
    cfg.slow = *SpinnerChoices::parseSlow(
        opt.choice(QStringLiteral("slow"), SpinnerChoices::slowNames(), QStringLiteral("sleep")));
    const QString invalid = SpinnerChoices::combinationError(cfg.model, cfg.slow);
    if (!invalid.isEmpty())
        throw UsageError{invalid};
    if (cfg.model != SpinnerModel::Thread
        && (opt.isSet(QStringLiteral("gil")) || opt.isSet(QStringLiteral("switch-interval"))))
        throw UsageError{SpinnerCommand::tr("--gil and --switch-interval apply to --model thread only; "
                                            "a process and a coroutine do not share a GIL with a spinner thread")};
    cfg.gil = opt.gil();
    cfg.pace = opt.isSet(QStringLiteral("pace")) ? opt.pace(QStringLiteral("pace")) : Pace::cpython();
    cfg.seconds = opt.number(QStringLiteral("seconds"), 3.0, 0.1, 600.0, QStringLiteral("s"));
    if (opt.isSet(QStringLiteral("number"))) {
        const NumberList list = NumberListParser::parse(opt.value(QStringLiteral("number")));
        if (!list.ok())
            throw UsageError{u"--number: " + list.error->describe()};
        if (list.numbers.size() != 1)
            throw UsageError{SpinnerCommand::tr("--number takes exactly one number")};
        cfg.number = list.numbers.front();
    }
    return cfg;
}

} // namespace

int spinnerCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        SpinnerCommand::tr("Runs the book's spinner supervisor: start a spinner, call slow(), stop the\n"
                           "spinner, print the answer. Shows when the spinner spins, stutters, or never\n"
                           "appears, depending on the concurrency model."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("model"), SpinnerCommand::tr("thread, process or coroutine (default thread)."),
         QStringLiteral("MODEL")},
        {QStringLiteral("slow"), SpinnerCommand::tr("sleep, blocking-sleep, prime, nap or executor (default sleep)."),
         QStringLiteral("KIND")},
        {QStringLiteral("gil"), SpinnerCommand::tr("thread model: on (default) or off."), QStringLiteral("on|off")},
        {QStringLiteral("switch-interval"),
         SpinnerCommand::tr("thread model: the GIL's switch interval in ms, 1 to 1000 (default 5)."),
         QStringLiteral("MS")},
        {QStringLiteral("pace"),
         SpinnerCommand::tr("Pace of is_prime: native, cpython (default), book, or a multiplier."),
         QStringLiteral("P")},
        {QStringLiteral("seconds"), SpinnerCommand::tr("How long the sleep variants sleep (default 3)."),
         QStringLiteral("S")},
        {QStringLiteral("number"),
         SpinnerCommand::tr("The number the prime variants check (default 5_000_111_000_222_021)."),
         QStringLiteral("N")},
        {QStringLiteral("json"), SpinnerCommand::tr("Print the frame report as JSON instead of the animation.")},
        {QStringLiteral("trace"),
         SpinnerCommand::tr("Also write the run as Chrome Trace Event JSON to FILE (opens in ui.perfetto.dev). "
                            "FILE - is stdout; the animation then goes to stderr, and --json is refused."),
         QStringLiteral("FILE")},
    });
    parser.addOptions(Options::engineOptions());
    SpinnerConfig cfg;
    std::optional<CPythonOptions> cpython;
    std::unique_ptr<TraceFile> trace;
    try {
        Options opt(parser, QStringLiteral("spinner"));
        opt.parse(args);
        if (const auto text = opt.helpOrVersion()) {
            put(text->toUtf8());
            return Ok;
        }
        cfg = parseConfig(opt, cpython);
        OutputPath::checkOneStdout(
            {{QStringLiteral("json"), parser.isSet(QStringLiteral("json")) ? QStringLiteral("-") : QString()},
             {QStringLiteral("trace"), parser.value(QStringLiteral("trace"))}});
        trace = TraceFile::open(parser.value(QStringLiteral("trace")));
    } catch (const UsageError &e) {
        return reportUsageError(QStringLiteral("spinner"), e);
    }
    const bool json = parser.isSet(QStringLiteral("json"));
    if (trace && trace->toStdout())
        humanOut = stderr;

    SpinnerRun run(cfg);
    CPythonSpinnerRun pythonRun(cfg, cpython.value_or(CPythonOptions{}));
    // Declared after the runs, so it stops watching before they are gone;
    // a signal after exec() returned cancels nothing that matters.
    SignalWatch watch([&](int) { cpython ? pythonRun.cancel() : run.cancel(); });

    // The animation of the book's scripts: each frame overwrites the line.
    const QByteArray message = cfg.message.toUtf8();
    SpinnerObserver observer;
    if (!json) {
        observer.onSpinnerObject = [](const QString &repr) { put("spinner object: " + repr.toUtf8() + '\n'); };
        observer.onFrame = [message](const SpinnerFrame &f) { put('\r' + QByteArray(1, f.glyph) + ' ' + message); };
        observer.onCleared = [message] { put('\r' + QByteArray(message.size() + 2, ' ') + '\r'); };
    }
    // The trace's GIL holds and task steps; frames come with the report.
    std::mutex traceMutex;
    std::vector<GilHold> holds;
    std::vector<aio::LoopEvent> loopEvents;
    if (trace) {
        observer.onGilHold = [&](const GilHold &h) {
            std::lock_guard lock(traceMutex);
            holds.push_back(h);
        };
        observer.onLoopEvent = [&](const aio::LoopEvent &e) {
            std::lock_guard lock(traceMutex);
            loopEvents.push_back(e);
        };
    }
    const SpinnerReport report = cpython ? pythonRun.exec(observer) : run.exec(observer);
    // The executor's worker was lost and replaced (the run may still have
    // its answer): the person at the terminal should know it happened.
    for (const WorkerCrash &c : report.crashes) {
        //: %1 how the worker was lost, %2 the number given to a fresh worker
        const QString line = c.n && c.attempt < WorkerCrash::kMaxAttempts
            ? SpinnerCommand::tr("%1; a fresh worker retries %2").arg(c.message).arg(*c.n)
            : c.message;
        std::fprintf(stderr, "%s%s\n", json ? "" : "\n", qPrintable(line));
    }
    if (json)
        put(SpinnerJsonReport::build(cfg, report, cpython ? QStringLiteral("cpython") : QStringLiteral("emulated")));
    else if (report.ok())
        put("Answer: " + QByteArray::number(report.answer) + '\n');
    // The verdict the window reveals, in the same words. On stderr: stdout
    // stays what the book's script prints.
    if (!json && report.ok()) {
        const SpinnerVerdict verdict = SpinnerVerdict::of(cfg, report);
        //: %1 the verdict ("Kept spinning", "Stuttered", ...), %2 why, one line
        std::fprintf(stderr, "%s\n",
                     qPrintable(SpinnerCommand::tr("Verdict: %1. %2").arg(verdict.headline(), verdict.why)));
    }
    const QString description = SpinnerChoices::modelName(cfg.model) + u' ' + SpinnerChoices::slowName(cfg.slow);
    bool traceWritten = true;
    if (trace) {
        TraceMetadata metadata = TraceFile::metadata();
        metadata.pace = cpython ? pythonRun.outcome().interpreter.describe() : cfg.pace.name();
        traceWritten = trace->commit(SpinnerTrace::build(description, report, holds, loopEvents, metadata));
    }

    if (report.cancelled) {
        std::fprintf(stderr, "\n%s\n", qPrintable(SpinnerCommand::tr("cancelled")));
        return Interrupted;
    }
    if (!report.error.isEmpty()) {
        std::fprintf(stderr, "concurrency-lab spinner: error: %s\n", qPrintable(TerminalText::safe(report.error)));
        return RunFailed;
    }
    return traceWritten ? Ok : RunFailed;
}

} // namespace conlab::cli
