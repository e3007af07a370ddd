// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "ui/pages/experimentpage.h"

namespace conlab {

// A page with nothing to run, such as the comparison table. Run and Stop
// do nothing and the toolbar greys them out.
class InfoPage : public ExperimentPage
{
    Q_OBJECT
public:
    using ExperimentPage::ExperimentPage;

    bool canRun() const override { return false; }
    bool isRunning() const override { return false; }
    void applySettings(const RunSettings &) override { }
    QWidget *liveView() override { return this; }

public slots:
    void run() override { }
    void stop() override { }
};

} // namespace conlab
