#include "codepane/codepane.h"

#include "codepane/linediff.h"
#include "codepane/pythonhighlighter.h"
#include "theme/palette.h"

#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QtMath>
#include <QTextBlock>
#include <QVBoxLayout>

namespace conlab {

CodePane::CodePane(QWidget *parent) : QWidget(parent)
{
    title_ = new QLabel(this);
    title_->setTextFormat(Qt::RichText);
    legend_ = new QLabel(this);
    legend_->setWordWrap(true);
    editor_ = new QPlainTextEdit(this);
    editor_->setReadOnly(true);
    editor_->setLineWrapMode(QPlainTextEdit::NoWrap);
    editor_->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    highlighter_ = new PythonHighlighter(editor_->document());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title_);
    layout->addWidget(editor_, 1);
    layout->addWidget(legend_);
    applyFont();
    retranslateUi();
}

QString CodePane::load(const QString &resource)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    return QString::fromUtf8(file.readAll());
}

void CodePane::showListing(const QString &resource, const QString &baselineResource)
{
    resource_ = resource;
    baseline_ = baselineResource;
    const QString text = load(resource);
    //: a Python comment shown instead of a missing listing; %1 the listing's resource path
    editor_->setPlainText(text.isEmpty() ? tr("# listing not found: %1").arg(resource) : text);
    changed_.clear();
    if (!baselineResource.isEmpty() && baselineResource != resource) {
        const QString base = load(baselineResource);
        changed_ = conlab::changedLines(base.split(u'\n'), text.split(u'\n'));
    }
    updateSelections();
    retranslateUi();
}

int CodePane::listingWidth() const
{
    const QFontMetrics fm(editor_->font());
    int widest = 0;
    const QStringList lines = editor_->toPlainText().split(u'\n');
    for (const QString &line : lines)
        widest = std::max(widest, fm.horizontalAdvance(QString(line).replace(u'\t', QStringLiteral("    "))));
    // The text's margins, the frame, and room for the vertical scroll bar a
    // long listing shows; one more character so the last one is not clipped.
    const int margins = 2 * (editor_->frameWidth() + qCeil(editor_->document()->documentMargin()));
    return widest + margins + editor_->verticalScrollBar()->sizeHint().width() + fm.averageCharWidth();
}

QString CodePane::text() const
{
    return editor_->toPlainText();
}

void CodePane::updateSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    QTextCharFormat marked;
    marked.setBackground(theme::changedLine);
    marked.setProperty(QTextFormat::FullWidthSelection, true);
    for (int line : std::as_const(changed_)) {
        const QTextBlock block = editor_->document()->findBlockByNumber(line);
        if (!block.isValid())
            continue;
        QTextEdit::ExtraSelection s;
        s.cursor = QTextCursor(block);
        s.format = marked;
        selections.append(s);
    }
    editor_->setExtraSelections(selections);
}

void CodePane::applyFont()
{
    // The editor gets a fixed-pitch font of its own, so it does not follow
    // the application font by itself: follow the pane's size here, which
    // does (zoom and presentation mode).
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (font().pointSizeF() > 0)
        mono.setPointSizeF(font().pointSizeF());
    else
        mono.setPixelSize(font().pixelSize());
    editor_->setFont(mono);
    editor_->setTabStopDistance(QFontMetricsF(mono).horizontalAdvance(u' ') * 4);
}

void CodePane::retranslateUi()
{
    const QString name = resource_.isEmpty() ? QString() : QFileInfo(resource_).fileName();
    //: %1 the file name of the Python listing, e.g. spinner_thread.py
    title_->setText(tr("<b>Python equivalent:</b> %1").arg(name.toHtmlEscaped()));
    if (changed_.isEmpty()) {
        legend_->setText(baseline_.isEmpty() || baseline_ == resource_
                             ? tr("This is the baseline listing of this experiment.")
                             : tr("No line differs from the baseline listing."));
    } else {
        //: %1 the file name of the baseline listing the highlighted lines are compared against
        legend_->setText(tr("Highlighted: lines that differ from %1.")
                             .arg(QFileInfo(baseline_).fileName()));
    }
}

void CodePane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        applyFont();
    else if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace conlab
