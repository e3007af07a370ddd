// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "cli.h"
#include "fidelitytable.h"
#include "options.h"
#include "signalwatch.h"

#include "core/fidelity/cpythonfidelityengine.h"
#include "core/fidelity/fidelityrunner.h"
#include "core/numbers/sample.h"
#include "core/report/fidelityjsonreport.h"
#include "core/text/terminaltext.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <cstdio>

namespace conlab::cli {

namespace {

class FidelityCommand
{
    Q_DECLARE_TR_FUNCTIONS(conlab::cli::FidelityCommand)
};

void put(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

// P5's numbers: the "many small numbers" of EXPERIMENTS.md, where the race
// shows at once instead of once in 18 runs.
std::vector<std::uint64_t> raceNumbers()
{
    std::vector<std::uint64_t> numbers(400);
    for (std::size_t k = 0; k < numbers.size(); ++k)
        numbers[k] = 1'000'000 + k;
    return numbers;
}

} // namespace

int fidelityCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        FidelityCommand::tr("Runs every lesson in real CPython and in the emulation, taking turns, and prints\n"
                            "the two side by side: S1 to S8 (S6 also at a 300 ms switch interval), S8/S7, P1\n"
                            "sequential, P2 processes 2, P3 threads 2 (GIL on) and P5, the racy report loop.\n"
                            "Each row shows both medians and whether they agree within the row's band: time\n"
                            "within 10%, frames per second within 1, no frame at all, the same stutter, the\n"
                            "same most frequent race outcome. A benchmark: it reports, it does not fail on a\n"
                            "row that differs. One round takes about 2 minutes with the book's sample."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("rounds"), FidelityCommand::tr("Runs of each row in each engine, 1 to 50 (default 3)."),
         QStringLiteral("N")},
        {QStringLiteral("numbers"), FidelityCommand::tr("The numbers P1 to P3 check (default the book's 20)."),
         QStringLiteral("LIST")},
        {QStringLiteral("numbers-file"), FidelityCommand::tr("Read P1 to P3's numbers from FILE."),
         QStringLiteral("FILE")},
        {QStringLiteral("python"), FidelityCommand::tr("The CPython interpreter to run (default python3 on PATH)."),
         QStringLiteral("PATH")},
        {QStringLiteral("json"), FidelityCommand::tr("Print the table as JSON instead of text.")},
    });
    int rounds = 3;
    std::vector<std::uint64_t> numbers;
    try {
        Options opt(parser, QStringLiteral("fidelity"));
        opt.parse(args);
        if (const auto text = opt.helpOrVersion()) {
            put(text->toUtf8());
            return Ok;
        }
        rounds = opt.workers(QStringLiteral("rounds"), 3, 1, 50);
        numbers = opt.numbers(QStringLiteral("numbers"), QStringLiteral("numbers-file"),
                              {kBookSample.begin(), kBookSample.end()});
    } catch (const UsageError &e) {
        return reportUsageError(QStringLiteral("fidelity"), e);
    }
    const bool json = parser.isSet(QStringLiteral("json"));

    QString why;
    auto cpython = CPythonFidelityEngine::create(parser.value(QStringLiteral("python")), &why);
    if (!cpython) {
        std::fprintf(stderr, "concurrency-lab fidelity: error: %s\n", qPrintable(TerminalText::safe(why)));
        return RunFailed;
    }
    EmulatedFidelityEngine emulated;
    FidelityRunner runner(FidelityExperiments::all(numbers, raceNumbers()), rounds, *cpython, emulated);
    SignalWatch watch([&runner](int) { runner.cancel(); });

    const QString interpreter = cpython->interpreter().describe();
    //: %1 the interpreter ("CPython 3.11.2 (/usr/bin/python3)"), %n the rounds
    std::fprintf(stderr, "%s\n",
                 qPrintable(
                     FidelityCommand::tr("%1 against the emulation, %n round(s)", nullptr, rounds).arg(interpreter)));
    const auto rows = runner.exec([](const FidelityStep &step, const FidelitySample &sample) {
        std::fprintf(stderr, "%s\n", qPrintable(FidelityTable::progressLine(step, sample)));
    });
    if (json)
        put(FidelityJsonReport::build(rows, rounds, interpreter, runner.cancelled()));
    else
        put(FidelityTable::text(rows, rounds, interpreter).toUtf8());
    if (runner.cancelled()) {
        std::fprintf(stderr, "%s\n", qPrintable(FidelityCommand::tr("cancelled")));
        return Interrupted;
    }
    return Ok;
}

} // namespace conlab::cli
