// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/codepane/codepane.h"

#include "core/spinner/slowestimate.h"
#include "ui/codepane/codeview.h"
#include "ui/codepane/linediff.h"
#include "ui/codepane/pythonhighlighter.h"
#include "ui/theme/palette.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QScrollBar>
#include <QTextBlock>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtMath>

namespace conlab {

CodePane::CodePane(QWidget *parent) : QWidget(parent)
{
    title_ = new QLabel(this);
    title_->setTextFormat(Qt::RichText);
    // A narrow pane wraps the file name rather than cutting it.
    title_->setWordWrap(true);
    legend_ = new QLabel(this);
    legend_->setWordWrap(true);
    editor_ = new CodeView(this);
    highlighter_ = new PythonHighlighter(editor_->document());
    // The zoom keys reach the pane before the window's own zoom shortcuts.
    editor_->installEventFilter(this);

    zoomOutButton_ = new QToolButton(this);
    zoomOutButton_->setText(QStringLiteral("A−"));
    zoomInButton_ = new QToolButton(this);
    zoomInButton_->setText(QStringLiteral("A+"));
    largeButton_ = new QToolButton(this);
    largeButton_->setText(QStringLiteral("⤢"));
    for (QToolButton *b : {zoomOutButton_, zoomInButton_, largeButton_}) {
        b->setAutoRaise(true);
        b->setFocusPolicy(Qt::NoFocus);
    }
    connect(zoomOutButton_, &QToolButton::clicked, this, &CodePane::zoomOut);
    connect(zoomInButton_, &QToolButton::clicked, this, &CodePane::zoomIn);
    connect(largeButton_, &QToolButton::clicked, this, [this] { setShownLarge(!isShownLarge()); });

    showLargeAction_ = new QAction(this);
    showLargeAction_->setCheckable(true);
    showLargeAction_->setShortcut(Qt::Key_F9);
    // On the page, not the pane: live while the page is current, also when
    // a narrow screen shows the page's live view instead of this pane.
    showLargeAction_->setShortcutContext(Qt::WindowShortcut);
    connect(showLargeAction_, &QAction::triggered, this, [this] { setShownLarge(!isShownLarge()); });
    actionHost_ = parent ? parent : this;
    actionHost_->addAction(showLargeAction_);

    auto *titleRow = new QHBoxLayout;
    titleRow->setContentsMargins(0, 0, 0, 0);
    titleRow->setSpacing(0);
    titleRow->addWidget(title_, 1);
    titleRow->addWidget(zoomOutButton_);
    titleRow->addWidget(zoomInButton_);
    titleRow->addWidget(largeButton_);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(titleRow);
    layout->addWidget(editor_, 1);
    layout->addWidget(legend_);
    applyFont();
    retranslateUi();
}

CodePane::~CodePane()
{
    if (large_) {
        qApp->removeEventFilter(this);
        delete large_.data();
    }
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
    editor_->setListing(text.isEmpty() ? tr("# listing not found: %1").arg(resource)
                                       : fillListingPlaceholders(text, pace_));
    changed_.clear();
    if (!baselineResource.isEmpty() && baselineResource != resource) {
        const QString base = load(baselineResource);
        changed_ = conlab::changedLines(base.split(u'\n'), text.split(u'\n'));
    }
    updateSelections();
    retranslateUi();
    if (large_)
        large_->showListing(resource, baselineResource);
    if (owner_)
        QTimer::singleShot(0, this, &CodePane::fitLarge);
}

void CodePane::setPace(const Pace &pace)
{
    if (pace_ == pace)
        return;
    pace_ = pace;
    if (large_)
        large_->setPace(pace);
    if (!resource_.isEmpty()) {
        const int scroll = editor_->verticalScrollBar()->value();
        showListing(resource_, baseline_);
        editor_->verticalScrollBar()->setValue(scroll);
    }
}

int CodePane::listingWidth() const
{
    const QFontMetrics fm(editor_->font());
    int widest = 0;
    const QStringList lines = editor_->toPlainText().split(u'\n');
    for (const QString &line : lines)
        widest = std::max(widest, fm.horizontalAdvance(QString(line).replace(u'\t', QStringLiteral("    "))));
    // The numbers, the text's margins, the frame, and room for the vertical
    // scroll bar a long listing shows; one more character so the last one
    // does not wrap.
    const int margins = 2 * (editor_->frameWidth() + qCeil(editor_->document()->documentMargin()));
    return widest + editor_->gutterWidth() + margins + editor_->verticalScrollBar()->sizeHint().width()
        + fm.averageCharWidth();
}

QString CodePane::text() const
{
    return editor_->toPlainText();
}

QFont CodePane::codeFont() const
{
    return editor_->font();
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

void CodePane::zoomIn()
{
    setZoomStep(zoomStep_ + 1);
}

void CodePane::zoomOut()
{
    setZoomStep(zoomStep_ - 1);
}

void CodePane::resetZoom()
{
    setZoomStep(0);
}

void CodePane::setZoomStep(int step)
{
    step = std::clamp(step, kMinZoomStep, kMaxZoomStep);
    if (step == zoomStep_)
        return;
    zoomStep_ = step;
    applyFont();
}

void CodePane::applyFont()
{
    // The editor gets a fixed-pitch font of its own, so it does not follow
    // the application font by itself: follow the pane's size here, which
    // does (zoom and presentation mode), times the code's own zoom.
    const double factor = std::pow(kZoomStep, zoomStep_) * fit_;
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (font().pointSizeF() > 0)
        mono.setPointSizeF(font().pointSizeF() * factor);
    else
        mono.setPixelSize(qRound(font().pixelSize() * factor));
    editor_->setFont(mono);
    editor_->setTabStopDistance(QFontMetricsF(mono).horizontalAdvance(u' ') * 4);
    zoomOutButton_->setEnabled(zoomStep_ > kMinZoomStep);
    zoomInButton_->setEnabled(zoomStep_ < kMaxZoomStep);
}

void CodePane::fitLarge()
{
    if (!owner_)
        return;
    // The largest font at which the whole listing fits the window without
    // wrapping, between the pane's own size and kMaxLargeFit times it. A
    // listing too long for the window's height still gets kMinLargeFit, as
    // wide allows, and scrolls: large is what the lecturer asked for.
    fit_ = 1.0;
    applyFont();
    layout()->activate();
    const QFontMetricsF fm(editor_->font());
    const double needWidth = listingWidth();
    const double needHeight = fm.lineSpacing() * editor_->document()->blockCount()
        + 2 * (editor_->frameWidth() + editor_->document()->documentMargin()) + fm.lineSpacing();
    const double byWidth = editor_->width() / std::max(1.0, needWidth);
    const double byHeight = editor_->height() / std::max(1.0, needHeight);
    fit_ = std::clamp(std::min(byWidth, std::max(byHeight, kMinLargeFit)), 1.0, kMaxLargeFit);
    applyFont();
}

void CodePane::setShownLarge(bool on)
{
    if (owner_) {
        owner_->setShownLarge(on);
        return;
    }
    if (on == isShownLarge())
        return;
    QWidget *host = window();
    if (on) {
        // A second pane over the whole window rather than this one moved:
        // the page's layout and splitter stay exactly as they were.
        auto *pane = new CodePane(host);
        pane->owner_ = this;
        pane->actionHost_->removeAction(pane->showLargeAction_);
        pane->setAutoFillBackground(true);
        pane->layout()->setContentsMargins(12, 6, 12, 6);
        // Every line of the window for the code; the marks keep their colour.
        pane->legend_->hide();
        pane->pace_ = pace_;
        pane->showListing(resource_, baseline_);
        pane->setGeometry(host->rect());
        large_ = pane;
        host->installEventFilter(this);
        if (actionHost_ != this)
            actionHost_->installEventFilter(this); // leaving the page leaves show large
        qApp->installEventFilter(this);            // Esc, wherever the focus is
        pane->show();
        pane->raise();
        pane->editor_->setFocus();
        pane->fitLarge();
    } else {
        qApp->removeEventFilter(this);
        host->removeEventFilter(this);
        if (actionHost_ != this)
            actionHost_->removeEventFilter(this);
        large_->hide();
        large_->deleteLater();
        large_ = nullptr;
    }
    showLargeAction_->setChecked(on);
    retranslateUi();
    emit shownLargeChanged(on);
}

bool CodePane::handleZoomKey(const QKeyEvent *key, bool apply)
{
    const Qt::KeyboardModifiers mods = key->modifiers() & ~Qt::KeypadModifier;
    if (mods != (Qt::ControlModifier | Qt::ShiftModifier))
        return false;
    // Shift turns = into +, - into _ and 0 into ) on many layouts.
    switch (key->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        if (apply)
            zoomIn();
        return true;
    case Qt::Key_Minus:
    case Qt::Key_Underscore:
        if (apply)
            zoomOut();
        return true;
    case Qt::Key_0:
    case Qt::Key_ParenRight:
        if (apply)
            resetZoom();
        return true;
    default: return false;
    }
}

bool CodePane::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if (watched == editor_ && (type == QEvent::ShortcutOverride || type == QEvent::KeyPress)) {
        // Claimed at ShortcutOverride, so the window's Ctrl+plus does not
        // zoom the whole app as well.
        if (handleZoomKey(static_cast<QKeyEvent *>(event), type == QEvent::KeyPress)) {
            event->accept();
            return true;
        }
    }
    // Another page came up (Ctrl+PageDown): its code is not this one, and
    // F9 belongs to the page on screen now.
    if (large_ && watched == actionHost_ && actionHost_ != this && type == QEvent::Hide && !event->spontaneous()) {
        QTimer::singleShot(0, this, [this] { setShownLarge(false); });
        return QWidget::eventFilter(watched, event);
    }
    if (large_ && watched == window() && type == QEvent::Resize) {
        large_->setGeometry(window()->rect());
        QTimer::singleShot(0, large_, &CodePane::fitLarge);
    }
    if (large_ && (type == QEvent::ShortcutOverride || type == QEvent::KeyPress) && watched->isWidgetType()
        && static_cast<QWidget *>(watched)->window() == window()) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape && key->modifiers() == Qt::NoModifier) {
            // Esc leaves show large and does nothing else (not Stop).
            event->accept();
            if (type == QEvent::KeyPress)
                setShownLarge(false);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
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
        legend_->setText(tr("Highlighted: lines that differ from %1.").arg(QFileInfo(baseline_).fileName()));
    }
    zoomOutButton_->setToolTip(tr("Smaller code (Ctrl+Shift+minus)"));
    zoomInButton_->setToolTip(tr("Larger code (Ctrl+Shift+plus)"));
    showLargeAction_->setText(tr("Show code large"));
    const bool large = owner_ || isShownLarge();
    largeButton_->setText(large ? QStringLiteral("⤡") : QStringLiteral("⤢"));
    largeButton_->setToolTip(large ? tr("Back to the page (F9 or Esc)") : tr("Show code large (F9)"));
}

void CodePane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange) {
        applyFont();
        if (owner_)
            QTimer::singleShot(0, this, &CodePane::fitLarge);
    } else if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

} // namespace conlab
