// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/pages/sequentialbaseline.h"

#include <QCryptographicHash>

namespace conlab {

SequentialBaseline &SequentialBaseline::instance()
{
    static SequentialBaseline baseline;
    return baseline;
}

QByteArray SequentialBaseline::fingerprint(const std::vector<std::uint64_t> &numbers)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(numbers.data()),
                                static_cast<qsizetype>(numbers.size() * sizeof(std::uint64_t))));
    return hash.result().toHex();
}

// A speedup only means something for the same work at the same pace, so the
// key holds both; a multiplier in full, since its name rounds it.
QString SequentialBaseline::key(const Pace &pace, const QByteArray &fingerprint)
{
    return QString::number(static_cast<int>(pace.kind)) + u'/' + QString::number(pace.multiplier, 'g', 17) + u'/'
        + QString::fromLatin1(fingerprint);
}

void SequentialBaseline::record(const SpeedupBaseline &run, const QByteArray &fingerprint)
{
    wall_.insert(key(run.pace, fingerprint), run);
    emit changed();
}

std::optional<SpeedupBaseline> SequentialBaseline::lookup(const Pace &pace, const QByteArray &fingerprint) const
{
    const auto it = wall_.constFind(key(pace, fingerprint));
    if (it == wall_.constEnd() || !(it->pace == pace))
        return std::nullopt;
    return *it;
}

} // namespace conlab
