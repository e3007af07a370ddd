#pragma once
#include "primes/primeevents.h"

#include <QByteArray>
#include <vector>

namespace conlab {

// Results as CSV (RFC 4180, header row, '.' decimals whatever the locale), in
// the order given: n,prime,elapsed_s,worker,start_s,end_s.
class CsvExport
{
public:
    static QByteArray results(const std::vector<PrimeResult> &results);
};

} // namespace conlab
