// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// TaskQueuePage: how its parts are arranged, their texts (retranslated on a
// language switch) and the arrangement kept across sessions.
#include "ui/pages/taskqueuepage.h"

#include "ui/codepane/codepane.h"
#include "ui/codepane/codesplit.h"
#include "ui/codepane/codewidthfit.h"
#include "ui/taskqueue/queuelengthchart.h"
#include "ui/taskqueue/roompanel.h"
#include "ui/taskqueue/tasklanesview.h"
#include "ui/taskqueue/taskqueuecontrols.h"
#include "ui/taskqueue/taskqueuetotals.h"
#include "ui/taskqueue/taskresultsmodel.h"

#include <QCheckBox>
#include <QDataStream>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace conlab {

void TaskQueuePage::buildLayout()
{
    controls_ = new TaskQueueControls(this);
    killButton_ = new QPushButton(this);
    killButton_->setObjectName(QStringLiteral("killPoolProcess"));
    killLabel_ = new QLabel(this);
    killLabel_->setObjectName(QStringLiteral("killStatus"));
    killLabel_->setWordWrap(true);
    roomToggle_ = new QCheckBox(this);
    roomToggle_->setObjectName(QStringLiteral("openToRoom"));
    status_ = new QLabel(this);
    status_->setObjectName(QStringLiteral("taskStatus"));
    status_->setWordWrap(true);
    status_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    roomPanel_ = new RoomPanel(this);
    totals_ = new TaskQueueTotals(this);
    totals_->fitToFont(font());

    live_ = new QWidget(this);
    live_->setObjectName(QStringLiteral("taskLive"));
    lanes_ = new TaskLanesView(live_);
    queue_ = new QueueLengthChart(live_);
    table_ = new QTableView(live_);
    table_->setObjectName(QStringLiteral("taskResults"));
    table_->setModel(results_);
    table_->setAlternatingRowColors(true);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    // Completion order, as the workers finish: the newest row stays in sight.
    connect(results_, &QAbstractItemModel::rowsInserted, table_, &QTableView::scrollToBottom);
    incidentsLabel_ = new QLabel(live_);
    incidents_ = new QListWidget(live_);
    incidents_->setObjectName(QStringLiteral("taskIncidents"));
    incidents_->setWordWrap(true);

    auto *side = new QWidget(live_);
    side->setMinimumWidth(8 * fontMetrics().height());
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(queue_, 1);
    sideLayout->addWidget(incidentsLabel_);
    sideLayout->addWidget(incidents_, 1);
    auto *bottom = new QSplitter(Qt::Horizontal, live_);
    bottom->addWidget(table_);
    bottom->addWidget(side);
    bottom->setStretchFactor(0, 3);
    bottom->setStretchFactor(1, 2);
    bottom->setChildrenCollapsible(false);
    views_ = new QSplitter(Qt::Vertical, live_);
    views_->setObjectName(QStringLiteral("taskViewsSplitter"));
    views_->addWidget(lanes_);
    views_->addWidget(bottom);
    views_->setStretchFactor(0, 1);
    views_->setStretchFactor(1, 1);
    views_->setChildrenCollapsible(false);
    auto *liveLayout = new QVBoxLayout(live_);
    liveLayout->setContentsMargins(0, 0, 0, 0);
    liveLayout->addWidget(views_);

    code_ = new CodePane(this);
    code_->showListing(QStringLiteral(":/listings/primes_tasks.py"), QStringLiteral(":/listings/primes_tasks.py"));
    withCode_ = new QSplitter(Qt::Horizontal, this);
    withCode_->setObjectName(QStringLiteral("taskCodeSplitter"));
    withCode_->addWidget(live_);
    withCode_->addWidget(code_);
    withCode_->setStretchFactor(0, 3);
    withCode_->setStretchFactor(1, 2);
    withCode_->setSizes({6000, 4000});
    withCode_->setChildrenCollapsible(false);
    new CodeWidthFit(withCode_, code_, this);
    auto *codeSplit = new CodeSplit(withCode_, code_, this);
    connect(withCode_, &QSplitter::splitterMoved, this, &ExperimentPage::layoutChanged);
    connect(views_, &QSplitter::splitterMoved, this, &ExperimentPage::layoutChanged);

    auto *actions = new QHBoxLayout;
    actions->addWidget(killButton_);
    actions->addWidget(killLabel_, 1);
    actions->addWidget(roomToggle_);
    actions->addWidget(codeSplit->toggleButton());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(controls_);
    layout->addLayout(actions);
    layout->addWidget(status_);
    layout->addWidget(roomPanel_);
    layout->addWidget(totals_);
    layout->addWidget(withCode_, 1);
    fitTable();
}

// Zoom and presentation mode change the font: n, P and elapsed stay whole
// (the book's 16 digits), host and pid may scroll sideways on a narrow screen.
void TaskQueuePage::fitTable()
{
    const QFontMetrics fm = table_->fontMetrics();
    table_->verticalHeader()->setDefaultSectionSize(fm.height() + fm.height() / 2);
    const int digit = fm.horizontalAdvance(u'0');
    const int padding = fm.height();
    const int digits[TaskResultsModel::ColumnCount] = {17, 2, 10, 8, 7};
    int minimum = table_->verticalScrollBar()->sizeHint().width() + 2 * table_->frameWidth();
    for (int c = 0; c < TaskResultsModel::ColumnCount; ++c) {
        const int header = table_->horizontalHeader()->fontMetrics().horizontalAdvance(
                               results_->headerData(c, Qt::Horizontal).toString())
            + 2 * padding;
        const int w = std::max(digits[c] * digit + padding, header);
        table_->setColumnWidth(c, w);
        // Every column, pid included: seen from the back of a room, a pid
        // cut to "1819" reads as another process.
        minimum += w;
    }
    table_->setMinimumWidth(minimum);
}

void TaskQueuePage::retranslateUi()
{
    killButton_->setText(tr("Kill a pool process"));
    killButton_->setToolTip(tr("SIGKILL one process of a local prefork node, one that is running a task if any (T4)"));
    if (!killText_.isEmpty())
        killLabel_->setText(killText_);
    roomToggle_->setText(tr("Open to the room"));
    roomToggle_->setToolTip(tr("Let workers on other machines in the room join this broker over the LAN"));
    incidentsLabel_->setText(tr("Incidents"));
    fitTable();
}

QByteArray TaskQueuePage::saveLayout() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << quint32(1) << withCode_->saveState() << views_->saveState();
    return state;
}

void TaskQueuePage::restoreLayout(const QByteArray &state)
{
    QDataStream in(state);
    quint32 version = 0;
    QByteArray code, views;
    in >> version >> code >> views;
    if (in.status() != QDataStream::Ok || version != 1)
        return; // nothing stored yet, or another version's: keep the defaults
    withCode_->restoreState(code);
    views_->restoreState(views);
}

} // namespace conlab
