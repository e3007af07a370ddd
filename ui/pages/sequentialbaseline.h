// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/pace/pace.h"
#include "core/primes/speedup.h"

#include <QHash>
#include <QObject>
#include <cstdint>
#include <optional>
#include <vector>

namespace conlab {

// The latest sequential wall time for each pace and number list, shared by
// every primes page, so a process-pool run can say "3.8 times faster than
// sequential" when the sequential run happened on another page. Lives on the
// GUI thread.
class SequentialBaseline : public QObject
{
    Q_OBJECT
public:
    static SequentialBaseline &instance();

    // Identifies a number list; hashing a million numbers takes ~20 ms, so
    // a page computes it once per run, not on every refresh.
    static QByteArray fingerprint(const std::vector<std::uint64_t> &numbers);
    // The run's pace is the key's; its model, workers and end time name it
    // on the speedup line.
    void record(const SpeedupBaseline &run, const QByteArray &fingerprint);
    // The latest sequential run of exactly these numbers at exactly this
    // pace; nothing when there is none, even if another pace has one.
    std::optional<SpeedupBaseline> lookup(const Pace &pace, const QByteArray &fingerprint) const;

signals:
    void changed();

private:
    using QObject::QObject;
    static QString key(const Pace &pace, const QByteArray &fingerprint);
    QHash<QString, SpeedupBaseline> wall_;
};

} // namespace conlab
