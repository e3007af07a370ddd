// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/pages/spinnercontrols.h"

#include "ui/widgets/pacewarning.h"

#include <QButtonGroup>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

// The texts keep the spinner page's translation context, where they were
// translated before the controls became a widget of their own.
namespace conlab {

namespace {
constexpr double kDefaultSleepSeconds = 3.0;
} // namespace

SpinnerControls::SpinnerControls(const SpinnerPageSpec &spec, QWidget *parent) : QWidget(parent), spec_(spec)
{
    auto *cl = new QVBoxLayout(this);
    cl->setContentsMargins(0, 0, 0, 0);
    variantCaption_ = new QLabel(this);
    cl->addWidget(variantCaption_);
    variants_ = new QButtonGroup(this);
    for (int i = 0; i < spec_.variants.size(); ++i) {
        auto *b = new QRadioButton(this);
        variants_->addButton(b, i);
        cl->addWidget(b);
    }
    variants_->button(0)->setChecked(true);
    // Sleep, Run and Stop on one row: height is what a projected page lacks.
    auto *secondsRow = new QHBoxLayout;
    secondsCaption_ = new QLabel(this);
    seconds_ = new QDoubleSpinBox(this);
    seconds_->setRange(0.5, 10.0);
    seconds_->setSingleStep(0.5);
    seconds_->setDecimals(1);
    seconds_->setValue(kDefaultSleepSeconds);
    secondsCaption_->setBuddy(seconds_);
    runButton_ = new QPushButton(this);
    stopButton_ = new QPushButton(this);
    secondsRow->addWidget(secondsCaption_);
    secondsRow->addWidget(seconds_);
    secondsRow->addSpacing(12);
    secondsRow->addWidget(runButton_, 1);
    secondsRow->addWidget(stopButton_, 1);
    cl->addLayout(secondsRow);
    settingsLine_ = new QLabel(this);
    settingsLine_->setWordWrap(true);
    cl->addWidget(settingsLine_);
    paceWarning_ = new PaceWarning(this);
    cl->addWidget(paceWarning_);
    cl->addStretch(1);

    connect(variants_, &QButtonGroup::idToggled, this, [this](int id, bool on) {
        if (on)
            emit variantChosen(id);
    });
    connect(runButton_, &QPushButton::clicked, this, &SpinnerControls::runRequested);
    connect(stopButton_, &QPushButton::clicked, this, &SpinnerControls::stopRequested);
    connect(paceWarning_, &PaceWarning::paceRequested, this, &SpinnerControls::paceRequested);
    retranslateUi();
    setRunState(false, {});
}

int SpinnerControls::variant() const
{
    return std::max(0, variants_->checkedId());
}

void SpinnerControls::setVariant(int index)
{
    if (QAbstractButton *b = variants_->button(index))
        b->setChecked(true);
}

double SpinnerControls::sleepSeconds() const
{
    return seconds_->value();
}

void SpinnerControls::setSleepSeconds(double seconds)
{
    seconds_->setValue(seconds);
}

SpinnerConfig SpinnerControls::nextRun(const RunSettings &settings) const
{
    const SpinnerVariant &v = spec_.variants[variant()];
    SpinnerConfig c;
    c.model = v.model;
    c.slow = v.slow;
    c.gil = settings.gil;
    c.pace = settings.pace;
    c.seconds = seconds_->value();
    return c;
}

void SpinnerControls::showSettings(const SpinnerConfig &config, bool recorded)
{
    shown_ = config;
    recorded_ = recorded;
    updateSettingsLine();
    if (recorded)
        paceWarning_->hide();
    else
        paceWarning_->check(config);
    // Only a sleep has seconds to set.
    const SlowKind slow = spec_.variants[variant()].slow;
    seconds_->setEnabled((slow == SlowKind::Sleep || slow == SlowKind::BlockingSleep) && !running_);
}

void SpinnerControls::setRunState(bool running, const QString &blockedBy)
{
    running_ = running;
    runButton_->setEnabled(!running && blockedBy.isEmpty());
    //: %1 the title of the experiment whose run is going
    runButton_->setToolTip(
        blockedBy.isEmpty()
            ? QString()
            : QCoreApplication::translate("conlab::SpinnerPage", "“%1” is running: one run at a time.").arg(blockedBy));
    stopButton_->setEnabled(running);
    for (QAbstractButton *b : variants_->buttons())
        b->setEnabled(!running);
    showSettings(shown_, recorded_);
}

void SpinnerControls::updateSettingsLine()
{
    QString gil;
    if (shown_.model == SpinnerModel::Thread) {
        //: %1 the GIL switch interval in ms
        gil = shown_.gil.enabled
            ? QCoreApplication::translate("conlab::SpinnerPage", "GIL on, %1 ms switch")
                  .arg(std::chrono::duration_cast<std::chrono::milliseconds>(shown_.gil.switchInterval).count())
            : QCoreApplication::translate("conlab::SpinnerPage", "GIL off");
    }
    QString line = recorded_
        //: %1 the pace name (native, cpython, book) a replayed run was recorded at
        ? QCoreApplication::translate("conlab::SpinnerPage", "Recorded at %1 pace").arg(shown_.pace.name())
        //: %1 the pace name (native, cpython, book)
        : QCoreApplication::translate("conlab::SpinnerPage", "Pace: %1").arg(shown_.pace.name());
    if (!gil.isEmpty())
        line += QStringLiteral(" · ") + gil;
    settingsLine_->setText(line);
}

void SpinnerControls::retranslateUi()
{
    variantCaption_->setText(QCoreApplication::translate("conlab::SpinnerPage", "Variant:"));
    for (int i = 0; i < spec_.variants.size(); ++i)
        variants_->button(i)->setText(QCoreApplication::translate("conlab::SpinnerPage", spec_.variants[i].label));
    secondsCaption_->setText(QCoreApplication::translate("conlab::SpinnerPage", "Sleep:"));
    //: Suffix of the sleep-seconds spin box
    seconds_->setSuffix(QCoreApplication::translate("conlab::SpinnerPage", " s"));
    runButton_->setText(QCoreApplication::translate("conlab::SpinnerPage", "▶ Run"));
    stopButton_->setText(QCoreApplication::translate("conlab::SpinnerPage", "■ Stop"));
    updateSettingsLine();
}

void SpinnerControls::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace conlab
