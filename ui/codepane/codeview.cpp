// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/codepane/codeview.h"

#include "ui/theme/palette.h"

#include <QAbstractTextDocumentLayout>
#include <QEvent>
#include <QPainter>
#include <QResizeEvent>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextLayout>
#include <QtMath>

namespace conlab {

namespace {
// Room between the numbers and the code, in characters.
constexpr double kGutterPadChars = 1.5;
// A wrapped line continues this many characters right of its own indent,
// but never further than this share of the width: a deeply indented line in
// a narrow pane must still leave room for its text.
constexpr int kContinuationIndentChars = 4;
constexpr double kMaxHangShare = 0.4;
} // namespace

class CodeGutter : public QWidget
{
public:
    explicit CodeGutter(CodeView *view) : QWidget(view), view_(view) { }

protected:
    void paintEvent(QPaintEvent *event) override { view_->paintGutter(event); }

private:
    CodeView *view_;
};

CodeView::CodeView(QWidget *parent) : QTextEdit(parent)
{
    setReadOnly(true);
    setAcceptRichText(false);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setLineWrapMode(QTextEdit::WidgetWidth);
    // Python has long identifiers and no spaces inside them: break anywhere
    // rather than let one run past the edge.
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    gutter_ = new CodeGutter(this);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, gutter_, qOverload<>(&QWidget::update));
    connect(document()->documentLayout(), &QAbstractTextDocumentLayout::update, gutter_, qOverload<>(&QWidget::update));
    connect(document(), &QTextDocument::blockCountChanged, this, &CodeView::updateGutterGeometry);
    updateGutterGeometry();
}

void CodeView::setListing(const QString &text)
{
    // A file's final newline is not a line of its own: no empty last number.
    setPlainText(text.endsWith(u'\n') ? text.chopped(1) : text);
    applyHangingIndents();
    updateGutterGeometry();
}

int CodeView::gutterWidth() const
{
    const int digits = static_cast<int>(QString::number(std::max(1, document()->blockCount())).size());
    const QFontMetricsF fm(font());
    // At least two digits, so the code does not shift when a listing grows
    // past line 9.
    return qCeil(fm.horizontalAdvance(u'9') * (std::max(2, digits) + kGutterPadChars));
}

void CodeView::updateGutterGeometry()
{
    setViewportMargins(gutterWidth(), 0, 0, 0);
    const QRect cr = contentsRect();
    gutter_->setGeometry(QRect(cr.left(), cr.top(), gutterWidth(), cr.height()));
    gutter_->update();
}

void CodeView::applyHangingIndents()
{
    // Each line's continuation starts kContinuationIndentChars right of its
    // own leading spaces: a negative first-line indent inside a left margin.
    // Pixels, so they follow the font and the width: changeEvent and
    // resizeEvent call this again.
    const qreal space = QFontMetricsF(font()).horizontalAdvance(u' ');
    const qreal maxHang = std::max(space * kContinuationIndentChars, viewport()->width() * kMaxHangShare);
    QTextCursor cursor(document());
    cursor.beginEditBlock();
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        const QString text = block.text();
        qsizetype lead = 0;
        while (lead < text.size() && text.at(lead) == u' ')
            ++lead;
        const qreal hang = std::min(maxHang, space * static_cast<qreal>(lead + kContinuationIndentChars));
        QTextBlockFormat format = block.blockFormat();
        if (qFuzzyCompare(format.leftMargin(), hang) && qFuzzyCompare(format.textIndent(), -hang))
            continue;
        format.setLeftMargin(hang);
        format.setTextIndent(-hang);
        cursor.setPosition(block.position());
        cursor.setBlockFormat(format);
    }
    cursor.endEditBlock();
}

QList<int> CodeView::visibleLineNumbers() const
{
    QList<int> numbers;
    const int top = verticalScrollBar()->value();
    const int bottom = top + viewport()->height();
    const QAbstractTextDocumentLayout *layout = document()->documentLayout();
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        const QRectF r = layout->blockBoundingRect(block);
        if (r.bottom() < top)
            continue;
        if (r.top() > bottom)
            break;
        numbers << block.blockNumber() + 1;
    }
    return numbers;
}

int CodeView::horizontalOverflow() const
{
    int overflow = 0;
    const int width = viewport()->width();
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        const QTextLayout *tl = block.layout();
        for (int i = 0; tl && i < tl->lineCount(); ++i) {
            const QTextLine line = tl->lineAt(i);
            const qreal right = tl->position().x() + line.x() + line.naturalTextWidth();
            overflow = std::max(overflow, qCeil(right) - width);
        }
    }
    return overflow;
}

int CodeView::continuationLines() const
{
    int count = 0;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next())
        if (block.layout())
            count += std::max(0, block.layout()->lineCount() - 1);
    return count;
}

void CodeView::paintGutter(QPaintEvent *)
{
    QPainter p(gutter_);
    p.fillRect(gutter_->rect(), theme::background.darker(104));
    p.setFont(font());
    const QFontMetricsF fm(font());
    const qreal right = gutter_->width() - fm.horizontalAdvance(u'9') * (kGutterPadChars / 2);
    // Document coordinates to the gutter's: the viewport's offset and scroll.
    const qreal dy = viewport()->geometry().top() - contentsRect().top() - verticalScrollBar()->value();
    const int height = gutter_->height();
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        const QTextLayout *tl = block.layout();
        if (!tl || tl->lineCount() == 0)
            continue;
        const qreal top = tl->position().y() + dy;
        if (top > height)
            break;
        if (top + tl->boundingRect().height() < 0)
            continue;
        for (int i = 0; i < tl->lineCount(); ++i) {
            const QTextLine line = tl->lineAt(i);
            const qreal baseline = top + line.y() + line.ascent();
            // Continuations get a mark, not a number: one listing line, one number.
            const QString label = i == 0 ? QString::number(block.blockNumber() + 1) : QStringLiteral("↪");
            p.setPen(i == 0 ? theme::mutedText : theme::mutedText.lighter(130));
            p.drawText(QPointF(right - fm.horizontalAdvance(label), baseline), label);
        }
    }
}

void CodeView::resizeEvent(QResizeEvent *event)
{
    QTextEdit::resizeEvent(event);
    if (event->size().width() != event->oldSize().width())
        applyHangingIndents();
    updateGutterGeometry();
}

void CodeView::changeEvent(QEvent *event)
{
    QTextEdit::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        applyHangingIndents();
        updateGutterGeometry();
    }
}

} // namespace conlab
