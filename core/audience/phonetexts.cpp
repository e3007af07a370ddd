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
// Written out, not through a macro: lupdate reads QT_TRANSLATE_NOOP only
// where it is spelt. The keys are the page's (resources/audience/vote.html); %1 is filled in by
// the page's script, as text.
const Entry kEntries[] = {
    {"title", QT_TRANSLATE_NOOP("conlab::PhoneTexts", "Concurrency Lab: vote")},
    {"codeLabel", QT_TRANSLATE_NOOP("conlab::PhoneTexts", "Session code")},
    {"codeHint", QT_TRANSLATE_NOOP("conlab::PhoneTexts", "The 4 digits on the projector")},
    {"needCode",
     QT_TRANSLATE_NOOP("conlab::PhoneTexts", "Type the session code first: the 4 digits on the projector.")},
    {"waiting", QT_TRANSLATE_NOOP("conlab::PhoneTexts", "No question right now. Keep this page open.")},
    {"open",
     QT_TRANSLATE_NOOP("conlab::PhoneTexts",
                       "Voting is open: tap your answer. You can change it until the run starts.")},
    {"closed", QT_TRANSLATE_NOOP("conlab::PhoneTexts", "Voting has closed: watch the projector.")},
    {"sending", QT_TRANSLATE_NOOP("conlab::PhoneTexts", "Sending your answer…")},
    //: On a phone; %1 the answer chosen, e.g. "Stutters"
    {"yourVote", QT_TRANSLATE_NOOP("conlab::PhoneTexts", "Your answer: %1")},
    {"noVote", QT_TRANSLATE_NOOP("conlab::PhoneTexts", "You have not answered yet.")},
    {"votersOne", QT_TRANSLATE_NOOP("conlab::PhoneTexts", "1 person has voted")},
    //: On a phone; %1 a number of people, 0 or more than 1
    {"votersOther", QT_TRANSLATE_NOOP("conlab::PhoneTexts", "%1 people have voted")},
    {"wrongCode",
     QT_TRANSLATE_NOOP("conlab::PhoneTexts", "That session code is wrong. Check the 4 digits on the projector.")},
    //: On a phone; %1 an HTTP status such as 503
    {"failed", QT_TRANSLATE_NOOP("conlab::PhoneTexts", "Your answer was not counted (error %1). Try again.")},
    {"network", QT_TRANSLATE_NOOP("conlab::PhoneTexts", "Cannot reach the lecturer's laptop. Retrying…")},
    {"revealed", QT_TRANSLATE_NOOP("conlab::PhoneTexts", "The room's answers")},
    //: On a phone after the run; %1 what it showed, e.g. "Never appeared"
    {"outcome", QT_TRANSLATE_NOOP("conlab::PhoneTexts", "What the run showed: %1")},
    //: On a phone: the badge on the bar of the answer the run showed
    {"outcomeTag", QT_TRANSLATE_NOOP("conlab::PhoneTexts", "The run")},
    //: On a phone: the name of the language switch
    {"language", QT_TRANSLATE_NOOP("conlab::PhoneTexts", "Language")},
};
} // namespace

QJsonObject PhoneTexts::json(const PhoneTranslations &translations, const QString &language)
{
    QJsonObject o;
    for (const Entry &e : kEntries)
        o.insert(QLatin1String(e.key), translations.text(language, PhoneText{"conlab::PhoneTexts", e.source}));
    return o;
}

} // namespace conlab
