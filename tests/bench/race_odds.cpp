// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// conlab-race-odds: the racy report loop's odds in the model (RaceReport),
// row by row as README's table of CPython's counts has them, as Markdown.
// Run: bin/conlab-race-odds [--seeds N] [--cores C]
#include "core/numbers/sample.h"
#include "core/primes/raceodds.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>
#include <numeric>

using namespace conlab;
using namespace Qt::StringLiterals;

namespace {

int positive(const QCommandLineParser &parser, const QString &name, int fallback)
{
    if (!parser.isSet(name))
        return fallback;
    bool ok = false;
    const int n = parser.value(name).toInt(&ok);
    if (!ok || n < 1) {
        std::fprintf(stderr, "conlab-race-odds: --%s wants a whole number from 1, not \"%s\"\n", qPrintable(name),
                     qPrintable(parser.value(name)));
        std::exit(2);
    }
    return n;
}

QString cell(int n, int runs)
{
    return u"%1 (%2%)"_s.arg(n).arg(100.0 * n / runs, 0, 'f', 1);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Prints the race model's odds (complete, lost, hung) as a Markdown table."_s);
    parser.addHelpOption();
    parser.addOption(QCommandLineOption(u"seeds"_s, u"Runs per row, seeds 1 to N (default 400)."_s, u"N"_s));
    parser.addOption(
        QCommandLineOption(u"cores"_s, u"Cores of the modelled machine (default 2, as in EXPERIMENTS.md)."_s, u"C"_s));
    parser.process(app);
    const int seeds = positive(parser, u"seeds"_s, 400);
    const int cores = positive(parser, u"cores"_s, 2);

    const std::vector<std::uint64_t> book(kBookSample.begin(), kBookSample.end());
    std::vector<std::uint64_t> small(kSmallSampleCount);
    std::iota(small.begin(), small.end(), kSmallSampleFirst);
    struct Row
    {
        const char *name;
        const std::vector<std::uint64_t> *numbers;
        int workers;
    };
    const Row rows[] = {{"the book's 20", &book, 2},
                        {"the book's 20", &book, 4},
                        {"the book's 20", &book, 12},
                        {"400 small", &small, 2},
                        {"400 small", &small, 4}};

    std::printf("| numbers | workers | seeds | complete | lost (results lost: min, median, max) | hung |\n");
    std::printf("|---|---|---|---|---|---|\n");
    for (const Row &r : rows) {
        const RaceOdds odds = RaceOdds::over(*r.numbers, r.workers, cores, 1, seeds);
        QString lost = cell(odds.count(RaceOutcome::Lost), seeds);
        if (!odds.lostCounts.empty())
            lost += u" (%1, %2, %3)"_s.arg(odds.lostCounts.front())
                        .arg(odds.lostCounts[odds.lostCounts.size() / 2])
                        .arg(odds.lostCounts.back());
        std::printf("| %s | %d | %d | %s | %s | %s |\n", r.name, r.workers, seeds,
                    qPrintable(cell(odds.count(RaceOutcome::Complete), seeds)), qPrintable(lost),
                    qPrintable(cell(odds.count(RaceOutcome::Hung), seeds)));
    }
    return 0;
}
