// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <array>
#include <optional>

namespace conlab {

// One round of the room's vote as the projector shows it and files keep it:
// the question and answers in the window's language, how many chose each,
// and, once revealed, what the run showed. A plain value: the vote box hands
// out copies, and a recording stores one.
struct RoundTally
{
    int round = 0;       // 1, 2, ... within one session of the listener
    QString questionKey; // "spinner"
    QString question;
    QStringList answers;  // three
    QStringList outcomes; // three: what each answer says once shown
    std::array<int, 3> counts = {0, 0, 0};
    bool open = false;
    bool revealed = false;
    std::optional<int> outcome; // 1..3, set by the reveal
    QDateTime openedAt;
    QDateTime closedAt;

    int voters() const { return counts[0] + counts[1] + counts[2]; }
    // Whole per cent of the voters who chose `answer` (1..3), 0 with none.
    int percent(int answer) const;
    // The reveal's line: "62% said Keeps spinning; it never appeared." in
    // the window's language; empty before a reveal or without voters.
    QString revealLine() const;
    bool operator==(const RoundTally &) const = default;

    // For recordings: every field, dates as ISO 8601 with milliseconds.
    QJsonObject toJson() const;
    // Back, checked: nullopt with *error naming the field under `path`.
    static std::optional<RoundTally> fromJson(const QJsonValue &value, const QString &path, QString *error);
};

} // namespace conlab
