// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <QDateTime>
#include <QLabel>

namespace conlab {

// Says loud and clear that the room is watching a recording of a spinner
// run, from which file and from when. Hidden while a live run is on screen.
class SpinnerReplayBanner : public QLabel
{
    Q_OBJECT
public:
    explicit SpinnerReplayBanner(QWidget *parent = nullptr);

    // `source` is the recording's path (its file name is shown); an invalid
    // `recordedAt` is said as an unknown time.
    void showReplay(const QString &source, const QDateTime &recordedAt);
    void clear();
    bool isShowingReplay() const { return !source_.isEmpty(); }
    // Empty while no replay is shown.
    QString bannerText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    QString source_;
    QDateTime recordedAt_;
};

} // namespace conlab
