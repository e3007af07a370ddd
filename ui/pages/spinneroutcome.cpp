#include "pages/spinneroutcome.h"

namespace conlab {

std::optional<SpinnerOutcome> SpinnerOutcomes::classify(const SpinnerReport &report)
{
    if (!report.ok())
        return std::nullopt;
    if (report.frames.empty())
        return SpinnerOutcome::NeverAppears;
    if (report.maxGapNs > kStutterGapNs)
        return SpinnerOutcome::Stutters;
    return SpinnerOutcome::KeepsSpinning;
}

QString SpinnerOutcomes::name(SpinnerOutcome outcome)
{
    switch (outcome) {
    case SpinnerOutcome::KeepsSpinning: return tr("Keeps spinning");
    case SpinnerOutcome::Stutters: return tr("Stutters");
    case SpinnerOutcome::NeverAppears: return tr("Never appears");
    }
    return {};
}

} // namespace conlab
