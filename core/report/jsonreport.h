// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/primes/primeevents.h"
#include "core/primes/primesconfig.h"

#include <QByteArray>
#include <QString>

namespace conlab {

// Machine-readable primes output, schema "concurrency-lab.primes/1" (README).
// Written by hand rather than through QJsonDocument: n can be up to 2^64-1
// and must stay an exact integer, and a million results should stream
// without building a document tree first.
class JsonReport
{
public:
    // `engine` names what ran: "emulated" (this app's engine) or "cpython"
    // (the book's listing in a real interpreter).
    explicit JsonReport(const PrimesConfig &config, const QString &engine = QStringLiteral("emulated"));
    void add(const PrimeResult &r);
    QByteArray finish(const RunSummary &summary);

private:
    QByteArray out_;
    bool first_ = true;
};

} // namespace conlab
