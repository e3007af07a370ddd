// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/export/csvexport.h"

namespace conlab {

QByteArray CsvExport::results(const std::vector<PrimeResult> &results)
{
    QByteArray out = "n,prime,elapsed_s,worker,start_s,end_s\n";
    out.reserve(static_cast<qsizetype>(results.size()) * 64 + out.size());
    for (const PrimeResult &r : results) {
        out += QByteArray::number(r.n) + ',' + (r.prime ? "true" : "false") + ','
            + QByteArray::number(r.elapsed, 'f', 9) + ',' + QByteArray::number(r.worker) + ','
            + QByteArray::number(static_cast<double>(r.startNs) / 1e9, 'f', 9) + ','
            + QByteArray::number(static_cast<double>(r.endNs) / 1e9, 'f', 9) + '\n';
    }
    return out;
}

QByteArray CsvExport::spinnerFrames(const SpinnerReport &report)
{
    QByteArray out = "frame,glyph,t_s,gap_ms\n";
    std::int64_t previous = 0;
    for (const SpinnerFrame &f : report.frames) {
        // The engine draws | / - and a backslash; a recording edited by hand
        // may hold any character, and RFC 4180 quotes these.
        QByteArray glyph(1, f.glyph);
        if (glyph == "," || glyph == "\"" || glyph == "\n" || glyph == "\r") {
            glyph.replace('"', QByteArrayView("\"\""));
            glyph = QByteArray(1, '"') + glyph + '"';
        }
        out += QByteArray::number(f.index) + ',' + glyph + ','
            + QByteArray::number(static_cast<double>(f.tNs) / 1e9, 'f', 9) + ','
            + QByteArray::number(static_cast<double>(f.tNs - previous) / 1e6, 'f', 3) + '\n';
        previous = f.tNs;
    }
    return out;
}

} // namespace conlab
