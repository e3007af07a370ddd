// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/primespage/racerepeat.h"

namespace conlab {

RaceRepeat::RaceRepeat(QObject *parent) : QObject(parent)
{
    pause_.setSingleShot(true);
    pause_.setInterval(kPauseMs);
    connect(&pause_, &QTimer::timeout, this, &RaceRepeat::next);
}

void RaceRepeat::start(int runs, const PrimesConfig &config, bool alsoCPython)
{
    pause_.stop();
    config_ = config;
    config_.racy = true;
    alsoCPython_ = alsoCPython;
    emulation_.emplace(runs);
    cpython_.reset();
    if (alsoCPython)
        cpython_.emplace(runs);
    phase_ = Phase::Pause; // next() starts the first run at once
    next();
    if (phase_ != Phase::Idle)
        emit tallyChanged();
}

void RaceRepeat::next()
{
    if (!emulation_->finished()) {
        phase_ = Phase::Emulation;
        PrimesConfig run = config_;
        run.raceSeed = config_.raceSeed ? config_.raceSeed + static_cast<std::uint64_t>(emulation_->ran()) : 0;
        emit runEmulated(run);
    } else if (cpython_ && !cpython_->finished()) {
        phase_ = Phase::CPython;
        emit runCPython(config_); // CPython's timing is its own: no seed
    } else {
        finish();
    }
}

void RaceRepeat::emulatedEnded(const RunSummary &summary)
{
    if (phase_ != Phase::Emulation)
        return;
    if (summary.cancelled) {
        // Stopped: CPython's runs, which were to come after, are not made either.
        emulation_->stop();
        if (cpython_)
            cpython_->stop();
        finish();
        return;
    }
    if (summary.race)
        emulation_->add(*summary.race);
    else
        emulation_->addUnjudged(); // it failed before the race was decided
    pause();
}

// The pause is set before the tally is shown: whoever is told of the new
// tally may stop the series, between two runs.
void RaceRepeat::pause()
{
    phase_ = Phase::Pause;
    pause_.start();
    emit tallyChanged();
}

void RaceRepeat::cpythonEnded(const CPythonSide &side)
{
    if (phase_ != Phase::CPython)
        return;
    if (side.end == CPythonSide::End::Cancelled) {
        cpython_->stop();
        finish();
        return;
    }
    if (side.summary && side.summary->race)
        cpython_->add(*side.summary->race);
    else
        cpython_->addUnjudged();
    // No interpreter, or a listing that fails: every run would end alike,
    // and the panel already says why.
    if (side.end == CPythonSide::End::NotStarted || side.end == CPythonSide::End::Failed) {
        cpython_->stop();
        finish();
        return;
    }
    pause();
}

bool RaceRepeat::stopBetweenRuns()
{
    if (phase_ != Phase::Pause)
        return false;
    pause_.stop();
    emulation_->stop();
    if (cpython_)
        cpython_->stop();
    finish();
    return true;
}

void RaceRepeat::finish()
{
    pause_.stop();
    phase_ = Phase::Idle;
    emit tallyChanged();
    emit finished();
}

void RaceRepeat::clear()
{
    pause_.stop();
    phase_ = Phase::Idle;
    emulation_.reset();
    cpython_.reset();
}

} // namespace conlab
