// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// SpinnerPage: where its parts sit, how they move on a narrow screen, and
// the splitter the main window keeps across sessions.
#include "ui/pages/spinnerpage.h"

#include "ui/audience/roomtallychart.h"
#include "ui/codepane/codepane.h"
#include "ui/codepane/codesplit.h"
#include "ui/codepane/codewidthfit.h"
#include "ui/pages/spinnercontrols.h"
#include "ui/pages/spinnercpythonpanel.h"
#include "ui/widgets/predictionbox.h"
#include "ui/widgets/spinnerliveview.h"
#include "ui/widgets/spinnerreplaybanner.h"
#include "ui/widgets/verdictbanner.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

namespace conlab {

void SpinnerPage::buildUi()
{
    title_ = new QLabel(this);
    title_->setTextFormat(Qt::RichText);
    intro_ = new QLabel(this);
    intro_->setWordWrap(true);
    replayBanner_ = new SpinnerReplayBanner(this);
    controls_ = new SpinnerControls(spec_, this);
    prediction_ = new PredictionBox(this);
    live_ = new SpinnerLiveView(this);
    code_ = new CodePane(this);
    buildFiles();

    // Left: what to run and the guess side by side, the live view below;
    // right: the code. Side by side the room sees cause and effect at once.
    auto *left = new QWidget(this);
    auto *ll = new QVBoxLayout(left);
    ll->setContentsMargins(0, 0, 0, 0);
    topRow_ = new QBoxLayout(QBoxLayout::LeftToRight);
    topRow_->addWidget(controls_, 1);
    topRow_->addWidget(prediction_, 1, Qt::AlignTop);
    ll->addLayout(topRow_);
    // The reveal spans the column, under the question it answers; the
    // room's tally, when the room voted, sits beside it (below on a narrow page).
    verdict_ = new VerdictBanner(left);
    roomTally_ = new RoomTallyChart(left);
    roomTally_->hide();
    revealRow_ = new QBoxLayout(QBoxLayout::LeftToRight);
    revealRow_->addWidget(verdict_, 3);
    revealRow_->addWidget(roomTally_, 2);
    ll->addLayout(revealRow_);
    // CPython's figures under the verdict they are set against.
    cpythonPanel_ = new SpinnerCPythonPanel(left);
    ll->addWidget(cpythonPanel_);
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
    auto *openButton = new QToolButton(headerButtons_);
    openButton->setDefaultAction(openAction_);
    buttons->addWidget(exports_->menuButton());
    buttons->addWidget(openButton);
    buttons->addWidget(codeSplit_->toggleButton());
    cpythonToggle_ = new QCheckBox(headerButtons_);
    cpythonToggle_->setObjectName(QStringLiteral("runInCPythonToo"));
    buttons->addWidget(cpythonToggle_);
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
    const int header = title_->sizeHint().width() + headerButtons_->sizeHint().width()
        + std::max(0, header_->spacing());
    header_->setDirection(header <= budget ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
    // The reveal row is in the left column: about 5/9 of the page with the
    // code beside it, all of it without. The room's tally goes beside the
    // verdict where both fit, so the live view keeps its height.
    const int column = codeSplit_->sideBySide() && codeSplit_->showingCode() ? budget * 5 / 9 : budget;
    const int reveal = verdict_->minimumSizeHint().width() + roomTally_->minimumSizeHint().width()
        + std::max(0, revealRow_->spacing());
    revealRow_->setDirection(reveal <= column ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
}

// The controls, banners and views retranslate themselves; the page has its
// title, its lead and its file actions.
void SpinnerPage::retranslateUi()
{
    title_->setText(QStringLiteral("<h2>%1</h2>").arg(title().toHtmlEscaped()));
    intro_->setText(QCoreApplication::translate("conlab::SpinnerPage", spec_.intro));
    exports_->retranslateUi();
    openAction_->setText(tr("Open recording…"));
    cpythonToggle_->setText(tr("Run in CPython too"));
    cpythonToggle_->setToolTip(tr("After the emulated run, run the same listing in real CPython and show both"));
}

void SpinnerPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    ExperimentPage::changeEvent(event);
}

} // namespace conlab
