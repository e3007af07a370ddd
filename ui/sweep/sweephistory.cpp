// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/sweep/sweephistory.h"

#include "core/sweep/sweepconfig.h"
#include "ui/sweep/sweeptext.h"

#include <QEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace conlab {

namespace {
enum Column { SweepColumn, RunsColumn, ColumnCount };
constexpr int kPathRole = Qt::UserRole;

// The legend's names for the specs a file lists ("threads, GIL on").
QString seriesNames(const QStringList &specs, const QString &cpython)
{
    QStringList names;
    for (const QString &spec : specs) {
        QString error;
        const std::optional<SweepSeries> s = SweepSeries::parse(spec, &error);
        names << (s ? s->label(cpython) : spec);
    }
    return names.join(QStringLiteral("; "));
}
} // namespace

SweepHistory::SweepHistory(QWidget *parent) : QWidget(parent)
{
    heading_ = new QLabel(this);
    hint_ = new QLabel(this);
    hint_->setWordWrap(true);
    tree_ = new QTreeWidget(this);
    tree_->setColumnCount(ColumnCount);
    tree_->setRootIsDecorated(false);
    tree_->setSelectionMode(QAbstractItemView::ExtendedSelection);
    tree_->setSelectionBehavior(QAbstractItemView::SelectRows);
    tree_->setAlternatingRowColors(true);
    // Two lines a sweep (its date over its series), wrapped to the column:
    // the list is narrow beside the chart, and nothing may be cut off.
    tree_->setWordWrap(true);
    tree_->setTextElideMode(Qt::ElideNone);
    tree_->header()->setStretchLastSection(false);
    tree_->header()->setSectionResizeMode(SweepColumn, QHeaderView::Stretch);
    tree_->header()->setSectionResizeMode(RunsColumn, QHeaderView::ResizeToContents);
    tree_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading_);
    layout->addWidget(tree_, 1);
    layout->addWidget(hint_);

    connect(&watcher_, &QFutureWatcher<Scan>::finished, this, &SweepHistory::scanDone);
    connect(tree_, &QTreeWidget::itemSelectionChanged, this, &SweepHistory::selectionChanged);
    retranslateUi();
}

SweepHistory::~SweepHistory()
{
    // The scan only reads files; let it finish rather than leave it running
    // against a destroyed watcher.
    watcher_.waitForFinished();
}

void SweepHistory::refresh(const QString &select)
{
    if (!select.isEmpty())
        pendingSelect_ = select;
    if (scanning_) {
        rescan_ = true; // the folder changed during the scan: look again after it
        return;
    }
    scanning_ = true;
    watcher_.setFuture(QtConcurrent::run([] {
        Scan scan;
        scan.all = SweepStore::list();
        scan.unfinished = SweepStore::latestUnfinished();
        return scan;
    }));
}

void SweepHistory::scanDone()
{
    scanning_ = false;
    const Scan scan = watcher_.result();
    listings_ = scan.all;
    unfinished_ = scan.unfinished;
    fill();
    if (rescan_) {
        rescan_ = false;
        refresh();
        return;
    }
    emit scanned();
}

void SweepHistory::fill()
{
    filling_ = true;
    QStringList keep = picked_;
    if (!pendingSelect_.isEmpty())
        keep = {pendingSelect_};
    tree_->clear();
    picked_.clear();
    QList<QTreeWidgetItem *> selected;
    for (const SweepListing &l : std::as_const(listings_)) {
        auto *item = new QTreeWidgetItem(tree_);
        item->setData(0, kPathRole, l.path);
        //: a past sweep in the list: %1 its date, %2 its series
        item->setText(SweepColumn, tr("%1\n%2").arg(SweepText::date(l.created), seriesNames(l.series, l.cpython)));
        //: runs done of a past sweep; %1 done, %2 in all
        QString runs = tr("%1 / %2").arg(l.done).arg(l.total);
        if (l.issues > 0)
            //: under the runs of a past sweep; %n how many lines of its file were unreadable
            runs += u'\n' + tr("%n lines skipped", nullptr, l.issues);
        else if (l.inUse)
            //: under the runs of a past sweep that a sweep (here or in a terminal) is still running
            runs += u'\n' + tr("running");
        else if (!l.complete())
            runs += u'\n' + tr("unfinished");
        item->setText(RunsColumn, runs);
        item->setToolTip(SweepColumn, QFileInfo(l.path).fileName());
        item->setToolTip(RunsColumn,
                         l.inUse            ? tr("a sweep is writing it right now (here or in a terminal)")
                             : l.complete() ? tr("complete")
                                            : tr("unfinished: it can be resumed"));
        if (keep.contains(l.path))
            selected << item;
    }
    for (QTreeWidgetItem *item : std::as_const(selected))
        item->setSelected(true);
    for (const QString &path : std::as_const(keep)) {
        for (QTreeWidgetItem *item : std::as_const(selected)) {
            if (item->data(0, kPathRole).toString() == path)
                picked_ << path;
        }
    }
    // A scan that began before the file was written does not list it; the
    // selection then waits for the rescan that refresh() queued, instead of
    // being dropped (seen on a loaded machine: a finished sweep not picked).
    if (!pendingSelect_.isEmpty() && (picked_.contains(pendingSelect_) || !rescan_))
        pendingSelect_.clear();
    filling_ = false;
}

void SweepHistory::selectionChanged()
{
    if (filling_)
        return;
    QStringList now;
    const QList<QTreeWidgetItem *> items = tree_->selectedItems();
    for (const QTreeWidgetItem *item : items)
        now << item->data(0, kPathRole).toString();
    // Keep the order of picking: the first picked is drawn as the sweep, the
    // second compared with it; a third replaces the older of the two.
    QStringList order;
    for (const QString &p : std::as_const(picked_)) {
        if (now.contains(p))
            order << p;
    }
    for (const QString &p : std::as_const(now)) {
        if (!order.contains(p))
            order << p;
    }
    while (order.size() > 2) {
        const QString drop = order.takeFirst();
        filling_ = true;
        for (int i = 0; i < tree_->topLevelItemCount(); ++i) {
            if (tree_->topLevelItem(i)->data(0, kPathRole).toString() == drop)
                tree_->topLevelItem(i)->setSelected(false);
        }
        filling_ = false;
    }
    if (order == picked_)
        return;
    picked_ = order;
    if (!picked_.isEmpty())
        emit picked(picked_);
}

void SweepHistory::pick(const QStringList &paths)
{
    filling_ = true;
    tree_->clearSelection();
    picked_.clear();
    for (const QString &path : paths) {
        for (int i = 0; i < tree_->topLevelItemCount(); ++i) {
            if (tree_->topLevelItem(i)->data(0, kPathRole).toString() == path) {
                tree_->topLevelItem(i)->setSelected(true);
                picked_ << path;
            }
        }
    }
    filling_ = false;
    if (!picked_.isEmpty())
        emit picked(picked_);
}

QString SweepHistory::rowText(int row) const
{
    const QTreeWidgetItem *item = tree_->topLevelItem(row);
    if (!item)
        return {};
    QStringList cells;
    for (int c = 0; c < ColumnCount; ++c)
        cells << item->text(c);
    return cells.join(QStringLiteral(" | "));
}

void SweepHistory::retranslateUi()
{
    //: heading of the list of past sweeps
    heading_->setText(tr("<b>Past sweeps</b>"));
    hint_->setText(tr("Pick one to see its chart; Ctrl+click a second to compare the two."));
    tree_->setHeaderLabels({tr("sweep"), tr("runs")});
    fill();
}

void SweepHistory::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace conlab
