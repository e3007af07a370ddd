// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/primes/primeevents.h"
#include "core/primes/primesconfig.h"

#include <QByteArray>
#include <QLabel>
#include <memory>
#include <optional>

namespace conlab {

// The line over a primes run: how far it is, or how it ended, with the
// speedup against a sequential run of the same numbers at the same pace. It
// keeps itself true when such a baseline appears and as it ages ("2 min
// ago"), and stays a step larger than the rest at every zoom.
class PrimesTotals : public QLabel
{
    Q_OBJECT
public:
    explicit PrimesTotals(QWidget *parent = nullptr);

    // The run on screen; `summary` once it ended.
    void setRun(std::shared_ptr<const PrimesConfig> config, std::optional<RunSummary> summary);
    // How far it is: rows shown, seconds so far.
    void setProgress(qsizetype rows, double elapsed);
    // A step larger than `base`, the page's font at its zoom.
    void fitToFont(const QFont &base);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    std::shared_ptr<const PrimesConfig> config_ = std::make_shared<const PrimesConfig>();
    QByteArray fingerprint_; // of the numbers, to find the baseline
    std::optional<RunSummary> summary_;
    qsizetype rows_ = 0;
    double elapsed_ = 0;
};

} // namespace conlab
