// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/audience/audienceoptions.h"
#include "core/vote/roundtally.h"

#include <QObject>
#include <QPointer>
#include <vector>

class QAction;
class QWidget;

namespace conlab {

class AudienceService;
class AudienceStrip;
class ExperimentPage;
class JoinOverlay;

// The room's vote in the window. Off by default; when on, it keeps one
// round in step with the page on screen:
// - the page shows its question (shown, new variant, reset): a round opens;
// - Run starts: the round closes, so nobody votes after seeing the result;
// - the page reveals what the run showed: the round is revealed, and the
//   page shows the room's tally beside its verdict.
// A page without a question leaves the phones waiting. Revealed rounds are
// kept for Export votes (CSV) until the window closes.
class AudienceController : public QObject
{
    Q_OBJECT
public:
    // `pageArea` is what the join overlay covers; the strip goes where the
    // window puts strip().
    AudienceController(QWidget *pageArea, QObject *parent = nullptr);
    ~AudienceController() override;

    QAction *toggleAction() const { return toggle_; }
    QAction *showJoinAction() const { return showJoin_; }
    QAction *countsLiveAction() const { return countsLive_; }
    QAction *exportAction() const { return export_; }
    AudienceStrip *strip() const { return strip_; }
    JoinOverlay *overlay() const { return overlay_; }
    AudienceService *service() const { return service_; }

    // On with `options`; an empty bind means the LAN address. False with
    // *error saying what failed (no LAN address, port in use, ...).
    bool start(AudienceOptions options, QString *error);
    void stop();
    bool isOn() const;
    void setCurrentPage(ExperimentPage *page);
    const std::vector<RoundTally> &revealedRounds() const { return rounds_; }

signals:
    // For the status bar: a start that failed, an export written or not.
    void message(const QString &text);

private:
    void retranslate();
    void openRoundForPage();
    void onRunningChanged(bool running);
    void onRevealed();
    void onTallyChanged();
    void exportCsv();
    bool eventFilter(QObject *watched, QEvent *event) override;

    QWidget *pageArea_;
    AudienceService *service_ = nullptr;
    AudienceStrip *strip_ = nullptr;
    JoinOverlay *overlay_ = nullptr;
    QAction *toggle_ = nullptr;
    QAction *showJoin_ = nullptr;
    QAction *countsLive_ = nullptr;
    QAction *export_ = nullptr;
    QPointer<ExperimentPage> page_;
    std::vector<RoundTally> rounds_;
    bool loopbackOnly_ = false;
};

} // namespace conlab
