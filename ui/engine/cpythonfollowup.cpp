// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/engine/cpythonfollowup.h"

#include "core/cpython/cpythonprimesrun.h"
#include "core/cpython/cpythonspinnerrun.h"

namespace conlab {

CPythonFollowUp::CPythonFollowUp(QObject *parent) : QObject(parent)
{
    session_ = new RunSession(this);
    primes_ = session_->addChannel<PrimeResult>(
        [this](std::vector<PrimeResult> &&batch) { emit primesArrived(batch); });
    connect(session_, &RunSession::finished, this, [this] {
        const CPythonSide *side = session_->outcome<CPythonSide>();
        emit finished(side ? *side : CPythonSide{});
    });
}

CPythonOptions CPythonFollowUp::options(const RunSettings &settings)
{
    CPythonOptions options;
    options.interpreter = settings.interpreter;
    return options;
}

void CPythonFollowUp::startSpinner(const SpinnerConfig &config, const CPythonOptions &options)
{
    session_->begin();
    // The run outlives this object if it must (it owns what it touches).
    auto engine = std::make_shared<CPythonSpinnerRun>(config, options);
    session_->start<CPythonSide>(
        [engine] {
            SpinnerReport report = engine->exec();
            CPythonSide side = CPythonSide::from(engine->outcome());
            side.report = std::move(report);
            return side;
        },
        [engine] { engine->cancel(); });
}

void CPythonFollowUp::startPrimes(const PrimesConfig &config, const CPythonOptions &options)
{
    session_->begin();
    auto engine = std::make_shared<CPythonPrimesRun>(config, options);
    session_->start<CPythonSide>(
        [engine, inbox = primes_->inbox()] {
            std::vector<PrimeResult> results;
            RunSummary summary = engine->exec([&results, &inbox](const PrimeResult &r) {
                results.push_back(r);
                inbox->push(r);
            });
            CPythonSide side = CPythonSide::from(engine->outcome());
            side.results = std::move(results);
            side.summary = std::move(summary);
            return side;
        },
        [engine] { engine->cancel(); });
}

void CPythonFollowUp::stop()
{
    session_->stop();
}

void CPythonFollowUp::reset()
{
    session_->reset();
}

bool CPythonFollowUp::isRunning() const
{
    return session_->isRunning();
}

} // namespace conlab
