// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/sweep/sweeppreview.h"

#include "ui/widgets/bookmedianschart.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

// The texts keep the sweep page's translation context: they were the page's,
// and the translations are filed under it.
namespace conlab {

namespace {
// About 90 characters a line: wider paragraphs are hard to follow on a wall.
constexpr int kMeasureChars = 90;
} // namespace

SweepPreview::SweepPreview(QWidget *parent) : QWidget(parent)
{
    text_ = new QLabel(this);
    text_->setTextFormat(Qt::RichText);
    text_->setWordWrap(true);
    text_->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *book = new BookMediansChart(this);
    // The text scrolls in a third of the height and the book's figure keeps
    // the rest: on a 768-line projector the text alone would fill the page.
    auto *textScroll = new QScrollArea(this);
    textScroll->setFrameShape(QFrame::NoFrame);
    textScroll->setWidgetResizable(true);
    textScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    textScroll->setWidget(text_);
    textScroll->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Ignored);
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(textScroll, 1);
    column->addWidget(book, 2);
    retranslateUi();
    fitToFont();
}

void SweepPreview::retranslateUi()
{
    const QString what = QCoreApplication::translate(
        "conlab::SweepPage",
        "This rebuilds Figure 19-2 of the chapter: procs.py run with 1 to 20 worker processes, each "
        "count repeated several times, and the median time for each count plotted against the count, "
        "with a dotted line at the lowest median.");
    const QString why = QCoreApplication::translate(
        "conlab::SweepPage",
        "In the book, on a machine with 6 cores, the time falls steeply from 1 to 6 processes (40.8 s "
        "to 10.4 s) and then stays flat or gets a little worse: once every core is busy, more "
        "processes only add start-up and switching costs. The lowest median sits at the core count.");
    const QString how = QCoreApplication::translate(
        "conlab::SweepPage",
        "Press Start (F5) to measure it on this machine. Below are the book's own numbers, plotted "
        "the way the figure plots them.");
    text_->setText(QStringLiteral("<p>%1</p><p>%2</p><p>%3</p>")
                       .arg(what.toHtmlEscaped(), why.toHtmlEscaped(), how.toHtmlEscaped()));
}

void SweepPreview::fitToFont()
{
    text_->setMaximumWidth(fontMetrics().averageCharWidth() * kMeasureChars);
}

void SweepPreview::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::FontChange)
        fitToFont();
    QWidget::changeEvent(event);
}

} // namespace conlab
