// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "benchreport.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <sys/utsname.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace conlab::bench {

double median(Samples v)
{
    if (v.empty())
        return std::nan("");
    std::sort(v.begin(), v.end());
    const std::size_t mid = v.size() / 2;
    return v.size() % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2.0;
}

double percentile(Samples v, double p)
{
    if (v.empty())
        return std::nan("");
    std::sort(v.begin(), v.end());
    const auto rank = static_cast<std::size_t>(std::ceil(p / 100.0 * static_cast<double>(v.size())));
    return v[std::clamp<std::size_t>(rank, 1, v.size()) - 1];
}

double rounded(double x, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(x * scale) / scale;
}

Target Target::scaled(double factor) const
{
    Target t = *this;
    for (std::optional<double> *bound : {&t.min, &t.max, &t.nominal})
        if (*bound)
            **bound *= factor;
    return t;
}

bool Target::met(double x) const
{
    return (!min || x >= *min) && (!max || x <= *max);
}

QJsonObject Target::toJson(int decimals) const
{
    QJsonObject o;
    if (nominal)
        o[u"nominal"] = rounded(*nominal, decimals);
    if (min)
        o[u"min"] = rounded(*min, decimals);
    if (max)
        o[u"max"] = rounded(*max, decimals);
    return o;
}

QJsonObject series(const Samples &samples, int decimals)
{
    QJsonArray all;
    for (double x : samples)
        all.append(rounded(x, decimals));
    return {{u"median"_s, rounded(median(samples), decimals)}, {u"samples"_s, all}};
}

void judge(QJsonObject &entry, const Target &target, int decimals)
{
    entry[u"target"] = target.toJson(decimals);
    entry[u"pass"] = target.met(entry.value(u"median").toDouble());
}

namespace {

QString cpuModel()
{
    QFile f(u"/proc/cpuinfo"_s);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    // /proc files report a size of 0, so atEnd() is no guide: read it all.
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("model name"))
            return QString::fromUtf8(line.mid(line.indexOf(':') + 1)).trimmed();
    }
    return {};
}

} // namespace

QJsonObject machine()
{
    QJsonObject m;
    m[u"nproc"] = static_cast<int>(::sysconf(_SC_NPROCESSORS_ONLN));
    m[u"cpu"] = cpuModel();
    utsname u{};
    if (::uname(&u) == 0) {
        m[u"kernel"] = QString(QString::fromLocal8Bit(u.sysname) + u' ' + QString::fromLocal8Bit(u.release));
        m[u"arch"] = QString::fromLocal8Bit(u.machine);
    }
    // Other work on the machine skews every figure; say how busy it was.
    double load[1] = {0.0};
    if (::getloadavg(load, 1) == 1)
        m[u"loadavg_1min_at_start"] = rounded(load[0], 2);
    return m;
}

QString isoDate()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

} // namespace conlab::bench
