// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
// The results file's vocabulary, shared by the writer and the reader so that
// they cannot drift apart. Internal to core/sweep.
#include <QByteArray>
#include <QString>
#include <cstddef>

namespace conlab::sweepkeys {

inline constexpr char16_t kFormatName[] = u"concurrency-lab-sweep";
inline constexpr int kVersion = 1;

inline constexpr char16_t kFormat[] = u"format";
inline constexpr char16_t kVersionKey[] = u"version";
inline constexpr char16_t kSeries[] = u"series";
inline constexpr char16_t kMax[] = u"max";
inline constexpr char16_t kRuns[] = u"runs";
inline constexpr char16_t kPace[] = u"pace";
// Decimal text, space separated: JSON numbers are doubles, which cannot hold
// every 64-bit n, and one string keeps a long list compact.
inline constexpr char16_t kNumbers[] = u"numbers";
inline constexpr char16_t kNumbersHash[] = u"numbers_hash";
inline constexpr char16_t kHost[] = u"host";
inline constexpr char16_t kCores[] = u"cores";
inline constexpr char16_t kCreated[] = u"created";
inline constexpr char16_t kAppVersion[] = u"app_version";
// Optional, written only for a sweep with a CPython series.
inline constexpr char16_t kCPython[] = u"cpython";

inline constexpr char16_t kWorkers[] = u"workers";
inline constexpr char16_t kRepeat[] = u"repeat";
inline constexpr char16_t kWall[] = u"wall";
inline constexpr char16_t kFinished[] = u"finished";
// Optional, written only when not 0: a file without them reads as an
// undisturbed sweep, and an older app that ignores them still reads the file.
inline constexpr char16_t kCrashes[] = u"crashes";
inline constexpr char16_t kStalls[] = u"stalls";
inline constexpr int kMaxEvents = 1'000'000;

// What the reader accepts: a run line is about 100 bytes; a header holds at
// most SweepConfig::kMaxNumbers numbers of at most 20 digits each.
inline constexpr qsizetype kMaxRunLine = 4096;
inline constexpr qsizetype kMaxHeaderLine = 10'000'000 * 21 + 65536;
inline constexpr qint64 kMaxFileBytes = qint64(1) << 30;
inline constexpr double kMaxWallSeconds = 1e7; // about four months
inline constexpr int kMaxCores = 1 << 20;

inline QString key(const char16_t *k)
{
    return QString::fromUtf16(k);
}

} // namespace conlab::sweepkeys
