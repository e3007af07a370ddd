#pragma once
#include "settings/runsettings.h"

#include <QByteArray>
#include <QList>
#include <QWidget>

class QAction;

namespace conlab {

// One experiment of the list: its controls, its live view, its code pane.
// The main window drives every page through this interface (Run, Stop, the
// toolbar's settings, export of the live view).
class ExperimentPage : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual QString title() const = 0;
    virtual bool canRun() const = 0;
    virtual bool isRunning() const = 0;
    virtual void applySettings(const RunSettings &settings) = 0;
    // The widget that PNG and SVG export render (the live view).
    virtual QWidget *liveView() = 0;
    // The page's actions on its runs for the File menu (exports, save and
    // open a recording), owned and kept enabled or not by the page. The main
    // window shows the current page's actions; shortcuts work while the page
    // is on screen.
    virtual QList<QAction *> fileActions() { return {}; }
    // The page's own arrangement (its splitters), kept across sessions; an
    // empty or foreign state leaves the defaults.
    virtual QByteArray saveLayout() const { return {}; }
    virtual void restoreLayout(const QByteArray &state) { Q_UNUSED(state); }

public slots:
    virtual void run() = 0;
    virtual void stop() = 0;

signals:
    void runningChanged(bool running);
    void canRunChanged(bool canRun);
    // The user moved a splitter: saveLayout() has changed.
    void layoutChanged();
};

} // namespace conlab
