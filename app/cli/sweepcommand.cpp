// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "cli.h"

#include "core/taskqueue/celerysweepengine.h"
#include "interruptguard.h"
#include "options.h"
#include "outputpath.h"
#include "shellword.h"
#include "sweepprogressprinter.h"
#include "sweeprequest.h"

#include "core/text/quotedvalue.h"
#include "core/text/terminaltext.h"

#include "core/sweep/sweepexport.h"
#include "core/sweep/sweepfile.h"
#include "core/sweep/sweeppython.h"
#include "core/sweep/sweeprunner.h"
#include "core/sweep/sweepstats.h"
#include "core/sweep/sweepstore.h"
#include "ui/sweep/sweepchartexport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <algorithm>
#include <cstdio>
#include <memory>
#include <optional>
#include <unistd.h>

namespace conlab::cli {

namespace {

class SweepCommand
{
    Q_DECLARE_TR_FUNCTIONS(conlab::cli::SweepCommand)
};

const QString kCommand = QStringLiteral("sweep");

// Everything but the results goes to stderr, so stdout stays what a notebook
// reads.
void note(const QString &text)
{
    std::fprintf(stderr, "%s\n", qPrintable(text));
    std::fflush(stderr);
}

// Errors may carry a worker's words: no escape sequences reach the terminal.
void error(const QString &text)
{
    note(u"concurrency-lab sweep: error: " + TerminalText::safe(text));
}

void put(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stdout);
    if (!bytes.endsWith('\n'))
        std::fputc('\n', stdout);
    std::fflush(stdout);
}

QString resumeHint(const QString &path)
{
    //: %1 a command line the user can copy
    return SweepCommand::tr("to continue: %1").arg(u"concurrency-lab sweep --resume " + shellWord(path));
}

// The file named by --resume; lines it had to skip are listed with their
// numbers, an unusable file is refused before anything runs.
SweepData loadResumed(const QString &path)
{
    const SweepLoad load = SweepFile::load(path);
    for (const SweepFileIssue &issue : load.issues)
        //: a skipped line of a results file; %1 the file, %2 the line number, %3 why
        note(SweepCommand::tr("%1:%2: skipped: %3").arg(path).arg(issue.line).arg(issue.message));
    if (!load.data)
        //: %1 the results file (quoted), %2 why it cannot be used
        throw UsageError{SweepCommand::tr("--resume: cannot use %1: %2").arg(QuotedValue::of(path), load.error)};
    return *load.data;
}

// What to do, and the sweep to do it on: a new one, or the file to resume.
struct Job
{
    SweepRequest req;
    SweepData data;
    // Opened up front (a FIFO's reader must be there now, not after the
    // sweep), written at the end; null where the option is not set.
    std::unique_ptr<OutputFile> csv, png, svg, pdf;
};

Job parseJob(Options &opt)
{
    Job job{SweepRequestParser::parse(opt), {}, {}, {}, {}, {}};
    SweepRequest &req = job.req;
    SweepData &data = job.data;
    // Two outputs on stdout would interleave; PNG and PDF would garble a
    // terminal.
    OutputPath::checkOneStdout({{QStringLiteral("json"), req.json ? QStringLiteral("-") : QString()},
                                {QStringLiteral("out"), req.csv},
                                {QStringLiteral("png"), req.png},
                                {QStringLiteral("svg"), req.svg},
                                {QStringLiteral("pdf"), req.pdf}});
    OutputPath::checkBinaryNotToTerminal(QStringLiteral("png"), req.png);
    OutputPath::checkBinaryNotToTerminal(QStringLiteral("pdf"), req.pdf);
    OutputPath::checkDistinct({{QStringLiteral("resume"), req.resume},
                               {QStringLiteral("out"), req.csv},
                               {QStringLiteral("png"), req.png},
                               {QStringLiteral("svg"), req.svg},
                               {QStringLiteral("pdf"), req.pdf}});
    job.csv = OutputPath::open(QStringLiteral("out"), req.csv);
    job.png = OutputPath::open(QStringLiteral("png"), req.png);
    job.svg = OutputPath::open(QStringLiteral("svg"), req.svg);
    job.pdf = OutputPath::open(QStringLiteral("pdf"), req.pdf);
    if (!req.resume.isEmpty()) {
        data = loadResumed(req.resume);
        SweepRequestParser::checkResumeConflicts(opt, req.config, data.config, req.resume);
        // Where the interpreter is belongs to this machine, not the file.
        data.config.cpython = req.config.cpython;
    } else {
        data.config = req.config;
        data.machine = SweepMachine::current();
    }
    return job;
}

// The medians (or JSON) on stdout, then the files asked for. A file that
// cannot be written costs the exit code, never the results file.
int finish(const SweepData &data, Job &job, const QString &resultsPath)
{
    const SweepRequest &req = job.req;
    const std::vector<SeriesStats> stats = sweepStatistics(data);
    const auto disturbed = std::count_if(data.runs.begin(), data.runs.end(),
                                         [](const SweepRun &r) { return r.disturbed(); });
    if (disturbed > 0)
        //: %n runs during which a worker crashed or stalled
        note(SweepCommand::tr("%n run(s) lost a worker (crashed or stalled) and time the recovery, not the model: "
                              "they are marked in the results file and left out of the medians",
                              nullptr, int(disturbed)));
    // A file output sent to stdout (-) owns it: the median lines are for
    // the person at the terminal and go to stderr, like every other note.
    const bool fileOnStdout = OutputPath::isStdout(req.csv) || OutputPath::isStdout(req.png)
        || OutputPath::isStdout(req.svg) || OutputPath::isStdout(req.pdf);
    if (req.json) {
        put(SweepExport::json(data, stats));
    } else {
        QByteArray out;
        const int count = int(data.config.series.size());
        for (int s = 0; s < count; ++s) {
            if (count > 1)
                out += "# " + data.config.series[std::size_t(s)].spec().toUtf8() + '\n';
            out += SweepExport::medianLines(stats, s);
        }
        if (fileOnStdout)
            note(QString::fromUtf8(out).trimmed());
        else
            put(out);
    }

    bool ok = true;
    // Rendered only when asked for; written atomically, or to stdout for -.
    const auto save = [&](const char *option, const std::unique_ptr<OutputFile> &file, const auto &render) {
        if (!file)
            return;
        const QString &path = file->path();
        QString why;
        const std::optional<QByteArray> bytes = render(&why);
        if (bytes && file->commit(*bytes, &why))
            return;
        //: %1 option name, %2 the path (quoted), %3 the reason
        error(SweepCommand::tr("--%1: could not write %2: %3")
                  .arg(QString::fromLatin1(option), QuotedValue::of(path), why));
        ok = false;
    };
    save("out", job.csv, [&](QString *) { return std::optional<QByteArray>(SweepExport::tidyCsv(data)); });
    save("png", job.png,
         [&](QString *why) { return SweepChartExport::png({data}, req.chart, req.size, req.scale, why); });
    save("svg", job.svg, [&](QString *why) { return SweepChartExport::svg({data}, req.chart, req.size, why); });
    save("pdf", job.pdf, [&](QString *why) { return SweepChartExport::pdf({data}, req.chart, req.size, why); });
    if (!ok) {
        //: %1 the results file
        note(SweepCommand::tr("the results are safe in %1; to export them again, run:").arg(resultsPath));
        note(u"  concurrency-lab sweep --resume " + shellWord(resultsPath) + u" [--out FILE] [--png FILE] ...");
        return RunFailed;
    }
    return Ok;
}

QString planLine(const SweepData &data)
{
    const SweepConfig &c = data.config;
    const int total = c.totalRuns();
    const int left = total - int(data.runs.size());
    const double estimate = total > 0 ? SweepRunner::estimateSeconds(c) * left / total : 0.0;
    //: %1 runs left, %2 series, %3 the largest worker count, %4 runs per count, %5 a duration
    return SweepCommand::tr("%1 runs to do (%2 series, 1 to %3 workers, %4 runs each), about %5")
        .arg(left)
        .arg(c.series.size())
        .arg(c.maxWorkers)
        .arg(c.runs)
        .arg(SweepProgressPrinter::duration(estimate));
}

} // namespace

int sweepCommand(const QStringList &args)
{
    // From the start: loading --resume or --numbers-file (a FIFO may wait for
    // ever) and scanning the sweeps folder come before the first run.
    InterruptGuard guard(kCommand);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        SweepCommand::tr("Times procs.py's workload at 1 to N workers, several runs at each count, and prints the\n"
                         "median per count, as run_procs.sh did for the book's Figure 19-2. Every finished run is\n"
                         "saved at once to a results file in the app's data folder: a sweep stopped by Ctrl+C,\n"
                         "a crash or a power cut continues with --resume. Exit codes: 0 done, 1 a run or an output\n"
                         "file failed (the results file is kept), 2 bad input (nothing runs; also a CPython\n"
                         "series with no interpreter to run it), 130 interrupted.\n"
                         "FILE - sends one of --out, --png, --svg and --pdf to stdout; the median lines then go to\n"
                         "stderr, and --json is refused (PNG and PDF only when stdout is not a terminal)."));
    parser.addHelpOption();
    parser.addVersionOption();
    SweepRequestParser::addOptions(parser);

    std::optional<Job> job;
    try {
        Options opt(parser, kCommand);
        opt.setPositionalHint(SweepCommand::tr("series go after --series, as in --series threads:gil=off"));
        opt.parse(args);
        if (const auto text = opt.helpOrVersion()) {
            put(text->toUtf8());
            return Ok;
        }
        job = parseJob(opt);
    } catch (const UsageError &e) {
        return reportUsageError(kCommand, e);
    }
    const SweepRequest &req = job->req;
    SweepData &data = job->data;

    // From here on files are written: a signal stops the sweep in order.
    guard.beginWork();
    if (!req.resume.isEmpty() && data.complete()) {
        //: %1 the results file, %2 how many runs it holds
        note(SweepCommand::tr("%1 holds a finished sweep (%2 runs); nothing is left to run")
                 .arg(req.resume)
                 .arg(data.runs.size()));
        const int code = finish(data, *job, req.resume);
        return guard.caught() != 0 ? Interrupted : code;
    }

    // A CPython series needs its interpreter for every run: refused now,
    // before a results file exists, never halfway through.
    if (const QString why = SweepPython::prepare(data); !why.isEmpty()) {
        error(why);
        return BadInput;
    }
    if (data.config.usesCPython())
        //: %1 a CPython version such as 3.11.2
        note(SweepCommand::tr("the CPython series runs procs.py in CPython %1").arg(data.machine.cpython));

    QString why;
    std::unique_ptr<SweepFile> file;
    if (!req.resume.isEmpty()) {
        file = SweepFile::openForAppend(req.resume, &why);
        if (!file) {
            // Bad input (exit 2, nothing ran), but no misuse of the options:
            // no pointer to --help.
            error(u"--resume: " + why);
            return BadInput;
        }
        // Read again under the lock: a sweep that was still writing the file
        // when it was first read may have added runs before it let go.
        if (const SweepLoad again = SweepFile::load(req.resume); again.data)
            data.runs = again.data->runs;
    } else {
        if (const auto old = SweepStore::latestUnfinished())
            //: %1 a results file, %2 the same path, quoted for a shell
            note(SweepCommand::tr("an unfinished sweep is in %1; --resume %2 continues it")
                     .arg(old->path, shellWord(old->path)));
        file = SweepStore::createFile(data, &why);
        if (!file) {
            //: %1 the system's reason, naming the file
            error(SweepCommand::tr("cannot create the results file: %1").arg(why));
            return RunFailed;
        }
    }
    const QString path = file->path();
    //: %1 the results file
    note(SweepCommand::tr("results: %1").arg(path));
    note(planLine(data));

    // Declared before the runner, which uses it until exec() returns.
    CelerySweepEngine celery;
    SweepRunner runner(data, std::move(file));
    runner.setExternalEngine(&celery);
    // After the runner, so it stops stopping it before the runner is gone; a
    // signal that came since beginWork() stops it at once.
    std::optional<InterruptGuard::Stopper> stopper;
    stopper.emplace(guard, [&runner] { runner.stop(); });
    SweepProgressPrinter progress(data.config, ::isatty(STDERR_FILENO) == 1);
    const SweepOutcome outcome = runner.exec([&](const SweepRun &run, const SweepProgress &p) {
        data.runs.push_back(run);
        progress.print(run, p);
    });
    progress.finish();
    stopper.reset();

    const int total = data.config.totalRuns();
    if (!outcome.complete && (outcome.stopped || guard.caught() != 0)) {
        //: %1 runs done, %2 runs in all, %3 the results file
        note(SweepCommand::tr("interrupted; %1 of %2 runs are saved in %3").arg(data.runs.size()).arg(total).arg(path));
        note(resumeHint(path));
        return Interrupted;
    }
    if (!outcome.complete) {
        error(outcome.error.isEmpty() ? SweepCommand::tr("the sweep stopped before its end") : outcome.error);
        //: %1 runs done, %2 runs in all, %3 the results file
        note(SweepCommand::tr("%1 of %2 runs are saved in %3").arg(data.runs.size()).arg(total).arg(path));
        note(resumeHint(path));
        return RunFailed;
    }
    // The sweep's own cost (scheduling, fsync per run, progress) is its wall
    // time minus its runs' wall time: the benchmark the README quotes.
    if (outcome.wall > 0)
        //: %1 seconds in all, %2 seconds the runs took, %3 the difference in percent
        note(SweepCommand::tr("sweep took %1 s; its runs %2 s; overhead %3%")
                 .arg(outcome.wall, 0, 'f', 2)
                 .arg(outcome.runsWall, 0, 'f', 2)
                 .arg(100.0 * (outcome.wall - outcome.runsWall) / outcome.wall, 0, 'f', 2));
    const int code = finish(data, *job, path);
    return guard.caught() != 0 ? Interrupted : code;
}

} // namespace conlab::cli
