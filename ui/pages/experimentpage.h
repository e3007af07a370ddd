// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/audience/audiencequestion.h"
#include "core/vote/roundtally.h"
#include "ui/settings/runsettings.h"

#include <QByteArray>
#include <QList>
#include <QWidget>
#include <optional>

class QAction;

namespace conlab {

// One experiment of the list: its controls, its live view, its code pane.
// The main window drives every page through this interface (Run, Stop, the
// toolbar's settings, export of the live view).
class ExperimentPage : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    // The page a stack entry holds: the page itself, or the page inside the
    // scroll area the window wraps it in. nullptr for anything else.
    static ExperimentPage *of(QWidget *holder);

    virtual QString title() const = 0;
    virtual bool canRun() const = 0;
    virtual bool isRunning() const = 0;
    virtual void applySettings(const RunSettings &settings) = 0;
    // The widget that PNG and SVG export render (the live view).
    virtual QWidget *liveView() = 0;
    // The page's actions on its runs for the File menu (exports, save and
    // open a recording), owned and kept enabled or not by the page. The main
    // window shows the current page's actions; shortcuts work while the page
    // is on screen.
    virtual QList<QAction *> fileActions() { return {}; }
    // The page's own arrangement (its splitters), kept across sessions; an
    // empty or foreign state leaves the defaults.
    virtual QByteArray saveLayout() const { return {}; }
    virtual void restoreLayout(const QByteArray &state) { Q_UNUSED(state); }

    // The room's vote (Audience): the question this page asks before Run,
    // if any, and what the last run showed as the number of its answer.
    virtual std::optional<AudienceQuestion> audienceQuestion() const { return std::nullopt; }
    virtual std::optional<int> audienceOutcome() const { return std::nullopt; }
    // The room's tally, shown beside the page's own reveal and kept with the
    // run it was about; nullopt takes it away.
    virtual void showRoomTally(const std::optional<RoundTally> &tally) { Q_UNUSED(tally); }

    // One run at a time in the whole window: while another page runs, the
    // main window names it here and this page's canRun() is false. Two runs
    // would share two cores and spoil each other's numbers, and the room
    // could not tell which view belongs to which run.
    void setRunBlockedBy(const QString &otherTitle);
    bool isRunBlocked() const { return !blockedBy_.isEmpty(); }
    QString runBlockedBy() const { return blockedBy_; }

public slots:
    virtual void run() = 0;
    virtual void stop() = 0;
    // Back to a clean question: no result, guess, chart or verdict of an
    // earlier run on screen. Does nothing while a run is going.
    virtual void resetPage() { }

signals:
    void runningChanged(bool running);
    void canRunChanged(bool canRun);
    // The user moved a splitter: saveLayout() has changed.
    void layoutChanged();
    // A fresh question is on screen (a new variant, a reset): the room's
    // vote opens a new round.
    void questionAsked();
    // A run ended and the page shows what it showed: audienceOutcome() has it.
    void revealed();

protected:
    // A page sits in a scroll area that gives it the viewport's width. Wrapped
    // labels then need their height at that width as a minimum, or the layout
    // squeezes them and zoomed text paints over the widget below.
    bool hasHeightForWidth() const override { return false; }
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    // The width the page has on screen (its scroll area's viewport), which
    // can be less than its own width when its minimum is wider. A page that
    // reflows (rows that become columns) does it here, on every change.
    virtual void availableWidthChanged(int width) { Q_UNUSED(width); }
    int availableWidth() const;
    // What the page's layout has for its rows at `width`: less its margins.
    int rowWidth(int width) const;

    // Called when setRunBlockedBy() changed the block: the page updates its
    // Run button and emits canRunChanged() as it does for its own reasons.
    virtual void runBlockChanged() { }

private:
    QString blockedBy_;
};

} // namespace conlab
