// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <QByteArray>

namespace conlab {

// One voter, one device: the random token in the phone's cookie. Tokens are
// signed with the session's secret, so a client cannot make up tokens to
// vote many times; it can only ask for new ones, which the listener rations
// per address (AudienceServer).
class VoterTokens
{
public:
    VoterTokens(); // a fresh secret per listener: old cookies stop counting
    QByteArray issue() const;
    // True for a token this listener issued.
    bool verify(const QByteArray &token) const;

private:
    QByteArray signature(const QByteArray &id) const;
    QByteArray secret_;
};

} // namespace conlab
