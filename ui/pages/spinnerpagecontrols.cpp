// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// SpinnerPage: its widgets, their texts (retranslated on a language switch)
// and its splitter, which the main window keeps across sessions.
#include "pages/spinnerpage.h"

#include "codepane/codepane.h"
#include "codepane/codesplit.h"
#include "codepane/codewidthfit.h"
#include "theme/palette.h"
#include "widgets/predictionbox.h"
#include "widgets/spinnerliveview.h"
#include "widgets/verdictbanner.h"

#include <QButtonGroup>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

namespace conlab {

namespace {
constexpr double kDefaultSleepSeconds = 3.0;

QString translated(const char *source)
{
    return QCoreApplication::translate("conlab::SpinnerPage", source);
}
} // namespace

void SpinnerPage::buildUi()
{
    title_ = new QLabel(this);
    title_->setTextFormat(Qt::RichText);
    intro_ = new QLabel(this);
    intro_->setWordWrap(true);
    // Says loud and clear that the room is watching a recording.
    replayBanner_ = new QLabel(this);
    replayBanner_->setWordWrap(true);
    replayBanner_->setTextFormat(Qt::PlainText);
    replayBanner_->setMargin(6);
    // Pale fill, dark text, a strong border: readable on a washed-out projector.
    replayBanner_->setStyleSheet(
        QStringLiteral("QLabel { background: #E8F2FA; color: %1; border: 3px solid %2; border-radius: 4px; "
                       "font-weight: bold; }")
            .arg(theme::text.name(), theme::okabeIto::blue.name()));
    replayBanner_->hide();

    // Controls: the variants of this page only, the sleep, Run and Stop.
    auto *controls = new QWidget(this);
    auto *cl = new QVBoxLayout(controls);
    cl->setContentsMargins(0, 0, 0, 0);
    variantCaption_ = new QLabel(controls);
    cl->addWidget(variantCaption_);
    variants_ = new QButtonGroup(this);
    for (int i = 0; i < spec_.variants.size(); ++i) {
        auto *b = new QRadioButton(controls);
        variants_->addButton(b, i);
        cl->addWidget(b);
    }
    variants_->button(0)->setChecked(true);
    // Sleep, Run and Stop on one row: height is what a projected page lacks.
    auto *secondsRow = new QHBoxLayout;
    secondsCaption_ = new QLabel(controls);
    seconds_ = new QDoubleSpinBox(controls);
    seconds_->setRange(0.5, 10.0);
    seconds_->setSingleStep(0.5);
    seconds_->setDecimals(1);
    seconds_->setValue(kDefaultSleepSeconds);
    secondsCaption_->setBuddy(seconds_);
    runButton_ = new QPushButton(controls);
    stopButton_ = new QPushButton(controls);
    secondsRow->addWidget(secondsCaption_);
    secondsRow->addWidget(seconds_);
    secondsRow->addSpacing(12);
    secondsRow->addWidget(runButton_, 1);
    secondsRow->addWidget(stopButton_, 1);
    cl->addLayout(secondsRow);
    settingsLine_ = new QLabel(controls);
    settingsLine_->setWordWrap(true);
    cl->addWidget(settingsLine_);
    // The guard against the toolbar's pace: at native pace slow() is over in
    // 0.09 s, one frame, and the room would see a spinner that "keeps
    // spinning" for no reason the lesson teaches.
    paceWarning_ = new QLabel(controls);
    paceWarning_->setWordWrap(true);
    paceWarning_->setStyleSheet(QStringLiteral("QLabel { color: %1; font-weight: bold; }")
                                    .arg(theme::okabeIto::vermillion.name()));
    usePaceButton_ = new QPushButton(controls);
    auto *paceRow = new QHBoxLayout;
    paceRow->addWidget(paceWarning_, 1);
    paceRow->addWidget(usePaceButton_, 0, Qt::AlignTop);
    cl->addLayout(paceRow);
    buildFileActions();
    exportButton_ = new QToolButton(controls);
    exportButton_->setPopupMode(QToolButton::InstantPopup);
    exportButton_->setMenu(new QMenu(exportButton_));
    for (int i = 0; i < exportActions_.size(); ++i) {
        if (i == static_cast<int>(Export::Recording))
            exportButton_->menu()->addSeparator();
        exportButton_->menu()->addAction(exportActions_[i]);
    }
    openButton_ = new QToolButton(controls);
    openButton_->setDefaultAction(openAction_);
    cl->addStretch(1);
    prediction_ = new PredictionBox(this);

    live_ = new SpinnerLiveView(this);
    code_ = new CodePane(this);

    // Left: what to run and the guess side by side, the live view below;
    // right: the code. Side by side the room sees cause and effect at once.
    auto *left = new QWidget(this);
    auto *ll = new QVBoxLayout(left);
    ll->setContentsMargins(0, 0, 0, 0);
    controls_ = controls;
    topRow_ = new QBoxLayout(QBoxLayout::LeftToRight);
    topRow_->addWidget(controls, 1);
    topRow_->addWidget(prediction_, 1, Qt::AlignTop);
    ll->addLayout(topRow_);
    // The reveal spans the column, under the question it answers.
    verdict_ = new VerdictBanner(left);
    ll->addWidget(verdict_);
    ll->addWidget(live_, 1);

    splitter_ = new QSplitter(Qt::Horizontal, this);
    splitter_->setObjectName(QStringLiteral("spinnerPageSplitter"));
    splitter_->addWidget(left);
    splitter_->addWidget(code_);
    splitter_->setStretchFactor(0, 5);
    splitter_->setStretchFactor(1, 4);
    // Relative until the splitter has its width: then the code gets what
    // its longest line needs (CodeWidthFit), instead of its size hint.
    splitter_->setSizes({5000, 4000});
    splitter_->setChildrenCollapsible(false);
    codeFit_ = new CodeWidthFit(splitter_, code_, this);
    codeSplit_ = new CodeSplit(splitter_, code_, this);
    connect(splitter_, &QSplitter::splitterMoved, this, &ExperimentPage::layoutChanged);

    // The files and the code switch sit beside the title, where they cost
    // no height: a projector's 768 lines are for the spinner and its chart.
    // Zoomed on a narrow screen, the buttons go on a row of their own.
    headerButtons_ = new QWidget(this);
    auto *buttons = new QHBoxLayout(headerButtons_);
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(exportButton_);
    buttons->addWidget(openButton_);
    buttons->addWidget(codeSplit_->toggleButton());
    buttons->addStretch(1);
    header_ = new QBoxLayout(QBoxLayout::LeftToRight);
    header_->addWidget(title_, 1);
    header_->addWidget(headerButtons_, 0, Qt::AlignVCenter);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header_);
    layout->addWidget(intro_);
    layout->addWidget(replayBanner_);
    layout->addWidget(splitter_, 1);
}

QByteArray SpinnerPage::saveLayout() const
{
    return splitter_->saveState();
}

void SpinnerPage::restoreLayout(const QByteArray &state)
{
    if (!state.isEmpty() && splitter_->restoreState(state))
        codeFit_->setUserSized(true);
}

void SpinnerPage::availableWidthChanged(int width)
{
    // The question beside the controls where the page is wide enough, below
    // them where it is not: zoomed for the back row on a 1024-wide
    // projector, side by side would need a sideways scroll.
    const int budget = rowWidth(width);
    const int wide = controls_->minimumSizeHint().width() + prediction_->minimumSizeHint().width()
        + std::max(0, topRow_->spacing());
    topRow_->setDirection(wide <= budget ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
    const int header = title_->sizeHint().width() + headerButtons_->sizeHint().width() + std::max(0, header_->spacing());
    header_->setDirection(header <= budget ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
}

void SpinnerPage::updateSettingsLine()
{
    // A replay shows the settings it was recorded with; a live page the
    // toolbar's, which the next Run uses.
    const bool replay = isReplay();
    const SpinnerModel model = replay ? shownConfig_.model : spec_.variants[currentVariant()].model;
    const GilConfig gilConfig = replay ? shownConfig_.gil : settings_.gil;
    const Pace pace = replay ? shownConfig_.pace : settings_.pace;
    // The listing's comments quote slow()'s duration at this pace.
    code_->setPace(pace);
    QString gil;
    if (model == SpinnerModel::Thread) {
        //: %1 the GIL switch interval in ms
        gil = gilConfig.enabled
            ? tr("GIL on, %1 ms switch")
                  .arg(std::chrono::duration_cast<std::chrono::milliseconds>(gilConfig.switchInterval).count())
            : tr("GIL off");
    }
    QString line = replay
        //: %1 the pace name (native, cpython, book) a replayed run was recorded at
        ? tr("Recorded at %1 pace").arg(pace.name())
        //: %1 the pace name (native, cpython, book)
        : tr("Pace: %1").arg(pace.name());
    if (!gil.isEmpty())
        line += QStringLiteral(" · ") + gil;
    settingsLine_->setText(line);
}

void SpinnerPage::updatePaceWarning()
{
    SpinnerConfig next = buildConfig();
    const bool tooQuick = !isReplay() && next.tooQuickToWatch();
    paceWarning_->setVisible(tooQuick);
    usePaceButton_->setVisible(tooQuick);
    if (tooQuick) {
        //: %1 the pace name (native, cpython, book), %2 seconds slow() would take
        paceWarning_->setText(tr("At %1 pace slow() takes about %2 s: too quick to see what the spinner does.")
                                  .arg(next.pace.name())
                                  .arg(next.expectedSlowSeconds(), 0, 'f', 2));
    }
}

void SpinnerPage::updateReplayBanner()
{
    replayBanner_->setVisible(isReplay());
    replayBanner_->setText(replayBannerText());
}

QString SpinnerPage::replayBannerText() const
{
    if (!isReplay())
        return {};
    const QString when = replayRecordedAt_.isValid()
        ? QLocale().toString(replayRecordedAt_.toLocalTime(), QLocale::ShortFormat)
        : tr("at an unknown time");
    //: %1 the recording's file name, %2 when it was recorded (date and time)
    return tr("Replay of %1, recorded %2").arg(QFileInfo(replaySource_).fileName(), when) + QStringLiteral(". ")
        + tr("The spinner moves at the recorded frame times; Run (F5) runs the variant live.");
}

void SpinnerPage::retranslateUi()
{
    title_->setText(QStringLiteral("<h2>%1</h2>").arg(title().toHtmlEscaped()));
    intro_->setText(translated(spec_.intro));
    variantCaption_->setText(tr("Variant:"));
    for (int i = 0; i < spec_.variants.size(); ++i)
        variants_->button(i)->setText(translated(spec_.variants[i].label));
    secondsCaption_->setText(tr("Sleep:"));
    //: Suffix of the sleep-seconds spin box
    seconds_->setSuffix(tr(" s"));
    runButton_->setText(tr("▶ Run"));
    stopButton_->setText(tr("■ Stop"));
    //: menu button with the exports of the run on screen
    exportButton_->setText(tr("Export"));
    // The same actions sit in the File menu, so each names what it does.
    exportActions_[static_cast<int>(Export::Csv)]->setText(tr("Export frame gaps as CSV…"));
    exportActions_[static_cast<int>(Export::Json)]->setText(tr("Export run as JSON…"));
    exportActions_[static_cast<int>(Export::Trace)]->setText(tr("Export Chrome trace for Perfetto…"));
    exportActions_[static_cast<int>(Export::Recording)]->setText(tr("Save recording…"));
    openAction_->setText(tr("Open recording…"));
    usePaceButton_->setText(tr("Use the CPython pace"));
    updateSettingsLine();
    updatePaceWarning();
    updateReplayBanner();
}

void SpinnerPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    ExperimentPage::changeEvent(event);
}

} // namespace conlab
