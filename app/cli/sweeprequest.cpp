// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "sweeprequest.h"

#include "core/numbers/sample.h"
#include "core/text/quotedvalue.h"

#include <QRegularExpression>
#include <algorithm>

namespace conlab::cli {

namespace {

const QString kSeries = QStringLiteral("series");
const QString kMax = QStringLiteral("max");
const QString kRuns = QStringLiteral("runs");
const QString kPace = QStringLiteral("pace");
const QString kNumbers = QStringLiteral("numbers");
const QString kNumbersFile = QStringLiteral("numbers-file");
const QString kPython = QStringLiteral("python");

std::vector<SweepSeries> parseSeries(const Options &opt)
{
    if (!opt.isSet(kSeries))
        return {SweepSeries{}};
    std::vector<SweepSeries> out;
    // Repeated options and commas both work: specs never hold a comma.
    for (const QString &value : opt.values(kSeries)) {
        for (const QString &part : value.split(u',')) {
            const QString spec = part.trimmed();
            QString why;
            const auto series = SweepSeries::parse(spec, &why);
            if (!series)
                throw UsageError{u"--series: " + why};
            for (const SweepSeries &s : out)
                if (s == *series)
                    //: %1 a series spec such as threads:gil=on
                    throw UsageError{SweepRequestParser::tr("--series: '%1' is given twice").arg(series->spec())};
            out.push_back(*series);
        }
    }
    return out;
}

QString specsOf(const std::vector<SweepSeries> &series)
{
    QStringList specs;
    for (const SweepSeries &s : series)
        specs << s.spec();
    return specs.join(u", ");
}

QSize parseSize(const Options &opt)
{
    const QString name = QStringLiteral("size");
    if (!opt.isSet(name))
        return SweepChartExport::kDefaultSize;
    static const QRegularExpression re(QStringLiteral(R"(^\s*(\d{1,6})\s*[xX]\s*(\d{1,6})\s*$)"));
    const QString text = opt.value(name);
    const QRegularExpressionMatch m = re.match(text);
    const int w = m.hasMatch() ? m.captured(1).toInt() : 0;
    const int h = m.hasMatch() ? m.captured(2).toInt() : 0;
    constexpr int lo = SweepRequestParser::kMinSide;
    constexpr int hi = SweepRequestParser::kMaxSide;
    if (w < lo || w > hi || h < lo || h > hi)
        //: %1 the value given (quoted), %2 and %3 the smallest and largest side in pixels
        throw UsageError{SweepRequestParser::tr("--size: %1 is not WIDTHxHEIGHT with each side from %2 to %3 pixels "
                                                "(for example 1600x900)")
                             .arg(QuotedValue::of(text))
                             .arg(lo)
                             .arg(hi)};
    return {w, h};
}

SweepChartOptions parseChart(const Options &opt)
{
    SweepChartOptions c;
    if (opt.isSet(QStringLiteral("speedup")))
        c.mode = SweepChartOptions::Mode::Speedup;
    const QString band = opt.choice(QStringLiteral("band"),
                                    {QStringLiteral("none"), QStringLiteral("minmax"), QStringLiteral("quartiles")},
                                    QStringLiteral("minmax"));
    c.band = band == u"none"   ? SweepChartOptions::Band::None
        : band == u"quartiles" ? SweepChartOptions::Band::Quartiles
                               : SweepChartOptions::Band::MinMax;
    c.ideal = opt.isSet(QStringLiteral("ideal"));
    c.bookOverlay = opt.isSet(QStringLiteral("book"));
    c.coreMarker = opt.workers(QStringLiteral("cores"), 0, 1, 4096);
    return c;
}

} // namespace

void SweepRequestParser::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        //: %1 the series a user may write, such as "processes, threads, threads:gil=off"
        {kSeries,
         tr("A line of the chart: %1. Repeat it, or separate specs with commas, for several "
            "(default processes). ':switch=MS' sets the GIL's switch interval of the threaded ones. "
            "processes:engine=cpython runs the book's procs.py in real CPython at each count, beside "
            "the emulated series (at CPython's own speed: --pace does not apply to it).")
             .arg(SweepSeries::knownSpecs().join(u", ")),
         QStringLiteral("SPEC")},
        {kMax, tr("Worker counts from 1 to N, N from 1 to 256 (default 20, as in the book)."), QStringLiteral("N")},
        {kRuns, tr("Runs at each count, 1 to 1000 (default 12, as in the book); the medians are plotted."),
         QStringLiteral("R")},
        {kPace, tr("native (default), cpython (~31 ns per division), book (~93 ns), or a multiplier."),
         QStringLiteral("P")},
        {kNumbers, tr("Numbers each run checks, separated by commas or spaces (default: the book's 20)."),
         QStringLiteral("LIST")},
        {kNumbersFile, tr("Read the numbers from a file, with the same rules."), QStringLiteral("FILE")},
        {kPython,
         tr("The interpreter of a processes:engine=cpython series (default: python3 on PATH). Without one "
            "the sweep is refused before it starts."),
         QStringLiteral("PATH")},
        {QStringLiteral("resume"),
         tr("Continue the unfinished sweep in FILE (its configuration is used); "
            "a finished one is only exported again."),
         QStringLiteral("FILE")},
        {QStringLiteral("out"), tr("Write every run as tidy CSV to FILE."), QStringLiteral("FILE")},
        {QStringLiteral("json"), tr("Print the runs and the statistics as JSON instead of the median lines.")},
        {QStringLiteral("png"), tr("Draw the chart to a PNG file."), QStringLiteral("FILE")},
        {QStringLiteral("svg"), tr("Draw the chart to an SVG file."), QStringLiteral("FILE")},
        {QStringLiteral("pdf"), tr("Draw the chart to a PDF file."), QStringLiteral("FILE")},
        {QStringLiteral("size"), tr("Chart size in logical pixels (default 1600x900)."), QStringLiteral("WxH")},
        {QStringLiteral("scale"), tr("PNG pixels per logical pixel, 0.25 to 8 (default 1; 2 for a sharp slide)."),
         QStringLiteral("F")},
        {QStringLiteral("speedup"), tr("Chart the speedup T(1)/T(N) instead of the time.")},
        {QStringLiteral("band"), tr("The spread drawn around each median: none, minmax (default) or quartiles."),
         QStringLiteral("B")},
        {QStringLiteral("ideal"), tr("Draw the ideal curve: T(1)/N, or N in speedup mode.")},
        {QStringLiteral("book"), tr("Overlay the book's medians, scaled to this sweep's 1-worker median.")},
        {QStringLiteral("cores"), tr("Mark N cores on the chart (default: the cores of the machine that ran it)."),
         QStringLiteral("N")},
    });
}

SweepRequest SweepRequestParser::parse(const Options &opt)
{
    SweepRequest r;
    r.config.series = parseSeries(opt);
    r.config.maxWorkers = opt.workers(kMax, r.config.maxWorkers, 1, SweepConfig::kMaxWorkers);
    r.config.runs = opt.workers(kRuns, r.config.runs, 1, SweepConfig::kMaxRuns);
    r.config.pace = opt.pace(kPace);
    r.config.numbers = opt.numbers(kNumbers, kNumbersFile, {kBookSample.begin(), kBookSample.end()});
    r.config.cpython.interpreter = opt.value(kPython);
    if (opt.isSet(kPython) && r.config.cpython.interpreter.isEmpty())
        throw UsageError{tr("--python: no interpreter given")};
    r.resume = opt.value(QStringLiteral("resume"));
    if (opt.isSet(QStringLiteral("resume")) && r.resume.isEmpty())
        throw UsageError{tr("--resume: no file given")};
    r.csv = opt.value(QStringLiteral("out"));
    r.png = opt.value(QStringLiteral("png"));
    r.svg = opt.value(QStringLiteral("svg"));
    r.pdf = opt.value(QStringLiteral("pdf"));
    r.json = opt.isSet(QStringLiteral("json"));
    r.chart = parseChart(opt);
    r.size = parseSize(opt);
    r.scale = opt.number(QStringLiteral("scale"), 1.0, 0.25, 8.0, QString());
    const double longest = std::max(r.size.width(), r.size.height()) * r.scale;
    if (longest > kMaxScaledSide)
        //: %1 the largest side in pixels of a PNG
        throw UsageError{
            tr("--size and --scale: the PNG would be more than %1 pixels wide or high").arg(kMaxScaledSide)};

    if (!r.wantsChart()) {
        for (const char *name : {"speedup", "band", "ideal", "book", "cores", "size", "scale"})
            if (opt.isSet(QString::fromLatin1(name)))
                //: %1 an option name such as speedup
                throw UsageError{
                    tr("--%1 applies to the chart; add --png, --svg or --pdf").arg(QString::fromLatin1(name))};
    } else if (!opt.isSet(QStringLiteral("png")) && opt.isSet(QStringLiteral("scale"))) {
        throw UsageError{tr("--scale applies to --png only; SVG and PDF scale by themselves")};
    }

    // A new sweep's configuration is checked here; a resumed one is the file's.
    if (r.resume.isEmpty()) {
        const QString invalid = r.config.validate();
        if (r.config.series.size() > std::size_t(SweepConfig::kMaxSeries))
            throw UsageError{u"--series: " + invalid};
        if (r.config.numbers.size() > SweepConfig::kMaxNumbers)
            throw UsageError{(opt.isSet(kNumbers) ? u"--numbers: "_qs : u"--numbers-file: "_qs) + invalid};
        if (!invalid.isEmpty())
            throw UsageError{invalid};
        if (opt.isSet(kPython) && !r.config.usesCPython())
            throw UsageError{tr("--python applies to a series with engine=cpython, such as processes:engine=cpython")};
    }
    return r;
}

void SweepRequestParser::checkResumeConflicts(const Options &opt, const SweepConfig &given, const SweepConfig &file,
                                              const QString &path)
{
    if (opt.isSet(kPython) && !file.usesCPython())
        //: %1 the results file
        throw UsageError{tr("--python applies to a series with engine=cpython, and the sweep in %1 has none")
                             .arg(QuotedValue::of(path))};
    const auto refuse = [&path](const QString &option, const QString &mine, const QString &theirs) {
        //: %1 option name, %2 the value given, %3 the results file, %4 the file's value
        throw UsageError{tr("--%1 %2 conflicts with the sweep in %3, which has %4; a resumed sweep keeps "
                            "its configuration (leave --%1 out)")
                             .arg(option, mine, QuotedValue::of(path), theirs)};
    };
    if (opt.isSet(kSeries) && given.series != file.series)
        refuse(kSeries, specsOf(given.series), specsOf(file.series));
    if (opt.isSet(kMax) && given.maxWorkers != file.maxWorkers)
        refuse(kMax, QString::number(given.maxWorkers), QString::number(file.maxWorkers));
    if (opt.isSet(kRuns) && given.runs != file.runs)
        refuse(kRuns, QString::number(given.runs), QString::number(file.runs));
    if (opt.isSet(kPace) && !(given.pace == file.pace))
        refuse(kPace, given.pace.name(), file.pace.name());
    if ((opt.isSet(kNumbers) || opt.isSet(kNumbersFile)) && given.numbers != file.numbers)
        refuse(opt.isSet(kNumbers) ? kNumbers : kNumbersFile,
               //: %1 how many numbers
               tr("(%1 numbers)").arg(given.numbers.size()),
               //: %1 how many numbers the results file has
               tr("other numbers (%1 of them)").arg(file.numbers.size()));
}

} // namespace conlab::cli
