// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/audience/audiencequestion.h"

#include <QtGlobal>

namespace conlab {

AudienceQuestion AudienceQuestion::spinner()
{
    // The answers reuse SpinnerVerdict's words, so the phone, the window's
    // question and the verdict say the same thing in every language.
    AudienceQuestion q;
    q.key = QStringLiteral("spinner");
    //: The question on the students' phones before a spinner run
    q.question = {"conlab::AudienceQuestion",
                  QT_TRANSLATE_NOOP("conlab::AudienceQuestion", "What will the spinner do?")};
    q.answers = {{{"conlab::SpinnerVerdict", "Keeps spinning"},
                  {"conlab::SpinnerVerdict", "Stutters"},
                  {"conlab::SpinnerVerdict", "Never appears"}}};
    q.outcomes = {{{"conlab::SpinnerVerdict", "Kept spinning"},
                   {"conlab::SpinnerVerdict", "Stuttered"},
                   {"conlab::SpinnerVerdict", "Never appeared"}}};
    return q;
}

} // namespace conlab
