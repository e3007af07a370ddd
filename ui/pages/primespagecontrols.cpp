// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// PrimesPage: its widgets, their texts (retranslated on a language switch)
// and their sizes (refitted when presentation mode or zoom changes the font).
#include "pages/primespage.h"

#include "codepane/codepane.h"
#include "codepane/codesplit.h"
#include "codepane/codewidthfit.h"
#include "codepane/primeslistings.h"
#include "models/resultstablemodel.h"
#include "pages/recordingopener.h"
#include "theme/palette.h"
#include "widgets/loopview.h"
#include "widgets/numbersinput.h"
#include "widgets/timelineview.h"

#include <QAction>
#include <QCheckBox>
#include <QDataStream>
#include <QComboBox>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace conlab {

void PrimesPage::buildControls()
{
    modelBox_ = new QComboBox(this);
    switch (variant_) {
    case Variant::Sequential:
        modelBox_->addItem({}, static_cast<int>(PrimesModel::Sequential));
        modelBox_->addItem({}, static_cast<int>(PrimesModel::Coroutines));
        break;
    case Variant::ProcessPool:
        modelBox_->addItem({}, static_cast<int>(PrimesModel::Processes));
        modelBox_->addItem({}, static_cast<int>(PrimesModel::CoroutinesExecutor));
        break;
    case Variant::Threads:
        modelBox_->addItem({}, static_cast<int>(PrimesModel::Threads));
        modelBox_->addItem({}, static_cast<int>(PrimesModel::Pool));
        break;
    }
    racyBox_ = new QCheckBox(this);
    racyBox_->setVisible(variant_ == Variant::ProcessPool);
    numbers_ = new NumbersInput(this);
    settingsLabel_ = new QLabel(this);
    settingsLabel_->setWordWrap(true);

    exportButton_ = new QToolButton(this);
    exportButton_->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(exportButton_);
    exportActions_ << menu->addAction(QString(), this, [this] { exportResults(false); })
                   << menu->addAction(QString(), this, [this] { exportResults(true); })
                   << menu->addAction(QString(), this, &PrimesPage::exportTrace);
    menu->addSeparator();
    exportActions_ << menu->addAction(QString(), this, &PrimesPage::saveRecording);
    exportActions_[3]->setShortcut(QKeySequence::Save);
    exportButton_->setMenu(menu);
    openAction_ = new QAction(this);
    openAction_->setShortcut(QKeySequence::Open);
    recordingOpener_ = new RecordingOpener(this, [this](const RunRecording &rec, const QString &path, QString *error) {
        return showRecording(rec, error, path);
    });
    connect(openAction_, &QAction::triggered, recordingOpener_, &RecordingOpener::chooseAndOpen);
    openButton_ = new QToolButton(this);
    openButton_->setDefaultAction(openAction_);
    connect(this, &PrimesPage::runningChanged, openAction_, [this](bool running) { openAction_->setEnabled(!running); });
    // On the page too, so the shortcuts work while it is on screen, and only then.
    addActions(fileActions());

    modelLabel_ = new QLabel(this);
    auto *modelRow = new QHBoxLayout;
    modelRow->addWidget(modelLabel_);
    modelRow->addWidget(modelBox_);
    modelRow->addWidget(racyBox_);
    modelRow->addWidget(settingsLabel_, 1);

    totals_ = new QLabel(this);
    totals_->setWordWrap(true);
    banner_ = new QLabel(this);
    banner_->setWordWrap(true);
    banner_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    banner_->setTextFormat(Qt::PlainText);
    banner_->setMargin(8);
    banner_->hide();

    timeline_ = new TimelineView(this);
    timeline_->setModel(results_);
    table_ = new QTableView(this);
    table_->setModel(sorted_);
    table_->setAlternatingRowColors(true);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->verticalHeader()->hide();
    // Fixed heights: a million rows must not be measured one by one.
    table_->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table_->horizontalHeader()->setStretchLastSection(false);
    // Unsorted at first: rows in completion order, as procs.py prints them.
    table_->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    table_->setSortingEnabled(true);

    // The timeline on top, where the room looks first, the table below it;
    // the Python beside both, as on the spinner pages. Stacked, the two
    // share one column, so the code keeps the width its lines need.
    liveView_ = new QSplitter(Qt::Vertical, this);
    liveView_->setObjectName(QStringLiteral("primesLiveSplitter"));
    // The coroutine models' event loop sits under the timeline, in the same
    // pane, so the splitter's saved state keeps its two parts.
    loopView_ = new LoopView(this);
    auto *timelinePane = new QWidget(this);
    auto *tl = new QVBoxLayout(timelinePane);
    tl->setContentsMargins(0, 0, 0, 0);
    tl->addWidget(timeline_, 1);
    tl->addWidget(loopView_);
    const auto showLoop = [this] {
        loopView_->setVisible(model() == PrimesModel::Coroutines || model() == PrimesModel::CoroutinesExecutor);
    };
    connect(modelBox_, &QComboBox::currentIndexChanged, this, showLoop);
    showLoop();
    liveView_->addWidget(timelinePane);
    liveView_->addWidget(table_);
    liveView_->setStretchFactor(0, 1);
    liveView_->setStretchFactor(1, 1);
    liveView_->setSizes({4500, 5500});
    liveView_->setChildrenCollapsible(false);

    // A replayed recording says so, with a way past the wait.
    replayBanner_ = new QFrame(this);
    replayBanner_->setObjectName(QStringLiteral("primesReplayBanner"));
    replayBanner_->setStyleSheet(QStringLiteral("#primesReplayBanner { background: #E3F1FB; border: 3px solid %1; "
                                                "border-radius: 4px; }")
                                     .arg(theme::okabeIto::skyBlue.name()));
    replayLabel_ = new QLabel(replayBanner_);
    replayLabel_->setWordWrap(true);
    replayLabel_->setTextFormat(Qt::PlainText);
    skipButton_ = new QToolButton(replayBanner_);
    connect(skipButton_, &QToolButton::clicked, this, &PrimesPage::skipReplay);
    auto *replayRow = new QHBoxLayout(replayBanner_);
    replayRow->addWidget(replayLabel_, 1);
    replayRow->addWidget(skipButton_);
    replayBanner_->hide();

    // The banners head the live view, so an exported slide of a racy run
    // says "Lost results" as the screen does, and a replay's says so.
    liveColumn_ = new QWidget(this);
    auto *column = new QVBoxLayout(liveColumn_);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(replayBanner_);
    column->addWidget(banner_);
    column->addWidget(liveView_, 1);

    code_ = new CodePane(this);
    withCode_ = new QSplitter(Qt::Horizontal, this);
    withCode_->setObjectName(QStringLiteral("primesCodeSplitter"));
    withCode_->addWidget(liveColumn_);
    withCode_->addWidget(code_);
    withCode_->setStretchFactor(0, 3);
    withCode_->setStretchFactor(1, 2);
    withCode_->setSizes({6000, 4000}); // until codeFit_ knows the width
    withCode_->setChildrenCollapsible(false);
    codeFit_ = new CodeWidthFit(withCode_, code_, this);
    codeSplit_ = new CodeSplit(withCode_, code_, this);
    // The files and the code switch share the totals' row: a projector's
    // height is for the timeline and the table.
    totalsButtons_ = new QWidget(this);
    auto *buttons = new QHBoxLayout(totalsButtons_);
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(exportButton_);
    buttons->addWidget(openButton_);
    buttons->addWidget(codeSplit_->toggleButton());
    buttons->addStretch(1);
    totalsRow_ = new QBoxLayout(QBoxLayout::LeftToRight);
    totalsRow_->addWidget(totals_, 1);
    totalsRow_->addWidget(totalsButtons_, 0, Qt::AlignTop);
    for (QSplitter *splitter : {liveView_, withCode_})
        connect(splitter, &QSplitter::splitterMoved, this, &ExperimentPage::layoutChanged);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(modelRow);
    layout->addWidget(numbers_);
    layout->addLayout(totalsRow_);
    layout->addWidget(withCode_, 1);

    connect(modelBox_, &QComboBox::currentIndexChanged, this, &PrimesPage::updateControls);
    connect(modelBox_, &QComboBox::currentIndexChanged, this, &PrimesPage::updateListing);
    connect(racyBox_, &QCheckBox::toggled, this, &PrimesPage::updateListing);
    updateListing();
    connect(numbers_, &NumbersInput::validityChanged, this, &PrimesPage::updateControls);
    retranslateUi();
    fitToFont();
}

// Each page compares against its first variant, so the highlighted lines
// are what changed: Process against sequential code, the racy loop against
// the fixed one, a pool against hand-made threads.
void PrimesPage::updateListing()
{
    const auto baseline = static_cast<PrimesModel>(modelBox_->itemData(0).toInt());
    const PrimesModel m = model();
    code_->showListing(primesListing(m, m == PrimesModel::Processes && racyBox_->isChecked()),
                       primesListing(baseline, false));
}

void PrimesPage::retranslateUi()
{
    const auto name = [](PrimesModel m) {
        switch (m) {
        case PrimesModel::Sequential: return tr("sequential (sequential.py)");
        case PrimesModel::Coroutines: return tr("coroutines on one event loop");
        case PrimesModel::Processes: return tr("processes (procs.py)");
        case PrimesModel::CoroutinesExecutor: return tr("coroutines + process executor");
        case PrimesModel::Threads: return tr("threads (threads.py)");
        case PrimesModel::Pool: return tr("thread pool (ThreadPoolExecutor)");
        }
        return QString();
    };
    for (int i = 0; i < modelBox_->count(); ++i)
        modelBox_->setItemText(i, name(static_cast<PrimesModel>(modelBox_->itemData(i).toInt())));
    //: checkbox on the process-pool page
    racyBox_->setText(tr("race condition (procs.py before its fix)"));
    racyBox_->setToolTip(tr("The report loop stops once the job queue is empty, while workers may still be "
                            "checking numbers: their results are lost."));
    //: menu button with the exports of the run on screen
    exportButton_->setText(tr("Export"));
    // The same actions sit in the File menu, so each names what it does.
    exportActions_[0]->setText(tr("Export results as CSV…"));
    exportActions_[1]->setText(tr("Export results as JSON…"));
    exportActions_[2]->setText(tr("Export Chrome trace for Perfetto…"));
    exportActions_[3]->setText(tr("Save recording…"));
    openAction_->setText(tr("Open recording…"));
    //: button on the replay banner: show the rest of the recording at once
    skipButton_->setText(tr("Skip to end"));
    updateReplayBanner();
    //: label of the model choice
    modelLabel_->setText(tr("Model:"));
    emit results_->headerDataChanged(Qt::Horizontal, 0, ResultsTableModel::ColumnCount - 1);
    table_->viewport()->update();
    timeline_->update();
    updateControls();
    showOutcome();
    updateTotals();
}

// Presentation mode and zoom change the font: the totals stay a step larger
// than the rest, and the table's columns stay wide enough for 2^64-1.
void PrimesPage::fitToFont()
{
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    totals_->setFont(big);
    const QFontMetrics fm = table_->fontMetrics();
    table_->verticalHeader()->setDefaultSectionSize(fm.height() + fm.height() / 2);
    const int digit = fm.horizontalAdvance(u'0');
    const int padding = fm.height();
    const int widths[ResultsTableModel::ColumnCount] = {20, 2, 11, 6, 8, 8};
    int minimumWidth = table_->verticalScrollBar()->sizeHint().width() + 2 * table_->frameWidth();
    for (int c = 0; c < ResultsTableModel::ColumnCount; ++c) {
        const int header = table_->horizontalHeader()->fontMetrics().horizontalAdvance(
                               results_->headerData(c, Qt::Horizontal).toString()) + 2 * padding;
        const int w = std::max(widths[c] * digit + padding, header);
        table_->setColumnWidth(c, w);
        // n, P and elapsed always show; at a large zoom the rest may
        // scroll sideways rather than squeeze the code pane.
        if (c <= ResultsTableModel::ElapsedColumn)
            minimumWidth += w;
    }
    table_->setMinimumWidth(minimumWidth);
}

QList<QAction *> PrimesPage::fileActions()
{
    return {openAction_, exportActions_[3], exportActions_[0], exportActions_[1], exportActions_[2]};
}

QByteArray PrimesPage::saveLayout() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << quint32(1) << withCode_->saveState() << liveView_->saveState();
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
    if (withCode_->restoreState(code) && liveView_->restoreState(live))
        codeFit_->setUserSized(true);
}

void PrimesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::FontChange)
        fitToFont();
    ExperimentPage::changeEvent(event);
}

void PrimesPage::availableWidthChanged(int width)
{
    // Zoomed on a narrow screen the buttons go below the totals, which
    // would otherwise wrap a word to a line beside them.
    const int budget = rowWidth(width);
    const int wanted = QFontMetrics(totals_->font()).horizontalAdvance(totals_->text().left(40))
        + totalsButtons_->sizeHint().width();
    totalsRow_->setDirection(wanted <= budget ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
}

} // namespace conlab
