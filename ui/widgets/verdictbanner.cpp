// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/widgets/verdictbanner.h"

#include "ui/theme/palette.h"
#include "ui/widgets/accessibletext.h"

#include <QEvent>
#include <QLabel>
#include <QPainter>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>
#include <cmath>

namespace conlab {

VerdictBanner::VerdictBanner(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("verdictBanner"));
    auto makeLabel = [this] {
        auto *l = new QLabel(this);
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        return l;
    };
    headline_ = makeLabel();
    headline_->setTextFormat(Qt::RichText);
    why_ = makeLabel();
    why_->setTextFormat(Qt::PlainText);
    comparison_ = makeLabel();
    comparison_->setTextFormat(Qt::RichText);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(kBarWidth + 12, 6, 10, 6);
    layout->setSpacing(2);
    layout->addWidget(headline_);
    layout->addWidget(why_);
    layout->addWidget(comparison_);
    // Wrapped labels give their height for the width they get; the banner
    // never asks for more width than its longest word.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    hide();
    updateAccessibleText();
}

void VerdictBanner::reveal(const SpinnerConfig &config, const SpinnerReport &report,
                           std::optional<SpinnerOutcome> guess)
{
    config_ = config;
    report_ = report;
    guess_ = guess;
    verdict_ = SpinnerVerdict::of(config, report);
    render();
    show();
    // Zoomed on a small screen the reveal can sit below the fold of the
    // page's scroll area: bring it into view once it is laid out.
    QTimer::singleShot(0, this, [this] {
        for (QWidget *w = parentWidget(); w; w = w->parentWidget()) {
            if (auto *area = qobject_cast<QScrollArea *>(w)) {
                area->ensureWidgetVisible(this);
                return;
            }
        }
    });
}

void VerdictBanner::setComparison(std::optional<SpinnerComparison> comparison)
{
    comparisonData_ = std::move(comparison);
    render();
}

void VerdictBanner::clear()
{
    verdict_.reset();
    guess_.reset();
    comparisonData_.reset();
    hide();
    updateAccessibleText();
}

std::optional<bool> VerdictBanner::guessRight() const
{
    if (!verdict_ || !verdict_->outcome || !guess_)
        return std::nullopt;
    return *verdict_->outcome == *guess_;
}

int VerdictBanner::headlinePixelSize() const
{
    return qRound(QFontInfo(font()).pixelSize() * kHeadlineScale);
}

QColor VerdictBanner::colour() const
{
    if (!verdict_ || !verdict_->outcome)
        return theme::mutedText;
    switch (*verdict_->outcome) {
    case SpinnerOutcome::KeepsSpinning: return theme::keptSpinning;
    case SpinnerOutcome::Stutters: return theme::stuttered;
    case SpinnerOutcome::NeverAppears: return theme::neverAppeared;
    }
    return theme::mutedText;
}

QString VerdictBanner::headline() const
{
    return verdict_ ? verdict_->headline() : QString();
}

QString VerdictBanner::guessLine(bool html) const
{
    const auto esc = [html](const QString &s) { return html ? s.toHtmlEscaped() : s; };
    if (!guess_)
        return esc(verdict_ && verdict_->outcome ? tr("(no guess was made)") : QString());
    const QString guessName = SpinnerVerdict::name(*guess_);
    const std::optional<bool> right = guessRight();
    if (!right)
        //: %1 the guess the room made, e.g. "Stutters"
        return esc(tr("(your guess, %1, cannot be checked)").arg(guessName));
    // The mark carries colour and a symbol and a word: a colour-blind
    // viewer or a washed-out projector still reads it.
    const QString mark = *right ? tr("✓ right") : tr("✗ wrong");
    //: after the right/wrong mark; %1 the guess the room made, e.g. "Stutters"
    const QString guessed = tr("you guessed “%1”").arg(guessName);
    if (!html)
        return mark + QStringLiteral(": ") + guessed;
    return QStringLiteral("<span style=\"color:%1; font-weight:bold\">%2</span>: %3")
        .arg((*right ? theme::right : theme::wrong).name(), mark.toHtmlEscaped(), guessed.toHtmlEscaped());
}

void VerdictBanner::render()
{
    if (!verdict_ || rendering_)
        return;
    // Setting the labels' texts may send events back to this widget.
    rendering_ = true;
    const QColor c = colour();
    const int big = headlinePixelSize();
    const int guessSize = qRound(QFontInfo(font()).pixelSize() * 1.25);
    // The verdict, then the guess beside it: one rich-text label, so the
    // guess flows under the verdict when the column is narrow.
    headline_->setText(QStringLiteral("<span style=\"font-size:%1px; font-weight:bold; color:%2\">%3</span>"
                                      "&nbsp;&nbsp; <span style=\"font-size:%4px\">%5</span>")
                           .arg(big)
                           .arg(c.name(), headline().toHtmlEscaped())
                           .arg(guessSize)
                           .arg(guessLine(true)));
    // Recomputed here so a language switch reaches the why as well.
    verdict_->why = SpinnerVerdict::of(config_, report_).why;
    why_->setText(verdict_->why);
    const QString cmp = comparisonData_ ? comparisonData_->text() : QString();
    comparison_->setText(QStringLiteral("<b>%1</b>").arg(cmp.toHtmlEscaped()));
    comparison_->setVisible(!cmp.isEmpty());
    update(); // the frame takes the verdict's colour
    updateAccessibleText();
    rendering_ = false;
}

void VerdictBanner::updateAccessibleText()
{
    // The outcome in the name, so a screen reader says it first; the whole
    // banner (guess, why, comparison) in the description.
    if (!verdict_) {
        //: The verdict banner's name for a screen reader, before a run ends
        a11y::setName(this, tr("Verdict"));
    } else {
        //: The verdict banner's name for a screen reader; %1 the verdict, e.g. "Never appeared"
        a11y::setName(this, tr("Verdict: %1").arg(headline()));
    }
    a11y::setDescription(this, plainText());
}

QString VerdictBanner::plainText() const
{
    if (!verdict_)
        return {};
    QStringList lines{headline()};
    const QString guess = guessLine(false);
    if (!guess.isEmpty())
        lines.append(guess);
    lines.append(verdict_->why);
    if (comparisonData_ && !comparisonData_->text().isEmpty())
        lines.append(comparisonData_->text());
    return lines.join(u'\n');
}

void VerdictBanner::paintEvent(QPaintEvent *event)
{
    // Painted, not a style sheet: a style sheet would pin the labels' fonts
    // and zoom would no longer reach them. A faint tint of the verdict's
    // colour behind dark text, a strong border and a wide bar on the left.
    QFrame::paintEvent(event);
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor c = colour();
    QColor tint = c;
    tint.setAlpha(28);
    const QRectF r = QRectF(rect()).adjusted(1, 1, -1, -1);
    p.setPen(QPen(c, 2));
    p.setBrush(tint);
    p.drawRoundedRect(r, 4, 4);
    p.setPen(Qt::NoPen);
    p.setBrush(c);
    p.drawRoundedRect(QRectF(r.left(), r.top(), kBarWidth, r.height()), 4, 4);
}

void VerdictBanner::changeEvent(QEvent *event)
{
    // Zoom and presentation mode change the page's font; the verdict's
    // size follows it. A language switch rewrites every line.
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LanguageChange)
        render();
    if (event->type() == QEvent::LanguageChange)
        updateAccessibleText(); // also while hidden, when render() does nothing
    QFrame::changeEvent(event);
}

} // namespace conlab
