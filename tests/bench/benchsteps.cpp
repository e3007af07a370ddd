// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "benchsteps.h"

#include <cstdio>
#include <cstdlib>
#include <exception>

using namespace Qt::StringLiterals;

namespace conlab::bench {

Samples repeat(const QString &name, int runs, const std::function<double()> &once)
{
    Samples s;
    for (int k = 1; k <= runs; ++k) {
        s.push_back(once());
        std::fprintf(stderr, "%s %d/%d: %.4f\n", qPrintable(name), k, runs, s.back());
    }
    return s;
}

Pairs interleave(const QString &name, int runs, const std::function<double()> &a, const std::function<double()> &b)
{
    Pairs p;
    for (int k = 1; k <= runs; ++k) {
        p.a.push_back(a());
        p.b.push_back(b());
        p.ratios.push_back(p.a.back() / p.b.back());
        std::fprintf(stderr, "%s %d/%d: %.4f / %.4f = %.3f\n", qPrintable(name), k, runs, p.a.back(), p.b.back(),
                     p.ratios.back());
    }
    return p;
}

QJsonObject pairEntry(const Pairs &p, const QString &aKey, const QString &bKey, const QString &of)
{
    QJsonObject e = series(p.ratios, 4);
    e[u"of"] = of;
    e[aKey] = series(p.a, 4);
    e[bKey] = series(p.b, 4);
    return e;
}

bool measure(QJsonObject &report, const QString &key, const std::function<QJsonObject()> &f)
{
    std::fprintf(stderr, "== %s\n", qPrintable(key));
    try {
        report[key] = f();
        return true;
    } catch (const std::exception &e) {
        std::fprintf(stderr, "%s failed: %s\n", qPrintable(key), e.what());
        report[key] = QJsonObject{{u"error"_s, QString::fromLocal8Bit(e.what())}};
        return false;
    }
}

double loadAverage()
{
    double load[1] = {0.0};
    return ::getloadavg(load, 1) == 1 ? rounded(load[0], 2) : -1.0;
}

} // namespace conlab::bench
