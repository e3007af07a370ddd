// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// The reader of results files. It is a fuzz target: every size and value is
// checked before it is used, and memory stays proportional to the input (at
// most a bit vector of SweepConfig::totalRuns() on top).
#include "core/sweep/sweepfile.h"

#include "core/numbers/numberlist.h"
#include "core/sweep/sweepfilekeys.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cmath>
#include <cstring>

namespace conlab {

namespace {

using namespace sweepkeys;

constexpr std::size_t kMaxIssues = 1000;

// A whole number in [lo, hi], or nullopt (also for 1e300, NaN and text).
std::optional<qint64> wholeNumber(const QJsonValue &v, qint64 lo, qint64 hi)
{
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (!std::isfinite(d) || d != std::floor(d) || d < double(lo) || d > double(hi))
        return std::nullopt;
    return static_cast<qint64>(d);
}

std::optional<QDateTime> isoDate(const QJsonValue &v)
{
    if (!v.isString())
        return std::nullopt;
    const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        return std::nullopt;
    return t.toUTC();
}

// Counts digit runs: an upper bound of the numbers in the text, found before
// the parser allocates for them.
qsizetype countTokens(const QByteArray &text)
{
    qsizetype n = 0;
    bool inDigits = false;
    for (char ch : text) {
        const bool digit = ch >= '0' && ch <= '9';
        if (digit && !inDigits)
            ++n;
        inDigits = digit || (inDigits && ch == '_');
    }
    return n;
}

class Reader
{
    Q_DECLARE_TR_FUNCTIONS(conlab::SweepFile)
public:
    // The header, or an error naming the field.
    std::optional<SweepData> header(QByteArrayView line, QString *error);
    void run(QByteArrayView line, qint64 lineNo, SweepLoad &out);
    void issue(SweepLoad &out, qint64 line, const QString &message);
    void finish(SweepLoad &out, qint64 lastLine);

private:
    std::vector<bool> seen_; // one flag per point of the sweep
    qint64 dropped_ = 0;
};

std::optional<QJsonObject> objectOf(QByteArrayView line, QString *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromRawData(line.data(), line.size()), &pe);
    if (pe.error != QJsonParseError::NoError) {
        //: %1 the JSON parser's message, %2 a column number
        *error = SweepFile::tr("not valid JSON (%1 at column %2)").arg(pe.errorString()).arg(pe.offset + 1);
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error = SweepFile::tr("not a JSON object");
        return std::nullopt;
    }
    return doc.object();
}

std::optional<SweepData> Reader::header(QByteArrayView line, QString *error)
{
    const auto fail = [&](const QString &why) -> std::optional<SweepData> {
        *error = why;
        return std::nullopt;
    };
    //: %1 a field name in the file
    const auto missing = [](QStringView key) { return tr("\"%1\" is missing or malformed").arg(key); };
    if (line.size() > kMaxHeaderLine)
        return fail(tr("the header is too long for a sweep results file"));
    const auto o = objectOf(line, error);
    if (!o)
        return std::nullopt;
    if (o->value(QStringView(kFormat)).toString() != QStringView(kFormatName))
        //: %1 the format name a results file must have
        return fail(tr("not a sweep results file (no \"format\":\"%1\")").arg(QStringView(kFormatName)));
    const QJsonValue version = o->value(QStringView(kVersionKey));
    if (const auto v = wholeNumber(version, 1, kVersion); !v) {
        if (version.isDouble() && version.toDouble() > kVersion)
            //: %1 the version in the file, %2 the newest version this app reads
            return fail(tr("version %1 is newer than this app reads (%2)").arg(version.toDouble()).arg(kVersion));
        return fail(missing(kVersionKey));
    }

    SweepData data;
    SweepConfig &c = data.config;
    const QJsonValue seriesValue = o->value(QStringView(kSeries));
    const QJsonArray series = seriesValue.toArray();
    if (!seriesValue.isArray() || series.isEmpty() || series.size() > SweepConfig::kMaxSeries)
        return fail(missing(kSeries));
    c.series.clear();
    for (const QJsonValue &v : series) {
        QString why;
        const auto s = SweepSeries::parse(v.toString(), &why);
        if (!v.isString() || !s)
            return fail(v.isString() ? why : missing(kSeries));
        c.series.push_back(*s);
    }
    const auto max = wholeNumber(o->value(QStringView(kMax)), 1, SweepConfig::kMaxWorkers);
    const auto runs = wholeNumber(o->value(QStringView(kRuns)), 1, SweepConfig::kMaxRuns);
    if (!max)
        return fail(missing(kMax));
    if (!runs)
        return fail(missing(kRuns));
    c.maxWorkers = int(*max);
    c.runs = int(*runs);
    const QJsonValue pace = o->value(QStringView(kPace));
    QString why;
    const auto p = Pace::parse(pace.toString(), &why);
    if (!pace.isString() || !p)
        return fail(pace.isString() ? why : missing(kPace));
    c.pace = *p;

    const QJsonValue numbers = o->value(QStringView(kNumbers));
    if (!numbers.isString())
        return fail(missing(kNumbers));
    const QByteArray text = numbers.toString().toUtf8();
    if (std::size_t(countTokens(text)) > SweepConfig::kMaxNumbers)
        //: %1 the most numbers a sweep may time
        return fail(tr("more than %1 numbers").arg(SweepConfig::kMaxNumbers));
    NumberList list = NumberListParser::parse(std::string_view(text.constData(), std::size_t(text.size())));
    if (!list.ok())
        //: %1 the field name, %2 what is wrong and where
        return fail(tr("\"%1\": %2").arg(QStringView(kNumbers), list.error->describe()));
    c.numbers = std::move(list.numbers);
    const QString hash = o->value(QStringView(kNumbersHash)).toString();
    if (hash != numbersHash(c.numbers))
        //: %1 the hash in the file, %2 the hash of the numbers in the file
        return fail(tr("numbers_hash '%1' does not match the numbers (%2)").arg(hash, numbersHash(c.numbers)));

    const QJsonValue host = o->value(QStringView(kHost));
    const auto cores = wholeNumber(o->value(QStringView(kCores)), 0, kMaxCores);
    const auto created = isoDate(o->value(QStringView(kCreated)));
    const QJsonValue app = o->value(QStringView(kAppVersion));
    if (!host.isString())
        return fail(missing(kHost));
    if (!cores)
        return fail(missing(kCores));
    if (!created)
        return fail(missing(kCreated));
    if (!app.isString())
        return fail(missing(kAppVersion));
    const QJsonValue cpython = o->value(QStringView(kCPython));
    if (!cpython.isUndefined() && !cpython.isString())
        return fail(missing(kCPython));
    data.machine = {host.toString(), int(*cores), *created, app.toString(), cpython.toString()};
    if (const QString invalid = c.validate(); !invalid.isEmpty())
        return fail(invalid);

    seen_.assign(std::size_t(c.totalRuns()), false);
    return data;
}

void Reader::issue(SweepLoad &out, qint64 line, const QString &message)
{
    // A file of a million garbage lines must not become a million messages.
    if (out.issues.size() >= kMaxIssues) {
        ++dropped_;
        return;
    }
    //: %1 a line number, %2 what is wrong with that line
    out.issues.push_back({line, tr("line %1: %2").arg(line).arg(message)});
}

void Reader::finish(SweepLoad &out, qint64 lastLine)
{
    if (dropped_ > 0)
        //: %1 a line number, %2 how many more lines had problems
        out.issues.push_back({lastLine, tr("line %1: %2 more lines were skipped").arg(lastLine).arg(dropped_)});
}

void Reader::run(QByteArrayView line, qint64 lineNo, SweepLoad &out)
{
    if (line.size() > kMaxRunLine)
        return issue(out, lineNo, tr("too long for a run"));
    QString why;
    const auto o = objectOf(line, &why);
    if (!o)
        return issue(out, lineNo, why);
    const SweepConfig &c = out.data->config;
    const QJsonValue seriesValue = o->value(QStringView(kSeries));
    const QString spec = seriesValue.toString();
    const auto parsed = SweepSeries::parse(spec, &why);
    const auto it = parsed ? std::find(c.series.begin(), c.series.end(), *parsed) : c.series.end();
    if (!seriesValue.isString() || it == c.series.end())
        //: %1 the series the line names
        return issue(out, lineNo, tr("series '%1' is not in the header").arg(spec));
    const auto workers = wholeNumber(o->value(QStringView(kWorkers)), 1, c.maxWorkers);
    if (!workers)
        //: %1 the largest worker count of the sweep
        return issue(out, lineNo, tr("\"workers\" must be a whole number from 1 to %1").arg(c.maxWorkers));
    const auto repeat = wholeNumber(o->value(QStringView(kRepeat)), 1, c.runs);
    if (!repeat)
        //: %1 how many runs per count the sweep has
        return issue(out, lineNo, tr("\"repeat\" must be a whole number from 1 to %1").arg(c.runs));
    const QJsonValue wallValue = o->value(QStringView(kWall));
    const double wall = wallValue.toDouble(-1.0);
    if (!wallValue.isDouble() || !std::isfinite(wall) || wall < 0.0 || wall > kMaxWallSeconds)
        //: %1 the longest run accepted, in seconds
        return issue(out, lineNo, tr("\"wall\" must be seconds from 0 to %1").arg(kMaxWallSeconds, 0, 'f', 0));
    const auto finished = isoDate(o->value(QStringView(kFinished)));
    if (!finished)
        return issue(out, lineNo, tr("\"finished\" must be an ISO 8601 date and time"));
    // Optional: absent is 0 (files written before they existed).
    std::optional<qint64> events[2];
    const char16_t *const eventKeys[2] = {kCrashes, kStalls};
    for (int k = 0; k < 2; ++k) {
        const QJsonValue v = o->value(QStringView(eventKeys[k]));
        events[k] = v.isUndefined() ? std::optional<qint64>(0) : wholeNumber(v, 0, kMaxEvents);
        if (!events[k])
            //: %1 a field name, %2 its largest value
            return issue(
                out, lineNo,
                tr("\"%1\" must be a whole number from 0 to %2").arg(QStringView(eventKeys[k])).arg(kMaxEvents));
    }

    SweepRun r;
    r.series = int(it - c.series.begin());
    r.workers = int(*workers);
    r.repeat = int(*repeat);
    r.wall = wall;
    r.finished = *finished;
    r.crashes = int(*events[0]);
    r.stalls = int(*events[1]);
    const std::size_t flag = (std::size_t(r.series) * std::size_t(c.maxWorkers) + std::size_t(r.workers - 1))
            * std::size_t(c.runs)
        + std::size_t(r.repeat - 1);
    if (seen_[flag])
        //: %1 a series spec, %2 a worker count, %3 a run number
        return issue(out, lineNo,
                     tr("a second result for %1 with %2 workers, run %3; the first is kept")
                         .arg(c.series[std::size_t(r.series)].spec())
                         .arg(r.workers)
                         .arg(r.repeat));
    seen_[flag] = true;
    out.data->runs.push_back(r);
}

bool blank(QByteArrayView line)
{
    for (char ch : line)
        if (ch != ' ' && ch != '\t' && ch != '\r')
            return false;
    return true;
}

} // namespace

SweepLoad SweepFile::parse(QByteArrayView bytes)
{
    SweepLoad out;
    if (bytes.size() > kMaxFileBytes) {
        //: %1 the largest size read, in MiB
        out.error = tr("line 1: the file is larger than %1 MiB").arg(kMaxFileBytes >> 20);
        return out;
    }
    const char *const begin = bytes.data();
    const qsizetype size = bytes.size();
    const auto lineEnd = [&](qsizetype from) -> qsizetype {
        const void *nl = from < size ? std::memchr(begin + from, '\n', std::size_t(size - from)) : nullptr;
        return nl ? static_cast<const char *>(nl) - begin : -1;
    };

    Reader reader;
    const qsizetype headerEnd = lineEnd(0);
    QString why;
    if (size == 0)
        why = tr("the file is empty");
    else if (headerEnd < 0)
        why = tr("the header is incomplete");
    else if (auto data = reader.header(QByteArrayView(begin, headerEnd), &why))
        out.data = std::move(data);
    if (!out.data) {
        //: %1 what is wrong with the header line
        out.error = tr("line 1: %1").arg(why);
        return out;
    }

    qint64 lineNo = 1;
    qsizetype pos = headerEnd + 1;
    while (pos < size) {
        ++lineNo;
        const qsizetype end = lineEnd(pos);
        const QByteArrayView line(begin + pos, (end < 0 ? size : end) - pos);
        if (end < 0) {
            // Every line is written whole with its newline; a line without one
            // is the run a killed sweep was writing, and a resume cuts it off.
            if (!blank(line))
                reader.issue(out, lineNo, tr("incomplete, the run in flight when the sweep stopped"));
            break;
        }
        if (!blank(line))
            reader.run(line, lineNo, out);
        pos = end + 1;
    }
    reader.finish(out, lineNo);
    return out;
}

} // namespace conlab
