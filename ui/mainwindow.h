// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/audience/audienceoptions.h"

#include <QList>
#include <QMainWindow>

class QAction;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace conlab {

class AudienceController;
class ExperimentList;
class ExperimentPage;
class LanguageSwitcher;
class RunGate;
class RunToolBar;
class Settings;
class Zoom;

// The lab window: the chapter's experiments down the side, the chosen one's
// page in the middle, Run/Stop and the run settings in the toolbar, and the
// View menu for the lecture hall (presentation mode, zoom, language).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // With no settings given, the window uses the application's QSettings.
    explicit MainWindow(Settings *settings = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    int experimentCount() const { return static_cast<int>(pages_.size()); }
    ExperimentPage *page(int index) const { return pages_.value(index); }
    ExperimentPage *currentPage() const;
    int currentExperiment() const;
    void setCurrentExperiment(int index);
    QListWidget *experimentList() const;
    Settings *settings() const { return settings_; }
    Zoom *zoom() const { return zoom_; }
    LanguageSwitcher *languages() const { return languages_; }
    bool isPresenting() const;
    // The room's vote: on with `options` (an empty bind: the LAN address),
    // as the Audience menu's switch does. False with *error when it cannot listen.
    bool startAudience(const AudienceOptions &options, QString *error);
    AudienceController *audience() const { return audience_; }

public slots:
    void setPresentationMode(bool on);
    void exportPng();
    void exportSvg();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildPages();
    void buildActions();
    void buildMenus();
    void restoreFromSettings();
    void updateRunActions();
    void showRunRefusal();
    void retranslateUi();

    Settings *settings_ = nullptr;
    Zoom *zoom_ = nullptr;
    LanguageSwitcher *languages_ = nullptr;
    ExperimentList *list_ = nullptr;
    QStackedWidget *stack_ = nullptr;
    QList<ExperimentPage *> pages_;
    RunToolBar *toolBar_ = nullptr;
    RunGate *runGate_ = nullptr;

    QMenu *fileMenu_ = nullptr;
    QMenu *runMenu_ = nullptr;
    QMenu *viewMenu_ = nullptr;
    QMenu *audienceMenu_ = nullptr;
    AudienceController *audience_ = nullptr;
    QMenu *helpMenu_ = nullptr;
    QAction *runAction_ = nullptr;
    QAction *stopAction_ = nullptr;
    QAction *presentAction_ = nullptr;
    QAction *leavePresentationAction_ = nullptr;
    QAction *resetPageAction_ = nullptr;
    QAction *pythonAction_ = nullptr; // Run > CPython Interpreter
    QAction *nextAction_ = nullptr;
    QAction *previousAction_ = nullptr;
    QAction *zoomInAction_ = nullptr;
    QAction *zoomOutAction_ = nullptr;
    QAction *zoomResetAction_ = nullptr;
    QAction *exportPngAction_ = nullptr;
    QAction *exportSvgAction_ = nullptr;
    QAction *quitAction_ = nullptr;
    QAction *aboutAction_ = nullptr;
    bool wasMaximized_ = false;
};

} // namespace conlab
