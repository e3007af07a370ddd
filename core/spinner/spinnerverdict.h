// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/spinner/spinnerconfig.h"
#include "core/spinner/spinnerevents.h"

#include <QCoreApplication>
#include <QString>
#include <cstdint>
#include <optional>

namespace conlab {

// What the audience saw, in the words of the prediction question. The
// values are the keys 1, 2 and 3 that pick each answer.
enum class SpinnerOutcome { KeepsSpinning = 1, Stutters = 2, NeverAppears = 3 };

// The verdict on one spinner run: what the room saw and one line of why,
// built from the engine's own figures (frame times, longest gap, time in
// slow(), GIL statistics) and the choices the run was made with. It lives in
// core so the GUI's reveal and the CLI's JSON say the same thing.
class SpinnerVerdict
{
    Q_DECLARE_TR_FUNCTIONS(conlab::SpinnerVerdict)
public:
    enum class Kind {
        Measured,    // outcome holds what the spinner did
        TooQuick,    // slow() ended before a spinner could show anything
        NotFinished, // cancelled or failed: nothing was measured
    };

    // A glyph frozen for 2.5 frames is a stutter anyone in the room notices.
    static constexpr std::int64_t kStutterGapNs = 250'000'000;
    // Below three frame intervals there is no time to see a spinner do
    // anything, whatever the model: the lesson needs a slower pace.
    // (Three frame intervals, written out: 3 * 0.1 is a hair over 0.3.)
    static constexpr double kTooQuickSeconds = 0.3;

    Kind kind = Kind::NotFinished;
    std::optional<SpinnerOutcome> outcome; // set for Kind::Measured only
    QString why;                           // one line, translated

    static SpinnerVerdict of(const SpinnerConfig &config, const SpinnerReport &report);

    // From the report alone: no frame at all, a gap over 250 ms, or a
    // steady spin. Nothing for a cancelled or failed run. Says nothing of
    // a run too quick to tell: of() does.
    static std::optional<SpinnerOutcome> classify(const SpinnerReport &report);
    // True when slow() took too little time for the spinner to be judged.
    static bool tooQuick(double slowSeconds) { return slowSeconds < kTooQuickSeconds; }

    // "Keeps spinning" etc., as offered in the question.
    static QString name(SpinnerOutcome outcome);
    // "Kept spinning", "Stuttered", "Never appeared": the verdict after a run.
    static QString headline(SpinnerOutcome outcome);
    // This verdict's headline, as the window shows it large and the CLI
    // prints it: one of the three above, "Too quick to tell" or "No verdict".
    QString headline() const;
    // Stable words for files: "keeps_spinning", "stutters", "never_appears".
    static QString key(SpinnerOutcome outcome);

    // The median time between two frames, in ns; 0 with fewer than two.
    static std::int64_t typicalGapNs(const SpinnerReport &report);

private:
    static QString whyMeasured(const SpinnerConfig &config, const SpinnerReport &report, SpinnerOutcome outcome);
};

} // namespace conlab
