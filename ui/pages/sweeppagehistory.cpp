// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// SweepPage: the sweeps kept on disk. The list of past sweeps, the offer to
// resume an unfinished one, and opening one (or two, to compare).
#include "pages/sweeppage.h"

#include "pages/sweephistory.h"
#include "sweep/sweepchart.h"
#include "sweep/sweepchartbuilder.h"
#include "sweep/sweeptext.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QLabel>
#include <QStackedWidget>
#include <QtConcurrent/QtConcurrentRun>
#include <functional>

namespace conlab {

namespace {

// Results files are read on a pool thread: a header can hold ten million
// numbers. `done` runs on the GUI thread, unless `owner` is gone by then.
template <typename Result>
void readInBackground(QObject *owner, std::function<Result()> read, std::function<void(const Result &)> done)
{
    auto *watcher = new QFutureWatcher<Result>(owner);
    QObject::connect(watcher, &QFutureWatcher<Result>::finished, owner, [watcher, done = std::move(done)] {
        done(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(std::move(read)));
}

} // namespace

void SweepPage::showEvent(QShowEvent *event)
{
    ExperimentPage::showEvent(event);
    // Files may have come or gone (another window, the CLI): look again.
    history_->refresh();
}

void SweepPage::historyScanned()
{
    // A sweep stopped a moment ago is offered too: Resume is the way on.
    // Only a running sweep, or one the lecturer dismissed, is not.
    const std::optional<SweepListing> &u = history_->unfinished();
    if (!u || isRunning() || dismissed_.contains(u->path)) {
        banner_->hide();
        return;
    }
    bannerPath_ = u->path;
    //: %1 the sweep's date, %2 runs done, %n runs in all
    bannerLabel_->setText(tr("An unfinished sweep from %1 (%2 of %n runs).", nullptr, u->total)
                              .arg(SweepText::date(u->created))
                              .arg(u->done));
    banner_->show();
}

void SweepPage::resumeUnfinished()
{
    if (isRunning() || bannerPath_.isEmpty())
        return;
    const QString path = bannerPath_;
    const quint64 generation = ++loadGeneration_;
    setStatus([] { return tr("Opening…"); });
    readInBackground<SweepLoad>(this, [path] { return SweepFile::load(path); },
                                [this, path, generation](const SweepLoad &load) {
                                    if (generation == loadGeneration_ && !isRunning())
                                        resumeLoaded(path, load);
                                });
}

void SweepPage::resumeLoaded(const QString &path, const SweepLoad &load)
{
    if (!load.data) {
        //: %1 file path, %2 why it cannot be read
        setStatus(tr("%1 cannot be resumed: %2").arg(path, load.error), true);
        return;
    }
    if (load.data->complete()) {
        banner_->hide();
        setStatus([] { return tr("That sweep is complete already."); });
        return;
    }
    QString error;
    std::unique_ptr<SweepFile> file = SweepFile::openForAppend(path, &error);
    if (!file) {
        //: %1 file path, %2 why it cannot be written
        setStatus(tr("%1 cannot be resumed: %2").arg(path, error), true);
        return;
    }
    // The controls show what the resumed sweep runs (its own settings, not
    // the ones on screen).
    setSeries(load.data->config.series);
    setMaxWorkers(load.data->config.maxWorkers);
    setRuns(load.data->config.runs);
    startSweep(*load.data, std::move(file));
}

void SweepPage::discardUnfinished()
{
    // Only the offer goes: the file stays, and the list still opens it.
    dismissed_.insert(bannerPath_);
    banner_->hide();
}

void SweepPage::openSweeps(const QStringList &paths)
{
    if (isRunning() || paths.isEmpty())
        return;
    const quint64 generation = ++loadGeneration_;
    using Loads = std::vector<SweepLoad>;
    setStatus([] { return tr("Opening…"); });
    readInBackground<Loads>(
        this,
        [paths] {
            Loads loads;
            for (const QString &p : paths)
                loads.push_back(SweepFile::load(p));
            return loads;
        },
        [this, paths, generation](const Loads &loads) {
            if (generation == loadGeneration_ && !isRunning())
                sweepsLoaded(paths, loads);
        });
}

void SweepPage::sweepsLoaded(const QStringList &paths, const std::vector<SweepLoad> &loads)
{
    QStringList notes;
    bool problem = false;
    for (std::size_t i = 0; i < loads.size(); ++i) {
        const QString name = QFileInfo(paths.value(static_cast<qsizetype>(i))).fileName();
        const SweepLoad &l = loads[i];
        if (!l.data) {
            //: %1 file name, %2 why it cannot be used
            notes << tr("%1 cannot be opened: %2").arg(name, l.error);
            problem = true;
            continue;
        }
        if (!l.issues.empty()) {
            const SweepFileIssue &first = l.issues.front();
            //: %1 file name, %n how many lines, %2 the first bad line's number, %3 what is wrong with it
            notes << tr("%1: %n lines skipped (line %2: %3)", nullptr, static_cast<int>(l.issues.size()))
                         .arg(name)
                         .arg(first.line)
                         .arg(first.message);
            problem = true;
        }
    }
    const bool first = !loads.empty() && loads.front().data;
    if (first) {
        std::optional<SweepData> compare;
        if (loads.size() > 1 && loads[1].data)
            compare = loads[1].data;
        chart_->builder()->setSweeps(loads.front().data, compare);
        view_->setCurrentWidget(chart_);
        shownPath_ = paths.front();
        const SweepData &d = *loads.front().data;
        done_ = static_cast<int>(d.runs.size());
        total_ = d.config.totalRuns();
        eta_ = -1.0;
        updateProgress();
    }
    if (notes.isEmpty() && first)
        //: %1 the file's name, %2 its date
        notes << tr("Showing %1 from %2.").arg(QFileInfo(shownPath_).fileName(),
                                               SweepText::date(loads.front().data->machine.created));
    setStatus(notes.join(u' '), problem);
    updateControls();
}

} // namespace conlab
