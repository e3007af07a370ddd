// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/pages/comparisonpage.h"

#include "ui/models/comparisonmodel.h"
#include "ui/widgets/comparisondelegate.h"
#include "ui/widgets/comparisontablefit.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace conlab {

namespace {
QLabel *wrapping(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    return label;
}
} // namespace

ComparisonPage::ComparisonPage(QWidget *parent) : InfoPage(parent)
{
    title_ = new QLabel(this);
    title_->setTextFormat(Qt::RichText);
    intro_ = wrapping(this);
    today_ = new QPushButton(this);
    today_->setCheckable(true);
    today_->setObjectName(QStringLiteral("comparisonToday"));
    caption_ = wrapping(this);
    model_ = new ComparisonModel(this);
    table_ = new QTableView(this);
    table_->setObjectName(QStringLiteral("comparisonTable"));
    table_->setModel(model_);
    table_->setItemDelegate(new ComparisonDelegate(table_));
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // No selection, but a current cell: the keyboard walks the cells and
    // Enter opens the one it is on, as a click does.
    table_->setSelectionMode(QAbstractItemView::NoSelection);
    table_->setFocusPolicy(Qt::StrongFocus);
    table_->setTabKeyNavigation(false);
    table_->setMouseTracking(true);
    table_->setAlternatingRowColors(true);
    table_->setWordWrap(false);
    // ComparisonTableFit sizes the sections; titles wrap at spaces, never elide.
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->horizontalHeader()->setMinimumSectionSize(1);
    table_->horizontalHeader()->setDefaultAlignment(Qt::Alignment::fromInt(Qt::AlignCenter | Qt::TextWordWrap));
    table_->verticalHeader()->setDefaultAlignment(
        Qt::Alignment::fromInt(Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap));
    for (QHeaderView *header : {table_->horizontalHeader(), table_->verticalHeader()})
        header->setTextElideMode(Qt::ElideNone);
    table_->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table_->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    legend_ = wrapping(this);
    csp_ = wrapping(this);
    sources_ = wrapping(this);
    sources_->setTextFormat(Qt::PlainText);

    auto *switchRow = new QHBoxLayout;
    switchRow->addWidget(today_);
    switchRow->addWidget(caption_, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title_);
    layout->addWidget(intro_);
    layout->addLayout(switchRow);
    layout->addWidget(table_);
    layout->addWidget(legend_);
    layout->addWidget(csp_);
    layout->addWidget(sources_);
    layout->addStretch(1);

    connect(today_, &QPushButton::toggled, this, &ComparisonPage::setToday);
    connect(table_, &QAbstractItemView::clicked, this, &ComparisonPage::open);
    connect(table_, &QAbstractItemView::activated, this, &ComparisonPage::open);
    connect(table_, &QAbstractItemView::entered, this, &ComparisonPage::pointAt);
    connect(table_, &QAbstractItemView::viewportEntered, this, [this] { pointAt({}); });
    table_->setCurrentIndex(model_->index(0, 0));
    retranslateUi();
}

QString ComparisonPage::title() const
{
    return tr("The models compared");
}

QWidget *ComparisonPage::liveView()
{
    return table_;
}

void ComparisonPage::setToday(bool today)
{
    if (today_->isChecked() != today) {
        today_->setChecked(today); // comes back here through toggled()
        return;
    }
    const QModelIndex current = table_->currentIndex();
    model_->setToday(today);
    // The keyboard stays on its cell, or comes back into the table.
    if (!current.isValid() || current.column() >= model_->columnCount())
        table_->setCurrentIndex(model_->index(std::max(current.row(), 0), 0));
    retranslateUi();
}

void ComparisonPage::setDemoTarget(std::function<QString(ComparisonFacts::Demo)> target)
{
    model_->setDemoTarget(std::move(target));
}

void ComparisonPage::open(const QModelIndex &index)
{
    const ComparisonFacts::Demo demo = model_->demo(index);
    if (demo != ComparisonFacts::Demo::None)
        emit demoRequested(demo);
}

void ComparisonPage::pointAt(const QModelIndex &index)
{
    // A link looks like one: the pointing hand over the cells that open an
    // experiment, the arrow everywhere else.
    if (model_->demo(index) != ComparisonFacts::Demo::None)
        table_->viewport()->setCursor(Qt::PointingHandCursor);
    else
        table_->viewport()->unsetCursor();
}

void ComparisonPage::fitTable()
{
    ComparisonTableFit::apply(table_, font(), rowWidth(availableWidth()));
}

void ComparisonPage::availableWidthChanged(int)
{
    fitTable();
}

void ComparisonPage::showSources()
{
    if (!model_->isToday()) {
        sources_->setText(tr("Source: Mark Shannon's table from the python-dev discussion of PEP 554 "
                             "(subinterpreters), as the chapter cites it."));
        return;
    }
    QStringList lines;
    for (int s = 1; s < static_cast<int>(ComparisonFacts::Source::Count); ++s) {
        const auto source = static_cast<ComparisonFacts::Source>(s);
        lines << ComparisonDelegate::superscript(ComparisonFacts::sourceNumber(source)) + u' '
                     + ComparisonFacts::sourceText(source);
    }
    sources_->setText(lines.join(u'\n'));
}

void ComparisonPage::retranslateUi()
{
    title_->setText(QStringLiteral("<h2>%1</h2>").arg(title().toHtmlEscaped()));
    intro_->setText(tr("Mark Shannon's table, as the chapter cites it: four models of concurrency in Python, "
                       "PEP 554's subinterpreters among them, against Hoare's ideal. The question marks were "
                       "the honest state of 2020."));
    today_->setText(tr("&Today"));
    today_->setToolTip(tr("What became of the open cells since the book, and the free-threaded column (Alt+T)"));
    caption_->setText(model_->isToday()
                          ? tr("Today (Python 3.14). Bold in a frame, with its source's number: changed since "
                               "the book. Dashed frame: still open.")
                          : tr("The book's table (2020)."));
    legend_->setText(tr("Underlined with ↗: click it, or press Enter on it, to open the experiment that shows it."));
    csp_->setText(tr("Ideal CSP is Hoare's Communicating Sequential Processes (1978): nothing is shared, and "
                     "units talk only through channels. Go breaks the ideal: goroutines may share objects."));
    showSources();
    model_->retranslate();
    fitTable();
}

void ComparisonPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::FontChange)
        fitTable();
    InfoPage::changeEvent(event);
}

} // namespace conlab
