// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/codepane/codewidthfit.h"

#include "ui/codepane/codepane.h"
#include "ui/codepane/codeview.h"

#include <QEvent>
#include <QSplitter>
#include <QTimer>

namespace conlab {

CodeWidthFit::CodeWidthFit(QSplitter *splitter, CodePane *code, QObject *parent)
    : QObject(parent), splitter_(splitter), code_(code)
{
    splitter_->installEventFilter(this);
    code_->installEventFilter(this);
    // The code's own zoom changes the listing's font, not the pane's.
    codeView_ = code_->view();
    codeView_->installEventFilter(this);
    connect(splitter_, &QSplitter::splitterMoved, this, [this] { userSized_ = true; });
}

bool CodeWidthFit::eventFilter(QObject *watched, QEvent *event)
{
    // Pointers compared only: events also come while the pane is being
    // destroyed, when it is no longer a CodePane to call.
    // Both come before the widget has handled them (its children's fonts,
    // the splitter's own resize), so the fit waits for the event loop.
    if ((watched == splitter_ && event->type() == QEvent::Resize)
        || ((watched == code_ || watched == codeView_) && event->type() == QEvent::FontChange))
        scheduleFit();
    return QObject::eventFilter(watched, event);
}

void CodeWidthFit::scheduleFit()
{
    if (pending_ || userSized_)
        return;
    pending_ = true;
    QTimer::singleShot(0, this, [this] {
        pending_ = false;
        fit();
    });
}

void CodeWidthFit::fit()
{
    const int count = splitter_->count();
    if (userSized_ || count < 2)
        return;
    const int total = splitter_->width() - (count - 1) * splitter_->handleWidth();
    if (total <= 0)
        return;
    const int code = std::min(code_->listingWidth(), total * kMaxSharePercent / 100);
    // Whatever the code does not need goes to the widgets before it, in
    // the proportions they have now.
    QList<int> sizes = splitter_->sizes();
    const int before = total - code;
    int others = 0;
    for (int i = 0; i < count - 1; ++i)
        others += sizes[i];
    for (int i = 0; i < count - 1; ++i)
        sizes[i] = others > 0 ? before * sizes[i] / others : before / (count - 1);
    sizes[count - 1] = code;
    splitter_->setSizes(sizes);
}

} // namespace conlab
