// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/primes/primeevents.h"
#include "core/primes/primesconfig.h"

#include <QByteArray>

namespace conlab {

// Machine-readable primes output, schema "concurrency-lab.primes/1" (README).
// Written by hand rather than through QJsonDocument: n can be up to 2^64-1
// and must stay an exact integer, and a million results should stream
// without building a document tree first.
class JsonReport
{
public:
    explicit JsonReport(const PrimesConfig &config);
    void add(const PrimeResult &r);
    QByteArray finish(const RunSummary &summary);

private:
    QByteArray out_;
    bool first_ = true;
};

} // namespace conlab
