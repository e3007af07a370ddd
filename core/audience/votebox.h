// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/audience/audiencequestion.h"
#include "core/vote/roundtally.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <atomic>
#include <mutex>
#include <optional>

namespace conlab {

// The current round of the room's vote: its question in every phone
// language, and one answer per voter token. The window opens, closes and
// reveals rounds on the GUI thread; the listener's thread counts votes. Every
// call takes one short lock (no call does more than a hash look-up), so
// neither thread waits on the other for long.
class VoteBox
{
public:
    // A hall is a few hundred phones; the bound keeps a flood of fresh tokens
    // from growing the round without end.
    static constexpr int kMaxVoters = 5000;

    enum class VoteResult { Counted, Changed, Same, Closed, NoRound, Full };

    // A new round: the votes of the last one go. `texts` holds the question
    // per phone language ("en", "pt_BR", ...); `shown` is the window's.
    int open(const QString &questionKey, const QHash<QString, QuestionTexts> &texts, const QuestionTexts &shown);
    // Nobody votes after Run: votes sent later get Closed.
    void close();
    // What the run showed (1..3); the phones and the projector then see the
    // counts. Nothing happens without a closed round.
    void reveal(int outcome);
    // No question on screen: phones wait, and nothing can be voted.
    void clear();

    VoteResult vote(const QByteArray &token, int answer);
    // The voter's answer in the current round, if any.
    std::optional<int> answerOf(const QByteArray &token) const;

    RoundTally tally() const;
    // Goes up with every change to the round or its counts: the window
    // compares it at the screen's pace instead of being signalled per vote.
    quint64 version() const { return version_.load(std::memory_order_acquire); }
    // Counts on phones before the reveal, or not (the default).
    void setCountsShownLive(bool live) { countsLive_.store(live, std::memory_order_release); }
    bool countsShownLive() const { return countsLive_.load(std::memory_order_acquire); }
    // The question in `language`, or English; nullopt with no round.
    std::optional<QuestionTexts> texts(const QString &language) const;

private:
    // std::mutex, not QMutex: ThreadSanitizer sees its pthread calls, and
    // QMutex's futex it does not, so the tsan preset can check this class.
    mutable std::mutex mutex_;
    int lastRound_ = 0;
    bool hasRound_ = false;
    RoundTally tally_;
    QHash<QString, QuestionTexts> texts_;
    QHash<QByteArray, int> answers_; // token -> 1..3
    std::atomic<quint64> version_{0};
    std::atomic<bool> countsLive_{false};
};

} // namespace conlab
