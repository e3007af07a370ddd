// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/vote/roundtally.h"

#include <QFrame>
#include <QUrl>

class QLabel;
class QToolButton;
class QAction;

namespace conlab {

// One line over the page while Audience is on, large enough to read from
// the back: where to vote and the code, the round's state and how many have
// voted, and that the listener is open to the network. It costs a line of
// height; the QR code itself is in the join overlay, on demand.
class AudienceStrip : public QFrame
{
    Q_OBJECT
public:
    AudienceStrip(QAction *showJoin, QWidget *parent = nullptr);
    void setAddress(const QUrl &url, const QString &code, bool loopbackOnly);
    void setTally(const RoundTally &tally, bool hasQuestion);
    QString plainText() const;

signals:
    void turnOffRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    void applyFonts();
    QLabel *where_ = nullptr;
    QLabel *round_ = nullptr;
    QLabel *exposure_ = nullptr;
    QToolButton *off_ = nullptr;
    QUrl url_;
    QString code_;
    bool loopbackOnly_ = false;
    RoundTally tally_;
    bool hasQuestion_ = false;
};

} // namespace conlab
