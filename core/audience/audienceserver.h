// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/audience/phonepage.h"
#include "core/audience/phonetranslations.h"
#include "core/audience/ratelimiter.h"
#include "core/audience/votertoken.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <memory>

namespace conlab {

class VoteBox;

// The room's HTTP API, on the listener's thread. It serves three things and
// nothing else, no file from disk, no listing:
//   GET  /       the phone's page
//   GET  /state  the round as JSON
//   POST /vote   {"code": "1234", "answer": 1..3}
// Every answer is JSON or the page, with a strict policy and no caching;
// every error says what was wrong. See the README's "Audience API".
class AudienceServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    AudienceServer(VoteBox *box, QString code, QObject *parent = nullptr);

signals:
    // A vote counted or changed; the service coalesces these for the window.
    void voted();

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    QHttpServerResponse respond(const QHttpServerRequest &request);
    QHttpServerResponse page(const QHttpServerRequest &request);
    QHttpServerResponse state(const QHttpServerRequest &request);
    QHttpServerResponse vote(const QHttpServerRequest &request);
    QString language(const QHttpServerRequest &request) const;
    QByteArray voterOf(const QHttpServerRequest &request) const;
    QByteArray newVoter(const QHttpServerRequest &request);
    static QHttpServerResponse error(QHttpServerResponse::StatusCode status, const QString &message);

    VoteBox *box_;
    QString code_;
    PhonePage page_;
    PhoneTranslations translations_;
    QHash<QString, QJsonObject> pageTexts_;
    VoterTokens tokens_;
    // Loose per address (a hall behind one NAT is one address), tight per
    // voter, and tighter for wrong codes: 10,000 codes take hours to try.
    RateLimiter perAddress_{4000, 2000, 4096};
    RateLimiter newVoters_{2000, 50, 4096};
    RateLimiter perVoter_{10, 2, 20000};
    RateLimiter wrongCodes_{30, 0.5, 4096};
    QElapsedTimer clock_;
};

} // namespace conlab
