// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <QString>
#include <QStringList>
#include <array>

namespace conlab {

// A text a phone sees, kept as its translation key rather than as text: each
// phone picks its own language, whatever the window speaks, so the text is
// looked up per language when a round opens (PhoneTranslations).
struct PhoneText
{
    const char *context = "";
    const char *source = "";
};

// A question the room answers from phones: a page's predict question with
// its three answers, numbered 1 to 3 as the keys that pick them on the page.
struct AudienceQuestion
{
    QString key; // stable, for files: "spinner"
    PhoneText question;
    std::array<PhoneText, 3> answers;
    // What each answer says once the run has shown it ("Never appeared"),
    // for the reveal's line "62% said Keep spinning; it never appeared".
    std::array<PhoneText, 3> outcomes;

    // The spinner pages' question. The answers are SpinnerVerdict's names
    // ("Keeps spinning"), the words the verdict and the CLI use.
    static AudienceQuestion spinner();
};

// A question in one language, as a round stores and serves it.
struct QuestionTexts
{
    QString question;
    QStringList answers;  // three
    QStringList outcomes; // three
};

} // namespace conlab
