// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/widgets/spinnerglyph.h"

#include "ui/theme/palette.h"
#include "ui/widgets/accessibletext.h"

#include <QEvent>
#include <QFontDatabase>
#include <QPainter>

namespace conlab {

namespace {
// The glyph is this many times the text size: big enough for the back row,
// and it scales with zoom since the text size does.
constexpr qreal kGlyphScale = 5.0;
} // namespace

SpinnerGlyph::SpinnerGlyph(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
    //: The spinner glyph's name for a screen reader
    a11y::setName(this, tr("Spinner"));
    describer_ = new AccessibleDescriber(this, [this] { return description(); });
    describer_->now();
}

void SpinnerGlyph::setProgress(int framesDrawn, Run run)
{
    if (framesDrawn == frames_ && run == run_)
        return;
    const bool runChanged = run != run_;
    frames_ = framesDrawn;
    run_ = run;
    // A start or an end is told at once; the count, drawn at 10 Hz, at
    // most once a second.
    if (runChanged)
        describer_->now();
    else
        describer_->changed();
}

QString SpinnerGlyph::description() const
{
    switch (run_) {
    case Run::None:
        //: Screen reader: the spinner glyph before any run
        return tr("no run yet");
    case Run::Going:
        if (frames_ == 0)
            //: Screen reader: a run goes and the spinner has drawn nothing
            return tr("nothing drawn yet");
        if (glyph_ == 0)
            //: Screen reader: the spinner drew frames, then wiped its line
            return tr("%n frame(s) drawn, line wiped", nullptr, frames_);
        //: Screen reader: the spinner is drawing while the run goes
        return tr("%n frame(s) drawn, still spinning", nullptr, frames_);
    case Run::Ended:
        if (frames_ == 0)
            //: Screen reader: the run ended and the spinner never drew a frame
            return tr("never appeared");
        //: Screen reader: the run ended after the spinner drew frames
        return tr("%n frame(s) drawn, then stopped", nullptr, frames_);
    }
    return {};
}

void SpinnerGlyph::showFrame(char glyph, const QString &message)
{
    glyph_ = glyph;
    message_ = message;
    update();
}

void SpinnerGlyph::setCaption(const QString &caption)
{
    caption_ = caption;
    update();
}

void SpinnerGlyph::clear()
{
    glyph_ = 0;
    describer_->changed();
    update();
}

QFont SpinnerGlyph::glyphFont() const
{
    // Fixed pitch, as in a terminal, so '|' and '-' sit in the same cell.
    QFont f = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    f.setPixelSize(qMax(12, static_cast<int>(QFontInfo(font()).pixelSize() * kGlyphScale)));
    f.setBold(true);
    return f;
}

QSize SpinnerGlyph::sizeHint() const
{
    const QFontMetrics fm(glyphFont());
    return {fm.horizontalAdvance(QStringLiteral("| thinking!")) + 16, fm.height() + 8};
}

QSize SpinnerGlyph::minimumSizeHint() const
{
    const QFontMetrics fm(glyphFont());
    return {fm.horizontalAdvance(QStringLiteral("|")) * 3, fm.height() + 8};
}

void SpinnerGlyph::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    const QRect r = rect().adjusted(4, 4, -4, -4);
    p.fillRect(rect(), theme::background);
    if (glyph_ == 0) {
        // Nothing drawn yet, or the line was wiped: the lesson is the blank.
        if (!caption_.isEmpty()) {
            p.setPen(theme::mutedText);
            p.drawText(r, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, caption_);
        }
        return;
    }
    const QFont big = glyphFont();
    p.setFont(big);
    p.setPen(theme::spinnerGlyph);
    const QFontMetrics fm(big);
    const QString g(QChar::fromLatin1(glyph_));
    const int cell = fm.horizontalAdvance(u'M');
    p.drawText(QRect(r.left(), r.top(), cell, r.height()), Qt::AlignCenter, g);
    QFont msg = big;
    msg.setBold(false);
    msg.setPixelSize(big.pixelSize() / 2);
    p.setFont(msg);
    p.setPen(theme::text);
    p.drawText(QRect(r.left() + cell + cell / 2, r.top(), r.width() - cell * 2, r.height()),
               Qt::AlignVCenter | Qt::AlignLeft, message_);
}

void SpinnerGlyph::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        updateGeometry();
    if (event->type() == QEvent::LanguageChange) {
        a11y::setName(this, tr("Spinner"));
        describer_->now();
    }
    QWidget::changeEvent(event);
}

} // namespace conlab
