// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/pace/pace.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QToolButton;

namespace conlab {

class CodeView;
class PythonHighlighter;

// The Python a variant stands for, beside its live view: a listing from the
// :/listings resources, syntax-highlighted, numbered, with the lines that
// differ from the page's baseline listing marked. Pages call showListing()
// whenever the chosen variant changes; the pane updates at once.
//
// For the room: the code has a zoom of its own (Ctrl+Shift+plus/minus/0
// while the pane has focus, or its A−/A+ buttons) that leaves the rest of
// the page alone, and "Show code large" (F9, or the pane's button) shows the
// listing on its own over the whole window, in the largest font that fits,
// until F9 or Esc.
class CodePane : public QWidget
{
    Q_OBJECT
public:
    static constexpr double kZoomStep = 1.15; // the app zoom's step
    static constexpr int kMinZoomStep = -3;
    static constexpr int kMaxZoomStep = 8;
    // Show large never makes the code bigger than this times the pane's font.
    static constexpr double kMaxLargeFit = 3.0;
    static constexpr double kMinLargeFit = 1.5;

    explicit CodePane(QWidget *parent = nullptr);
    ~CodePane() override;

    // resource: ":/listings/spinner_proc.py"; baselineResource: the listing
    // the page compares against (may be the same, then nothing is marked).
    void showListing(const QString &resource, const QString &baselineResource);
    // The pace the listing's comments quote durations at ({{slow_cpu}}).
    void setPace(const Pace &pace);

    QString resource() const { return resource_; }
    QString text() const;
    // The width the pane needs to show its longest line without wrapping,
    // at its current font, numbers included; pages size their splitters by it.
    int listingWidth() const;
    // 0-based line numbers marked as changed, for tests.
    QList<int> changedLines() const { return changed_; }
    CodeView *view() const { return editor_; }

    int zoomStep() const { return zoomStep_; }
    // The code's own font, after the pane's zoom (and the fit, when large).
    QFont codeFont() const;

    bool isShownLarge() const { return large_ != nullptr; }
    // F9: toggles show large. Active while the page the pane was made on
    // (its first parent) is visible, even when the page shows its live view
    // instead of the code; a window may also put it in a menu.
    QAction *showLargeAction() const { return showLargeAction_; }
    // The pane on its own over the whole window while shown large.
    CodePane *largePane() const { return large_; }

public slots:
    void zoomIn();
    void zoomOut();
    void resetZoom();
    void setShownLarge(bool on);

signals:
    void shownLargeChanged(bool on);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    static QString load(const QString &resource);
    void setZoomStep(int step);
    void applyFont();
    void retranslateUi();
    void updateSelections();
    void fitLarge();
    bool handleZoomKey(const QKeyEvent *key, bool apply);

    QLabel *title_ = nullptr;
    QLabel *legend_ = nullptr;
    QToolButton *zoomOutButton_ = nullptr;
    QToolButton *zoomInButton_ = nullptr;
    QToolButton *largeButton_ = nullptr;
    QAction *showLargeAction_ = nullptr;
    CodeView *editor_ = nullptr;
    PythonHighlighter *highlighter_ = nullptr;
    QString resource_;
    QString baseline_;
    Pace pace_ = Pace::cpython();
    QList<int> changed_;
    int zoomStep_ = 0;
    double fit_ = 1.0;              // the large pane's fit to the window
    QPointer<CodePane> large_;      // the overlay, while shown large
    CodePane *owner_ = nullptr;     // on the overlay: the pane it stands in for
    QWidget *actionHost_ = nullptr; // the page F9 lives on: visible while the page is
};

} // namespace conlab
