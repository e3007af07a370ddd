#pragma once
#include "spinner/spinnerevents.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace conlab {

// What the audience saw, in the words of the prediction question.
enum class SpinnerOutcome { KeepsSpinning = 1, Stutters = 2, NeverAppears = 3 };

class SpinnerOutcomes
{
    Q_DECLARE_TR_FUNCTIONS(conlab::SpinnerOutcomes)
public:
    // A glyph frozen for 2.5 frames is a stutter anyone in the room notices.
    static constexpr std::int64_t kStutterGapNs = 250'000'000;

    // From the engine's report: no frame at all, a gap over 250 ms, or a
    // steady spin. Nothing for a cancelled or failed run: it measured nothing.
    static std::optional<SpinnerOutcome> classify(const SpinnerReport &report);
    // "Keeps spinning" etc., as offered in the question.
    static QString name(SpinnerOutcome outcome);
};

} // namespace conlab
