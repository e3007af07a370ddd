// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/audience/audienceoptions.h"
#include "core/audience/audiencequestion.h"
#include "core/audience/votebox.h"
#include "core/vote/roundtally.h"

#include <QObject>
#include <QTimer>
#include <QUrl>
#include <atomic>
#include <memory>

namespace conlab {

class AudienceServer;
class PhoneTranslations;

// The room's vote as the window drives it: the listener on its own thread
// (so a hall voting at once never stalls the projector), the round, and a
// signal when the tally changed. Off until start(); stop() or the
// destructor closes the listener and joins its thread.
class AudienceService : public QObject
{
    Q_OBJECT
public:
    explicit AudienceService(QObject *parent = nullptr);
    ~AudienceService() override;

    // Binds at once, so a port in use is an error here, not later. The
    // address must be given (the window finds the LAN's); *error says what
    // failed and where.
    bool start(const AudienceOptions &options, QString *error);
    void stop();
    bool isListening() const { return listener_ != nullptr; }

    QUrl url() const { return url_; } // http://ADDR:PORT/ for people to type
    QUrl joinUrl() const;             // the same with ?c=CODE, for the QR code
    QString code() const { return code_; }
    quint16 port() const { return quint16(url_.port()); }
    void setCountsShownLive(bool live);
    bool countsShownLive() const { return countsLive_; }

    // GUI thread. A round opens when a page shows its question, closes
    // when Run starts, and is revealed with what the run showed.
    int openRound(const AudienceQuestion &question, const QuestionTexts &shown);
    void closeRound();
    void reveal(int outcome);
    void clearRound();
    RoundTally tally() const { return box_.tally(); }

signals:
    // A round changed, or votes came in: at most once per kPollMs for
    // votes, so 500 votes in a second are a few dozen repaints, not 500.
    void tallyChanged();

public:
    static constexpr int kPollMs = 30;

private:
    struct Listener;
    void notify();
    void pollVotes();

    VoteBox box_;
    std::unique_ptr<PhoneTranslations> translations_;
    std::unique_ptr<Listener> listener_;
    QTimer poll_;
    quint64 seenVersion_ = 0;
    QUrl url_;
    QString code_;
    bool countsLive_ = false;
};

} // namespace conlab
