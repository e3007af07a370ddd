// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <QByteArray>
#include <QStringView>

namespace conlab {

// Traces compress about tenfold, and Perfetto and chrome://tracing open
// gzip files as they are, so a trace named *.gz is written compressed.
class Gzip
{
public:
    // True for a path ending in ".gz" (any case): "run.json.gz".
    static bool wanted(QStringView path);
    // A complete gzip member (RFC 1952), as `gzip -dc` reads it.
    static QByteArray compress(const QByteArray &data);
    // What the path asks for: compressed for *.gz, else the data unchanged.
    static QByteArray forPath(QStringView path, const QByteArray &data);
};

} // namespace conlab
