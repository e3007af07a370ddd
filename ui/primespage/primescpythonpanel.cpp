// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/primespage/primescpythonpanel.h"

#include "core/cpython/primessidebyside.h"
#include "ui/models/resultstablemodel.h"
#include "ui/models/sidebysidemodel.h"
#include "ui/pages/primesoutcome.h"
#include "ui/widgets/cpythonheading.h"
#include "ui/widgets/timelineview.h"

#include <QHeaderView>
#include <QLabel>
#include <QResizeEvent>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace conlab {

PrimesCPythonPanel::PrimesCPythonPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("primesCPythonPanel"));
    heading_ = new CPythonHeading(this);
    summary_ = new QLabel(this);
    summary_->setWordWrap(true);
    summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // CPython's timeline beside the table of pairs: under the emulation's
    // own timeline and table, so the eye compares straight down.
    auto *timelinePane = new QWidget(this);
    auto *tl = new QVBoxLayout(timelinePane);
    tl->setContentsMargins(0, 0, 0, 0);
    results_ = new ResultsTableModel(this);
    timeline_ = new TimelineView(timelinePane);
    timeline_->setObjectName(QStringLiteral("cpythonTimeline"));
    timeline_->setModel(results_);
    timeline_->setLegendShown(false); // the emulation's, right above, says the same
    tl->addWidget(timeline_, 1);

    pairs_ = new SideBySideModel(this);
    table_ = new QTableView(this);
    table_->setObjectName(QStringLiteral("cpythonPairs"));
    table_->setModel(pairs_);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->setMinimumHeight(60);

    split_ = new QSplitter(Qt::Horizontal, this);
    split_->setObjectName(QStringLiteral("cpythonSplitter"));
    split_->addWidget(timelinePane);
    split_->addWidget(table_);
    split_->setChildrenCollapsible(false);
    split_->setSizes({1000, 1200});
    pairTimer_ = new QTimer(this);
    pairTimer_->setSingleShot(true);
    pairTimer_->setInterval(200);
    connect(pairTimer_, &QTimer::timeout, this, &PrimesCPythonPanel::pairLive);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(heading_);
    layout->addWidget(summary_);
    layout->addWidget(split_, 1);
    clear();
}

void PrimesCPythonPanel::clear()
{
    results_->clear();
    timeline_->clear();
    pairTimer_->stop();
    emulation_.reset();
    pairs_->setPairs({});
    summary_->clear();
    hide();
}

void PrimesCPythonPanel::showRunning(const PrimesConfig &config, Rows emulation)
{
    heading_->showRunning();
    summary_->clear();
    emulation_ = std::move(emulation);
    // The emulation's column at once; CPython's fills in as it reports.
    pairs_->setPairs(PrimesSideBySide::pair(*emulation_, {}));
    table_->resizeColumnsToContents();
    prepareTimeline(config);
    timeline_->setLive(true);
    split_->show();
    show();
    fitSplit();
}

void PrimesCPythonPanel::appendLive(const std::vector<PrimeResult> &batch)
{
    std::int64_t end = 0;
    for (const PrimeResult &r : batch)
        end = std::max(end, r.endNs);
    results_->append(batch);
    timeline_->setMinimumSpanNs(end);
    if (!pairTimer_->isActive())
        pairTimer_->start();
}

void PrimesCPythonPanel::pairLive()
{
    if (emulation_)
        pairs_->setPairs(PrimesSideBySide::pair(*emulation_, *results_->snapshot()));
}

void PrimesCPythonPanel::prepareTimeline(const PrimesConfig &config)
{
    results_->clear();
    timeline_->clear();
    std::vector<TimelineView::Lane> lanes;
    for (const auto &[worker, name] : PrimesOutcome::laneNames(config))
        //: a lane of the CPython run's timeline; %1 the worker ("Process-1")
        lanes.push_back({worker, tr("CPython %1").arg(name)});
    timeline_->setLanes(std::move(lanes));
    timeline_->setTotalNumbers(static_cast<qsizetype>(config.numbers.size()));
    timeline_->setToolTip(tr("CPython's timeline: each worker's start and end, from the listing's own records"));
}

void PrimesCPythonPanel::showSide(const PrimesConfig &config, Rows emulation,
                                  const std::optional<RunSummary> &emulationSummary, const CPythonSide &side)
{
    heading_->showSide(side);
    pairTimer_->stop(); // the final pairs follow
    emulation_ = std::move(emulation);
    const PrimesSideBySide::Totals totals = PrimesSideBySide::totals(*emulation_, emulationSummary, side);
    summary_->setText(PrimesSideBySide::summary(totals, side));
    pairs_->setPairs(PrimesSideBySide::pair(*emulation_, side.results));

    prepareTimeline(config);
    results_->append(side.results);
    timeline_->setLive(false);
    timeline_->setMinimumSpanNs(static_cast<std::int64_t>((side.summary ? side.summary->wall : side.seconds) * 1e9));
    split_->setVisible(!side.results.empty() || !emulation_->empty());
    show();
    table_->resizeColumnsToContents();
    fitSplit();
}

QSize PrimesCPythonPanel::sizeHint() const
{
    return {QWidget::sizeHint().width(), 0};
}

void PrimesCPythonPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitSplit();
}

// The timeline over the table when the height holds both (the timeline
// then lines up with the emulation's, right above it); beside it on a wide
// and short panel; over it again when too narrow for that.
void PrimesCPythonPanel::fitSplit()
{
    const int rowHeight = table_->verticalHeader()->defaultSectionSize();
    const int tableHigh = table_->horizontalHeader()->sizeHint().height() + 4 * rowHeight + 2 * table_->frameWidth();
    const int room = height() - heading_->sizeHint().height() - summary_->heightForWidth(width()) - 8;
    const int wide = timeline_->minimumSizeHint().width() + table_->horizontalHeader()->length()
        + table_->verticalScrollBar()->sizeHint().width() + 4 * table_->frameWidth();
    const bool tall = room >= timeline_->minimumSizeHint().height() + tableHigh;
    const Qt::Orientation wanted = tall || width() < wide ? Qt::Vertical : Qt::Horizontal;
    if (wanted == split_->orientation())
        return;
    split_->setOrientation(wanted);
    if (wanted == Qt::Vertical) {
        const int h = std::max(room, 2);
        split_->setSizes({h / 2, h - h / 2});
    } else {
        split_->setSizes({1000, 1200});
    }
}

QString PrimesCPythonPanel::summaryText() const
{
    return summary_->text();
}

QString PrimesCPythonPanel::headingText() const
{
    return heading_->fullText();
}

} // namespace conlab
