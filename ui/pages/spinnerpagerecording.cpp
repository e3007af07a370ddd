// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// SpinnerPage: its file actions, the run on screen as a recording, and
// replays of saved runs.
#include "pages/spinnerpage.h"

#include "pages/recordingopener.h"
#include "pages/spinnercontrols.h"
#include "pages/spinnerreplay.h"
#include "widgets/spinnerreplaybanner.h"

#include <QAction>

namespace conlab {

void SpinnerPage::buildFiles()
{
    exports_ = new SpinnerExports(this, [this] { return recording(); });
    openAction_ = new QAction(this);
    openAction_->setShortcut(QKeySequence::Open);
    recordingOpener_ = new RecordingOpener(this, [this](const RunRecording &rec, const QString &path, QString *error) {
        if (running_) {
            *error = tr("a run is under way; stop it first");
            return false;
        }
        return replay(rec, path, error);
    });
    connect(openAction_, &QAction::triggered, recordingOpener_, &RecordingOpener::chooseAndOpen);
    // On the page too, so the shortcuts work while it is on screen, and only then.
    addActions(fileActions());
}

QList<QAction *> SpinnerPage::fileActions()
{
    return {openAction_, exports_->action(Export::Recording), exports_->action(Export::Csv),
            exports_->action(Export::Json), exports_->action(Export::Trace)};
}

std::optional<RunRecording> SpinnerPage::recording() const
{
    if (!shown_.report)
        return std::nullopt;
    RunRecording r = shown_;
    r.title = title();
    r.description = SpinnerChoices::modelName(r.spinner.model) + u' ' + SpinnerChoices::slowName(r.spinner.slow);
    return r;
}

bool SpinnerPage::replay(const RunRecording &recording, const QString &source, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (running_)
        return fail(tr("stop the run first"));
    if (recording.kind != RunRecording::Kind::Spinner)
        return fail(tr("this recording is of a primes run; open it on a primes page"));
    if (!recording.report)
        return fail(tr("the recording holds no report of the run"));
    const int variant = spec_.indexOf(recording.spinner.model, recording.spinner.slow);
    if (variant < 0)
        //: %1 the recorded model (thread, process, coroutine), %2 the recorded slow() kind
        return fail(tr("this page has no %1 spinner with slow() = %2; open the recording on the page that has it")
                        .arg(SpinnerChoices::modelName(recording.spinner.model),
                             SpinnerChoices::slowName(recording.spinner.slow)));

    setCurrentVariant(variant);
    controls_->setSleepSeconds(recording.spinner.seconds);
    // The replay stands in for the engine: it feeds this generation's inbox
    // and ends it, and the session hands the page its events as for a run.
    const quint64 generation = beginShowing(recording.spinner, true);
    shown_.recordedAt = recording.recordedAt;
    replayBanner_->showReplay(source.isEmpty() ? tr("a recording") : source, recording.recordedAt);
    replay_ = new SpinnerReplay(recording, events_->inbox(), this);
    connect(replay_, &SpinnerReplay::finished, this,
            [this, generation](const SpinnerReport &report) { session_->complete(generation, report); });
    setRunning(true);
    replay_->start();
    return true;
}

QString SpinnerPage::replayBannerText() const
{
    return isReplay() ? replayBanner_->bannerText() : QString();
}

FileJob *SpinnerPage::exportTo(Export what, const QString &path, QString *error) const
{
    return exports_->write(what, path, error);
}

} // namespace conlab
