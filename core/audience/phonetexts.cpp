// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/audience/phonetexts.h"

#include "core/audience/phonetranslations.h"

#include <QtGlobal>

namespace conlab {

namespace {
struct Entry
{
    const char *key;
    const char *source;
};
#define PHONE(key, text) {key, QT_TRANSLATE_NOOP("conlab::PhoneTexts", text)}
// The keys are the page's (resources/audience/vote.html); %1 is filled in by
// the page's script, as text.
const Entry kEntries[] = {
    PHONE("title", "Concurrency Lab: vote"),
    PHONE("codeLabel", "Session code"),
    PHONE("codeHint", "The 4 digits on the projector"),
    PHONE("needCode", "Type the session code first: the 4 digits on the projector."),
    PHONE("waiting", "No question right now. Keep this page open."),
    PHONE("open", "Voting is open: tap your answer. You can change it until the run starts."),
    PHONE("closed", "Voting has closed: watch the projector."),
    PHONE("sending", "Sending your answer…"),
    //: On a phone; %1 the answer chosen, e.g. "Stutters"
    PHONE("yourVote", "Your answer: %1"),
    PHONE("noVote", "You have not answered yet."),
    PHONE("votersOne", "1 person has voted"),
    //: On a phone; %1 a number of people, 0 or more than 1
    PHONE("votersOther", "%1 people have voted"),
    PHONE("wrongCode", "That session code is wrong. Check the 4 digits on the projector."),
    //: On a phone; %1 an HTTP status such as 503
    PHONE("failed", "Your answer was not counted (error %1). Try again."),
    PHONE("network", "Cannot reach the lecturer's laptop. Retrying…"),
    PHONE("revealed", "The room's answers"),
    //: On a phone after the run; %1 what it showed, e.g. "Never appeared"
    PHONE("outcome", "What the run showed: %1"),
    //: On a phone: the badge on the bar of the answer the run showed
    PHONE("outcomeTag", "The run"),
    //: On a phone: the name of the language switch
    PHONE("language", "Language"),
};
#undef PHONE
} // namespace

QJsonObject PhoneTexts::json(const PhoneTranslations &translations, const QString &language)
{
    QJsonObject o;
    for (const Entry &e : kEntries)
        o.insert(QLatin1String(e.key), translations.text(language, PhoneText{"conlab::PhoneTexts", e.source}));
    return o;
}

} // namespace conlab
