// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/spinner/slowestimate.h"

#include "kernel/isqrt.h"

namespace conlab {

double slowPrimeSeconds(const Pace &pace, std::uint64_t number)
{
    // is_prime divides by 3, 5, 7, ... up to isqrt(n) for a prime n.
    const std::uint64_t root = isqrt(number);
    const double divisions = root >= 3 ? static_cast<double>((root - 1) / 2) : 0.0;
    return divisions * PaceCalibration::instance().targetNsPerDivision(pace) * 1e-9;
}

QString roughSeconds(double seconds)
{
    return QString::number(seconds, 'g', 2) + QStringLiteral(" s");
}

QString fillListingPlaceholders(QString listing, const Pace &pace)
{
    if (listing.contains(QStringLiteral("{{slow_cpu}}")))
        listing.replace(QStringLiteral("{{slow_cpu}}"), roughSeconds(slowPrimeSeconds(pace)));
    return listing;
}

} // namespace conlab
