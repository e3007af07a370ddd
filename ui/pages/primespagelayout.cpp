// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// PrimesPage: how its parts are arranged, their texts (retranslated on a
// language switch) and the arrangement kept across sessions.
#include "ui/pages/primespage.h"

#include "ui/codepane/codepane.h"
#include "ui/codepane/codesplit.h"
#include "ui/codepane/codewidthfit.h"
#include "ui/codepane/primeslistings.h"
#include "ui/pages/recordingopener.h"
#include "ui/primespage/primescontrols.h"
#include "ui/primespage/primescpythonpanel.h"
#include "ui/primespage/primesexports.h"
#include "ui/primespage/primesliveview.h"
#include "ui/primespage/primestotals.h"
#include "ui/widgets/loopview.h"

#include <QAction>
#include <QCheckBox>
#include <QDataStream>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

namespace conlab {

void PrimesPage::buildLayout()
{
    exportButton_ = new QToolButton(this);
    exportButton_->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(exportButton_);
    menu->addActions(exports_->exportActions());
    menu->addSeparator();
    menu->addAction(exports_->saveRecordingAction());
    exportButton_->setMenu(menu);
    openAction_ = new QAction(this);
    openAction_->setShortcut(QKeySequence::Open);
    recordingOpener_ = new RecordingOpener(this, [this](const RunRecording &rec, const QString &path, QString *error) {
        return showRecording(rec, error, path);
    });
    connect(openAction_, &QAction::triggered, recordingOpener_, &RecordingOpener::chooseAndOpen);
    auto *openButton = new QToolButton(this);
    openButton->setDefaultAction(openAction_);
    // On the page too, so the shortcuts work while it is on screen, and only then.
    addActions(fileActions());

    totals_ = new PrimesTotals(this);

    // The Python beside the live view, as on the spinner pages: the
    // timeline and the table share one column, so the code keeps the width
    // its lines need.
    code_ = new CodePane(this);
    withCode_ = new QSplitter(Qt::Horizontal, this);
    withCode_->setObjectName(QStringLiteral("primesCodeSplitter"));
    // CPython's side under the emulation's, when there is one.
    cpythonPanel_ = new PrimesCPythonPanel(this);
    sideBySide_ = new QSplitter(Qt::Vertical, this);
    sideBySide_->setObjectName(QStringLiteral("primesSideBySideSplitter"));
    sideBySide_->addWidget(live_);
    sideBySide_->addWidget(cpythonPanel_);
    // As showComparison() shares it: CPython's side holds more.
    sideBySide_->setStretchFactor(0, 2);
    sideBySide_->setStretchFactor(1, 3);
    sideBySide_->setChildrenCollapsible(false);
    withCode_->addWidget(sideBySide_);
    withCode_->addWidget(code_);
    withCode_->setStretchFactor(0, 3);
    withCode_->setStretchFactor(1, 2);
    withCode_->setSizes({6000, 4000}); // until codeFit_ knows the width
    withCode_->setChildrenCollapsible(false);
    codeFit_ = new CodeWidthFit(withCode_, code_, this);
    auto *codeSplit = new CodeSplit(withCode_, code_, this);
    // The files and the code switch share the totals' row: a projector's
    // height is for the timeline and the table.
    totalsButtons_ = new QWidget(this);
    auto *buttons = new QHBoxLayout(totalsButtons_);
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(exportButton_);
    buttons->addWidget(openButton);
    buttons->addWidget(codeSplit->toggleButton());
    cpythonToggle_ = new QCheckBox(totalsButtons_);
    cpythonToggle_->setObjectName(QStringLiteral("runInCPythonToo"));
    buttons->addWidget(cpythonToggle_);
    buttons->addStretch(1);
    totalsRow_ = new QBoxLayout(QBoxLayout::LeftToRight);
    totalsRow_->addWidget(totals_, 1);
    totalsRow_->addWidget(totalsButtons_, 0, Qt::AlignTop);
    connect(withCode_, &QSplitter::splitterMoved, this, &ExperimentPage::layoutChanged);
    connect(live_, &PrimesLiveView::splitterMoved, this, &ExperimentPage::layoutChanged);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(controls_);
    layout->addLayout(totalsRow_);
    layout->addWidget(withCode_, 1);
    totals_->fitToFont(font());
}

// Each page compares against its first model, so the highlighted lines
// are what changed: Process against sequential code, the racy loop against
// the fixed one, a pool against hand-made threads. The loop view shows
// only for the models that run on the event loop.
void PrimesPage::updateListing()
{
    const PrimesModel m = model();
    code_->showListing(primesListing(m, controls_->racy()), primesListing(controls_->firstModel(), false));
    live_->loopView()->setVisible(PrimesModels::runsOnEventLoop(m));
}

void PrimesPage::retranslateUi()
{
    //: menu button with the exports of the run on screen
    exportButton_->setText(tr("Export"));
    exports_->retranslate();
    openAction_->setText(tr("Open recording…"));
    cpythonToggle_->setText(tr("Run in CPython too"));
    cpythonToggle_->setToolTip(tr("After the emulated run, run the same listing in real CPython and show both"));
    updateControls();
    showOutcome();
    updateTotals();
}

QList<QAction *> PrimesPage::fileActions()
{
    return QList<QAction *>{openAction_, exports_->saveRecordingAction()} + exports_->exportActions();
}

QByteArray PrimesPage::saveLayout() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << quint32(1) << withCode_->saveState() << live_->saveState();
    return state;
}

void PrimesPage::restoreLayout(const QByteArray &state)
{
    QDataStream in(state);
    quint32 version = 0;
    QByteArray code, live;
    in >> version >> code >> live;
    if (in.status() != QDataStream::Ok || version != 1)
        return; // nothing stored yet, or another version's: keep the defaults
    if (withCode_->restoreState(code) && live_->restoreState(live))
        codeFit_->setUserSized(true);
}

void PrimesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    } else if (event->type() == QEvent::FontChange) {
        totals_->fitToFont(font()); // a step larger than the rest at every zoom
    }
    ExperimentPage::changeEvent(event);
}

// CPython's side under the emulation's: the two timelines one over the
// other, so the eye compares straight down, then CPython's table of pairs,
// which holds both runs' times (the emulation's own table makes way). A
// panel shown after being hidden gets no height from the splitter: the
// emulation's timeline takes two fifths, CPython's heading, timeline and
// pairs the rest.
void PrimesPage::showComparison(bool on)
{
    const bool was = !live_->tableShown();
    live_->setTableShown(!on);
    if (!on || was)
        return;
    const int h = std::max(sideBySide_->height(), 5);
    sideBySide_->setSizes({2 * h / 5, h - 2 * h / 5});
}

void PrimesPage::availableWidthChanged(int width)
{
    // Zoomed on a narrow screen the buttons go below the totals, which
    // would otherwise wrap a word to a line beside them.
    const int budget = rowWidth(width);
    controls_->fitWidth(budget);
    const int wanted = QFontMetrics(totals_->font()).horizontalAdvance(totals_->text().left(40))
        + totalsButtons_->sizeHint().width();
    totalsRow_->setDirection(wanted <= budget ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
}

} // namespace conlab
