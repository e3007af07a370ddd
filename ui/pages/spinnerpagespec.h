// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/record/runrecording.h"
#include "core/spinner/spinnerconfig.h"

#include <QList>
#include <QString>

namespace conlab {

// One choice on a spinner page: a model, a slow(), and the listing that
// shows it in Python. Labels are untranslated source text (QT_TRANSLATE_NOOP
// in the context "conlab::SpinnerPage"), translated when shown so a language
// switch reaches them.
struct SpinnerVariant
{
    SpinnerModel model = SpinnerModel::Thread;
    SlowKind slow = SlowKind::Sleep;
    const char *label = "";
    QString listing;
};

// What makes experiments 1 to 4 differ: their title, their one-paragraph
// lead, the valid combinations, and the listing the code pane compares
// every variant against.
struct SpinnerPageSpec
{
    const char *title = "";
    const char *intro = "";
    QList<SpinnerVariant> variants;
    QString baselineListing;

    // The variant that replays `recording`; -1, with *why set, when the
    // recording is of another kind or page, or holds no report.
    int variantFor(const RunRecording &recording, QString *why) const;

    static SpinnerPageSpec helloWorld();   // S1 to S3
    static SpinnerPageSpec blockingCall(); // S4
    static SpinnerPageSpec gilQuiz();      // S5 to S7
    static SpinnerPageSpec powerNapping(); // S8 and the executor variant
};

} // namespace conlab
