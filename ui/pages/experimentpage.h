#pragma once
#include "settings/runsettings.h"

#include <QWidget>

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

public slots:
    virtual void run() = 0;
    virtual void stop() = 0;

signals:
    void runningChanged(bool running);
    void canRunChanged(bool canRun);
};

} // namespace conlab
