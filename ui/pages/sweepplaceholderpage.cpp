#include "pages/sweepplaceholderpage.h"

#include "widgets/bookmedianschart.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace conlab {

namespace {
// About 90 characters a line: wider paragraphs are hard to follow on a wall.
constexpr int kMeasureChars = 90;
} // namespace

SweepPlaceholderPage::SweepPlaceholderPage(QWidget *parent) : InfoPage(parent)
{
    title_ = new QLabel(this);
    title_->setTextFormat(Qt::RichText);
    body_ = new QLabel(this);
    body_->setTextFormat(Qt::RichText);
    body_->setWordWrap(true);
    body_->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    chart_ = new BookMediansChart(this);

    // Text and chart share one column about 90 characters wide: wider
    // paragraphs are hard to follow on a wall.
    column_ = new QWidget(this);
    auto *cl = new QVBoxLayout(column_);
    cl->setContentsMargins(0, 0, 0, 0);
    cl->addWidget(body_);
    cl->addWidget(chart_, 1);
    fitColumn();
    auto *row = new QHBoxLayout;
    row->addWidget(column_, 1);
    row->addStretch(0);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title_);
    layout->addLayout(row, 1);
    retranslateUi();
}

QString SweepPlaceholderPage::title() const
{
    return tr("Sweep: how many processes?");
}

void SweepPlaceholderPage::retranslateUi()
{
    title_->setText(QStringLiteral("<h2>%1</h2>").arg(title().toHtmlEscaped()));
    const QString comes = tr("This experiment comes in the next release.");
    const QString what = tr(
        "It will rebuild Figure 19-2 of the chapter: procs.py run with 1 to 20 worker "
        "processes, each count repeated several times, and the median time for each count "
        "plotted against the count, with a dotted line at the lowest median.");
    const QString why = tr(
        "In the book, on a machine with 6 cores, the time falls steeply from 1 to 6 "
        "processes (40.8 s to 10.4 s) and then stays flat or gets a little worse: once "
        "every core is busy, more processes only add start-up and switching costs. The "
        "lowest median sits at the core count.");
    const QString meanwhile = tr(
        "Until then, run page 6 with different worker counts from the toolbar to see the "
        "same effect one point at a time. Below are the book's own numbers, plotted the "
        "way the figure plots them.");
    body_->setText(QStringLiteral("<p><b>%1</b></p><p>%2</p><p>%3</p><p>%4</p>")
                       .arg(comes.toHtmlEscaped(), what.toHtmlEscaped(), why.toHtmlEscaped(),
                            meanwhile.toHtmlEscaped()));
}

void SweepPlaceholderPage::fitColumn()
{
    column_->setMaximumWidth(fontMetrics().averageCharWidth() * kMeasureChars);
}

void SweepPlaceholderPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    if (event->type() == QEvent::FontChange)
        fitColumn();
    InfoPage::changeEvent(event);
}

} // namespace conlab
