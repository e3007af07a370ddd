// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/audience/votebox.h"

namespace conlab {

int VoteBox::open(const QString &questionKey, const QHash<QString, QuestionTexts> &texts, const QuestionTexts &shown)
{
    const std::lock_guard lock(mutex_);
    hasRound_ = true;
    tally_ = RoundTally{};
    tally_.round = ++lastRound_;
    ++version_;
    tally_.questionKey = questionKey;
    tally_.question = shown.question;
    tally_.answers = shown.answers;
    tally_.outcomes = shown.outcomes;
    tally_.open = true;
    tally_.openedAt = QDateTime::currentDateTime();
    texts_ = texts;
    answers_.clear();
    return tally_.round;
}

void VoteBox::close()
{
    const std::lock_guard lock(mutex_);
    if (!hasRound_ || !tally_.open)
        return;
    tally_.open = false;
    tally_.closedAt = QDateTime::currentDateTime();
    ++version_;
}

void VoteBox::reveal(int outcome)
{
    const std::lock_guard lock(mutex_);
    if (!hasRound_ || tally_.open || outcome < 1 || outcome > 3)
        return;
    tally_.revealed = true;
    tally_.outcome = outcome;
    ++version_;
}

void VoteBox::clear()
{
    const std::lock_guard lock(mutex_);
    hasRound_ = false;
    tally_ = RoundTally{};
    texts_.clear();
    answers_.clear();
    ++version_;
}

VoteBox::VoteResult VoteBox::vote(const QByteArray &token, int answer)
{
    Q_ASSERT(answer >= 1 && answer <= 3);
    const std::lock_guard lock(mutex_);
    if (!hasRound_)
        return VoteResult::NoRound;
    if (!tally_.open)
        return VoteResult::Closed;
    const auto it = answers_.find(token);
    if (it == answers_.end()) {
        if (answers_.size() >= kMaxVoters)
            return VoteResult::Full;
        answers_.insert(token, answer);
        ++tally_.counts[answer - 1];
        ++version_;
        return VoteResult::Counted;
    }
    if (*it == answer)
        return VoteResult::Same;
    --tally_.counts[*it - 1];
    ++tally_.counts[answer - 1];
    *it = answer;
    ++version_;
    return VoteResult::Changed;
}

std::optional<int> VoteBox::answerOf(const QByteArray &token) const
{
    const std::lock_guard lock(mutex_);
    const auto it = answers_.constFind(token);
    if (!hasRound_ || it == answers_.cend())
        return std::nullopt;
    return *it;
}

RoundTally VoteBox::tally() const
{
    const std::lock_guard lock(mutex_);
    return tally_;
}

std::optional<QuestionTexts> VoteBox::texts(const QString &language) const
{
    const std::lock_guard lock(mutex_);
    if (!hasRound_)
        return std::nullopt;
    if (const auto it = texts_.constFind(language); it != texts_.cend())
        return *it;
    if (const auto it = texts_.constFind(QStringLiteral("en")); it != texts_.cend())
        return *it;
    return QuestionTexts{tally_.question, tally_.answers, tally_.outcomes};
}

} // namespace conlab
