// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/shell/runtoolbar.h"

#include "ui/settings/settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>

namespace conlab {

namespace {
// Gaps between groups, so the toolbar reads as groups from the back row.
QWidget *spacer(QWidget *parent)
{
    auto *w = new QWidget(parent);
    w->setFixedWidth(16);
    return w;
}
} // namespace

RunToolBar::RunToolBar(Settings *settings, QAction *run, QAction *stop, QWidget *parent)
    : QToolBar(parent), settings_(settings)
{
    setObjectName(QStringLiteral("runToolBar")); // for saveState()
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setMovable(false);
    addAction(run);
    addAction(stop);
    addSeparator();

    paceLabel_ = new QLabel(this);
    pace_ = new QComboBox(this);
    // The data is the name Pace::parse() takes; the text is translated.
    pace_->addItem(QString(), Pace::native().name());
    pace_->addItem(QString(), Pace::cpython().name());
    pace_->addItem(QString(), Pace::book().name());
    paceLabel_->setBuddy(pace_);
    addWidget(paceLabel_);
    addWidget(pace_);
    addWidget(spacer(this));

    gil_ = new QCheckBox(this);
    addWidget(gil_);
    intervalLabel_ = new QLabel(this);
    interval_ = new QSpinBox(this);
    interval_->setRange(Settings::kMinSwitchIntervalMs, Settings::kMaxSwitchIntervalMs);
    intervalLabel_->setBuddy(interval_);
    addWidget(intervalLabel_);
    addWidget(interval_);
    addWidget(spacer(this));

    workersLabel_ = new QLabel(this);
    workers_ = new QSpinBox(this);
    workers_->setRange(Settings::kMinWorkers, Settings::kMaxWorkers);
    workersLabel_->setBuddy(workers_);
    addWidget(workersLabel_);
    addWidget(workers_);

    connect(pace_, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (auto pace = Pace::parse(pace_->itemData(index).toString(), nullptr))
            settings_->setPace(*pace);
    });
    connect(gil_, &QCheckBox::toggled, settings_, &Settings::setGilEnabled);
    connect(interval_, &QSpinBox::valueChanged, settings_, &Settings::setSwitchIntervalMs);
    connect(workers_, &QSpinBox::valueChanged, settings_, &Settings::setWorkers);
    connect(settings_, &Settings::runSettingsChanged, this, &RunToolBar::syncFromSettings);
    syncFromSettings();
    retranslateUi();
}

void RunToolBar::syncFromSettings()
{
    const QSignalBlocker b1(pace_), b2(gil_), b3(interval_), b4(workers_);
    const QString pace = settings_->pace().name();
    int index = pace_->findData(pace);
    if (index < 0) {
        // A multiplier pace set elsewhere (CLI-style value in the settings).
        pace_->addItem(pace, pace);
        index = pace_->count() - 1;
    }
    pace_->setCurrentIndex(index);
    gil_->setChecked(settings_->gilEnabled());
    interval_->setValue(settings_->switchIntervalMs());
    interval_->setEnabled(settings_->gilEnabled());
    workers_->setValue(settings_->workers());
}

void RunToolBar::retranslateUi()
{
    setWindowTitle(tr("Run"));
    paceLabel_->setText(tr("&Pace:"));
    pace_->setItemText(0, tr("native C++"));
    pace_->setItemText(1, tr("CPython"));
    pace_->setItemText(2, tr("book (2018 laptop)"));
    pace_->setToolTip(tr("How much one trial division costs: raw C++ speed, today's CPython, "
                         "or the laptop the book was timed on."));
    gil_->setText(tr("&GIL"));
    gil_->setToolTip(tr("Emulate CPython's global interpreter lock for threads. Off behaves "
                        "like free-threaded CPython 3.13t."));
    intervalLabel_->setText(tr("S&witch every:"));
    interval_->setSuffix(tr(" ms"));
    interval_->setToolTip(tr("sys.setswitchinterval(): how long a waiting thread lets the "
                             "holder keep the GIL before asking for it."));
    workersLabel_->setText(tr("W&orkers:"));
    workers_->setToolTip(tr("Worker processes or threads for the primes experiments."));
}

void RunToolBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QToolBar::changeEvent(event);
}

} // namespace conlab
