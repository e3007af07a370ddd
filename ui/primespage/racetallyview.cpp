// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/primespage/racetallyview.h"

#include "ui/theme/palette.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QResizeEvent>
#include <algorithm>

namespace conlab {

namespace {

constexpr std::array<RaceOutcome, 3> kOutcomes{RaceOutcome::Complete, RaceOutcome::Lost, RaceOutcome::Hung};

// Pale fills and dark text, as the outcome banners: the border carries the
// colour, so the three stay apart on a washed-out projector.
QString boxStyle(RaceOutcome outcome)
{
    QColor fill = theme::raceCompleteFill, border = theme::raceCompleteBorder;
    if (outcome == RaceOutcome::Lost) {
        fill = theme::raceLostFill;
        border = theme::raceLostBorder;
    } else if (outcome == RaceOutcome::Hung) {
        fill = theme::raceHungFill;
        border = theme::raceHungBorder;
    }
    return QStringLiteral("QLabel { background: %1; color: %2; border: 2px solid %3; border-radius: 4px; }")
        .arg(fill.name(), theme::text.name(), border.name());
}

QLabel *wrapping(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

} // namespace

RaceTallyView::RaceTallyView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("raceTally"));
    grid_ = new QGridLayout(this);
    grid_->setContentsMargins(0, 0, 0, 0);
    grid_->setHorizontalSpacing(6);
    grid_->setVerticalSpacing(3);
    for (int c = 0; c < 3; ++c)
        grid_->setColumnStretch(c, 1);
    emulationSide_ = makeSide(0);
    cpythonSide_ = makeSide(3);
    hide();
}

RaceTallyView::Side RaceTallyView::makeSide(int row)
{
    Side side;
    side.heading = wrapping(this);
    side.heading->setTextFormat(Qt::PlainText);
    QFont bold = side.heading->font();
    bold.setBold(true);
    side.heading->setFont(bold);
    grid_->addWidget(side.heading, row, 0, 1, 3);
    for (std::size_t k = 0; k < kOutcomes.size(); ++k) {
        QLabel *box = wrapping(this);
        box->setTextFormat(Qt::RichText);
        box->setMargin(4);
        box->setStyleSheet(boxStyle(kOutcomes[k]));
        grid_->addWidget(box, row + 1, static_cast<int>(k));
        side.outcomes[k] = box;
    }
    side.unjudged = wrapping(this);
    side.unjudged->setTextFormat(Qt::PlainText);
    grid_->addWidget(side.unjudged, row + 2, 0, 1, 3);
    return side;
}

void RaceTallyView::showTallies(const RaceTally &emulation, const std::optional<RaceTally> &cpython)
{
    emulation_ = emulation;
    cpython_ = cpython;
    render();
    show();
}

void RaceTallyView::clear()
{
    text_.clear();
    emulation_.reset();
    cpython_.reset();
    hide();
}

void RaceTallyView::showSide(Side &side, const QString &heading, const RaceTally *tally)
{
    side.heading->setVisible(tally != nullptr);
    for (QLabel *box : side.outcomes)
        box->setVisible(tally != nullptr);
    side.unjudged->setVisible(tally && tally->unjudged() > 0);
    if (!tally)
        return;
    side.heading->setText(heading);
    text_ << heading;
    for (std::size_t k = 0; k < kOutcomes.size(); ++k) {
        const RaceOutcome o = kOutcomes[k];
        const QString detail = tally->detailText(o);
        const QString count = tally->countText(o);
        QString html = QStringLiteral("<span style=\"font-size:large; font-weight:bold\">%1</span>")
                           .arg(count.toHtmlEscaped());
        if (!detail.isEmpty())
            html += QStringLiteral("<br>") + detail.toHtmlEscaped();
        const QString plain = detail.isEmpty() ? count : count + QStringLiteral(" — ") + detail;
        side.outcomes[k]->setText(html);
        side.outcomes[k]->setAccessibleName(plain);
        // The seeds only on demand: the box keeps the room's few words.
        const QString seeds = o == RaceOutcome::Complete ? QString() : tally->seedsText(o);
        side.outcomes[k]->setToolTip(seeds);
        text_ << plain;
    }
    side.unjudged->setText(tally->unjudgedText());
    if (tally->unjudged() > 0)
        text_ << tally->unjudgedText();
}

void RaceTallyView::render()
{
    text_.clear();
    if (!emulation_)
        return;
    //: heading of the repeated racy run's tally; %1 how far it is ("3 of 10 runs so far")
    showSide(emulationSide_, tr("Emulation, racy procs.py: %1").arg(emulation_->progressText()), &*emulation_);
    //: heading of CPython's tally; %1 how far it is ("3 of 10 runs so far")
    showSide(cpythonSide_, tr("CPython, the same listing: %1").arg(cpython_ ? cpython_->progressText() : QString()),
             cpython_ ? &*cpython_ : nullptr);
}

QString RaceTallyView::text() const
{
    return isHidden() ? QString() : text_.join(u'\n');
}

QSize RaceTallyView::minimumSizeHint() const
{
    // The boxes' words wrap: at this width they need this height, and a
    // squeezed box would cut them off (the timeline and table give way).
    QSize size = QWidget::minimumSizeHint();
    if (width() > 0 && grid_->hasHeightForWidth())
        size.setHeight(std::max(size.height(), grid_->totalHeightForWidth(width())));
    return size;
}

void RaceTallyView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (event->size().width() != event->oldSize().width())
        updateGeometry();
}

void RaceTallyView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QWidget::changeEvent(event);
}

} // namespace conlab
