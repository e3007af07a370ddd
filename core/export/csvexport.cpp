#include "export/csvexport.h"

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

} // namespace conlab
