// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <QDateTime>
#include <QFrame>
#include <QString>
#include <optional>

class QLabel;
class QToolButton;

namespace conlab {

// "Replay of a recording from …" over the live view while a recording is on
// screen, so nobody takes it for a live run (an exported slide says it too),
// with a way past the wait while it plays.
class PrimesReplayBanner : public QFrame
{
    Q_OBJECT
public:
    explicit PrimesReplayBanner(QWidget *parent = nullptr);

    // A recording made at `recordedAt` (invalid: unknown), read from
    // `source` (a path; empty when it came from elsewhere).
    void showRecording(const QDateTime &recordedAt, const QString &source);
    // While it plays: how many times faster than recorded; nothing once it
    // reached its end.
    void setPlaying(std::optional<double> speed);
    // A live run or a reset took the page.
    void clear();
    // What the banner says; empty when no recording is on screen.
    QString text() const;

signals:
    void skipRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    QLabel *label_ = nullptr;
    QToolButton *skip_ = nullptr;
    bool shown_ = false;
    QDateTime recordedAt_;
    QString source_;
    std::optional<double> speed_;
};

} // namespace conlab
