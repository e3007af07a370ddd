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
    PHONE("waiting", "No question right now. Keep this page open."),
    PHONE("open", "Voting is open: tap your answer. You can change it until the run starts."),
    PHONE("closed", "Voting has closed: watch the projector."),
    PHONE("yourVote", "Your answer: %1"),
    PHONE("noVote", "You have not answered yet."),
    PHONE("voters1", "1 person voted"),
    PHONE("votersN", "%1 people voted"),
    PHONE("wrongCode", "That code is wrong: type the 4 digits on the projector."),
    PHONE("network", "Cannot reach the lecturer's laptop. Retrying…"),
    PHONE("revealed", "The room's answers"),
    PHONE("outcome", "What the run showed: %1"),
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
