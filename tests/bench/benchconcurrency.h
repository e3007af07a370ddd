// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "benchsteps.h"

#include <QJsonObject>
#include <QStringList>

// conlab-bench's measurements of the GIL, the event loop and the spinners
// (issue 3). Each returns its report entry, or throws std::runtime_error.
namespace conlab::bench {

QStringList concurrencyNames();
// Runs the ones plan.wants() and adds them to `report`; false if any failed
// to run (a missed target is reported in the entry, not here).
bool benchConcurrency(QJsonObject &report, const Plan &plan);

QJsonObject benchGilCheckCost(const Plan &plan);
QJsonObject benchGilSwitchLatency(const Plan &plan);
QJsonObject benchThreadsGil(const Plan &plan);
QJsonObject benchLoopTaskSwitch(const Plan &plan);
QJsonObject benchSpinners(const Plan &plan);

} // namespace conlab::bench
