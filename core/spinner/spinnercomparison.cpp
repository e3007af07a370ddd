// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/spinner/spinnercomparison.h"

#include <QLocale>

namespace conlab {

bool SpinnerComparison::concerns(const SpinnerConfig &config)
{
    return config.model == SpinnerModel::Coroutine && (config.slow == SlowKind::Prime || config.slow == SlowKind::Nap);
}

void SpinnerComparison::record(const SpinnerConfig &config, const SpinnerReport &report)
{
    if (!concerns(config) || !report.ok() || report.slowSeconds <= 0)
        return;
    const Run run{config.pace, report.slowSeconds};
    if (config.slow == SlowKind::Prime)
        prime_ = run;
    else
        nap_ = run;
}

void SpinnerComparison::clear()
{
    prime_.reset();
    nap_.reset();
}

std::optional<double> SpinnerComparison::napOverPrime() const
{
    if (!prime_ || !nap_ || !(prime_->pace == nap_->pace))
        return std::nullopt;
    return nap_->slowSeconds / prime_->slowSeconds;
}

QString SpinnerComparison::text() const
{
    const QLocale locale;
    if (const std::optional<double> ratio = napOverPrime()) {
        //: %1 the ratio (e.g. 1.5), %2 and %3 seconds in slow() of S8 and S7
        return tr("S8 took %1× as long as S7 (%2 s against %3 s)")
            .arg(locale.toString(*ratio, 'f', 1), locale.toString(nap_->slowSeconds, 'f', 2),
                 locale.toString(prime_->slowSeconds, 'f', 2));
    }
    if (prime_ && nap_)
        //: %1 and %2 pace names (native, cpython, book)
        return tr("S8 ran at %1 pace and S7 at %2: run both at one pace to compare them")
            .arg(nap_->pace.name(), prime_->pace.name());
    if (prime_)
        return tr("Run S8 on the Power napping page to compare it with this S7 run");
    if (nap_)
        return tr("Run S7 on the GIL quiz page to compare it with this S8 run");
    return {};
}

} // namespace conlab
