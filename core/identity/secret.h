// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QRandomGenerator>
#include <QString>

namespace conlab {

// A session secret: `bytes` from the system's cryptographic source, as hex
// (safe in a URL without escaping).
struct Secret
{
    static QString hex(int bytes)
    {
        QByteArray raw(bytes, Qt::Uninitialized);
        QRandomGenerator::system()->generate(raw.begin(), raw.end());
        return QString::fromLatin1(raw.toHex());
    }
};

} // namespace conlab
