// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// PrimesPage: the racy run repeated N times (Repeat, beside the race box).
// RaceRepeat says which run comes next; the page runs each as it runs any
// other, so the room watches every run of the series go by.
#include "core/cpython/cpythonprimesrun.h"
#include "ui/engine/cpythonfollowup.h"
#include "ui/models/resultstablemodel.h"
#include "ui/pages/primespage.h"
#include "ui/primespage/primescontrols.h"
#include "ui/primespage/primescpythonpanel.h"
#include "ui/primespage/primesexports.h"
#include "ui/primespage/primesliveview.h"
#include "ui/primespage/primessource.h"
#include "ui/primespage/racerepeat.h"
#include "ui/primespage/racetallyview.h"

#include <QCheckBox>
#include <QThread>

namespace conlab {

void PrimesPage::connectRepeat()
{
    connect(controls_, &PrimesControls::repeatRequested, this, &PrimesPage::runRepeated);
    connect(repeat_, &RaceRepeat::runEmulated, this, &PrimesPage::startRepeatRun);
    connect(repeat_, &RaceRepeat::runCPython, this, &PrimesPage::startRepeatCPython);
    connect(repeat_, &RaceRepeat::tallyChanged, this, [this] {
        if (repeat_->emulation())
            live_->raceTally()->showTallies(*repeat_->emulation(), repeat_->cpython());
    });
    connect(repeat_, &RaceRepeat::finished, this, &PrimesPage::repeatEnded);
}

void PrimesPage::runRepeated(int runs)
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (!canRun() || !controls_->racy() || runs < 1)
        return;
    dropCPython();
    const bool alsoCPython = cpythonToggle_->isChecked();
    // Running from here on, also between two runs of the series.
    repeat_->start(runs, currentConfig(), alsoCPython);
    emit runningChanged(true);
}

void PrimesPage::startRepeatRun(const PrimesConfig &config)
{
    startShowing(config, config.numbers.size(), static_cast<qsizetype>(config.numbers.size()));
    source_->start(config);
    updateControls();
    updateTotals();
}

void PrimesPage::startRepeatCPython(const PrimesConfig &config)
{
    live_->hideRaceBanner(); // the emulation's tally is complete: it speaks for its runs
    cpythonPanel_->showRunning(config, results_->snapshot());
    showComparison(true);
    CPythonOptions options = CPythonFollowUp::options(settings_);
    // Each hang costs the series its grace time: a shorter one than a
    // single run's, still well clear of the listing's work.
    options.graceMs = CPythonPrimesRun::racyGraceMs(config);
    followUp_->startPrimes(config, options);
    updateControls();
}

void PrimesPage::repeatEnded()
{
    live_->hideRaceBanner();
    if (repeat_->emulation())
        exports_->setRaceTallies(std::make_shared<const RaceTallies>(RaceTallies{*repeat_->emulation(), repeat_->cpython()}));
    updateControls();
    emit runningChanged(false);
}

void PrimesPage::dropRepeat()
{
    repeat_->clear();
    replayedTallies_.reset();
    live_->raceTally()->clear();
}

// A recording of a series' last run: the tallies as they stood when it ended.
void PrimesPage::showReplayedTallies(const std::shared_ptr<const RaceTallies> &tallies)
{
    live_->hideRaceBanner();
    live_->raceTally()->showTallies(tallies->emulation, tallies->cpython);
    exports_->setRaceTallies(tallies);
}

QString PrimesPage::raceTallyText() const
{
    return live_->raceTally()->text();
}

} // namespace conlab
