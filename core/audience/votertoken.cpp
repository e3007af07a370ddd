// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/audience/votertoken.h"

#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace conlab {

namespace {
QByteArray randomBytes(int n)
{
    QByteArray raw(n, Qt::Uninitialized);
    QRandomGenerator::system()->generate(raw.begin(), raw.end());
    return raw;
}
constexpr int kIdBytes = 16;  // 128 bits: no two phones in any hall share one
constexpr int kSigBytes = 16; // half of HMAC-SHA256, beyond guessing
} // namespace

VoterTokens::VoterTokens() : secret_(randomBytes(32)) { }

QByteArray VoterTokens::signature(const QByteArray &id) const
{
    return QMessageAuthenticationCode::hash(id, secret_, QCryptographicHash::Sha256).left(kSigBytes);
}

QByteArray VoterTokens::issue() const
{
    const QByteArray id = randomBytes(kIdBytes);
    return QByteArray(id).append(signature(id)).toHex();
}

bool VoterTokens::verify(const QByteArray &token) const
{
    if (token.size() != 2 * (kIdBytes + kSigBytes))
        return false;
    for (const char c : token) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    }
    const QByteArray raw = QByteArray::fromHex(token);
    const QByteArray expected = signature(raw.left(kIdBytes));
    // Constant time, so the signature cannot be found byte by byte.
    unsigned char diff = 0;
    for (int i = 0; i < kSigBytes; ++i)
        diff |= static_cast<unsigned char>(expected[i] ^ raw[kIdBytes + i]);
    return diff == 0;
}

} // namespace conlab
