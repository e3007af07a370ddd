// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "audience/audiencecontroller.h"
#include "audience/audiencestrip.h"
#include "engine/backgroundrun.h"
#include "pages/comparisonpage.h"
#include "pages/primespage.h"
#include "pages/spinnerpage.h"
#include "pages/sweeppage.h"
#include "pages/taskqueuepage.h"
#include "settings/pythondialog.h"
#include "settings/settings.h"
#include "shell/demoopener.h"
#include "shell/experimentlist.h"
#include "shell/fieldcommit.h"
#include "shell/languagemenu.h"
#include "shell/languageswitcher.h"
#include "shell/pagefilemenu.h"
#include "shell/pagelayouts.h"
#include "shell/rungate.h"
#include "shell/runtoolbar.h"
#include "shell/viewexporter.h"
#include "shell/windowplacement.h"
#include "shell/zoom.h"
#include "theme/palette.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace conlab {

namespace {
constexpr int kStopWaitMs = 1000;
// How long a refusal or a hint stays in the status bar.
constexpr int kStatusMs = 8000;

// A page in a scroll area: on a projector's 1024x768 the page fills what the
// window has and scrolls only below its true minimum, instead of pushing the
// window (and Export, the code, the timeline) off the screen.
QScrollArea *scrolling(ExperimentPage *page, QWidget *parent)
{
    auto *scroll = new QScrollArea(parent);
    scroll->setObjectName(QStringLiteral("pageScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(page);
    return scroll;
}
} // namespace

MainWindow::MainWindow(Settings *settings, QWidget *parent)
    : QMainWindow(parent), settings_(settings ? settings : new Settings(this))
{
    if (auto *app = qobject_cast<QApplication *>(QCoreApplication::instance()))
        theme::apply(*app);
    languages_ = new LanguageSwitcher(this);
    languages_->setLanguage(settings_->language());
    zoom_ = new Zoom(this);
    zoom_->setFactor(settings_->zoom());
    connect(zoom_, &Zoom::factorChanged, settings_, &Settings::setZoom);
    connect(settings_, &Settings::languageChanged, languages_, &LanguageSwitcher::setLanguage);

    qApp->installEventFilter(new FieldCommit(this));

    // The list keeps the width of its longest entry and the page takes the
    // rest: a plain row, since a splitter handle here only moved a blank band.
    auto *central = new QWidget(this);
    auto *row = new QHBoxLayout(central);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(0);
    list_ = new ExperimentList(central);
    // The page column: the audience strip, while Audience is on, over the page.
    auto *pageColumn = new QWidget(central);
    auto *column = new QVBoxLayout(pageColumn);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    stack_ = new QStackedWidget(pageColumn);
    audience_ = new AudienceController(stack_, this);
    column->addWidget(audience_->strip());
    column->addWidget(stack_, 1);
    row->addWidget(list_);
    row->addWidget(pageColumn, 1);
    setCentralWidget(central);
    connect(audience_, &AudienceController::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, kStatusMs); });

    buildActions();
    buildPages();
    toolBar_ = new RunToolBar(settings_, runAction_, stopAction_, this);
    addToolBar(Qt::TopToolBarArea, toolBar_);
    buildMenus();

    connect(list_, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        stack_->setCurrentIndex(row);
        audience_->setCurrentPage(currentPage());
        settings_->setLastExperiment(row);
        updateRunActions();
        showRunRefusal();
    });
    connect(settings_, &Settings::runSettingsChanged, this, [this](const RunSettings &s) {
        for (ExperimentPage *p : std::as_const(pages_))
            p->applySettings(s);
    });
    // The status bar costs a line of height a projector lacks: it shows only
    // while it has something to say.
    statusBar()->hide();
    connect(statusBar(), &QStatusBar::messageChanged, this,
            [this](const QString &message) { statusBar()->setVisible(!message.isEmpty()); });
    // A choice that cannot be saved is lost at the next start: say so. It
    // stays until the next message, not kStatusMs: it is about every change.
    connect(settings_, &Settings::saveFailed, this, [this](const QString &why) { statusBar()->showMessage(why); });
    retranslateUi();
    restoreFromSettings();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildPages()
{
    pages_ = {
        new SpinnerPage(SpinnerPageSpec::helloWorld(), stack_),
        new SpinnerPage(SpinnerPageSpec::blockingCall(), stack_),
        new SpinnerPage(SpinnerPageSpec::gilQuiz(), stack_),
        new SpinnerPage(SpinnerPageSpec::powerNapping(), stack_),
        new PrimesPage(PrimesPage::Variant::Sequential, stack_),
        new PrimesPage(PrimesPage::Variant::ProcessPool, stack_),
        new PrimesPage(PrimesPage::Variant::Threads, stack_),
        new SweepPage(stack_),
        new ComparisonPage(stack_),
        new TaskQueuePage(stack_),
    };
    list_->setPages(pages_);
    const RunSettings run = settings_->runSettings();
    for (ExperimentPage *p : std::as_const(pages_)) {
        p->applySettings(run);
        stack_->addWidget(scrolling(p, stack_));
        connect(p, &ExperimentPage::runningChanged, this, &MainWindow::updateRunActions);
        connect(p, &ExperimentPage::canRunChanged, this, &MainWindow::updateRunActions);
        if (auto *spinner = qobject_cast<SpinnerPage *>(p))
            connect(spinner, &SpinnerPage::paceRequested, settings_, &Settings::setPace);
        if (auto *sweep = qobject_cast<SweepPage *>(p))
            sweep->useSettings(settings_);
    }
    new PageLayouts(settings_, pages_, this);
    new DemoOpener(settings_, pages_, list_, this); // the comparison table's cells open their experiments
    runGate_ = new RunGate(pages_, list_, this);
    connect(runGate_, &RunGate::busyChanged, this, [this](ExperimentPage *busy) {
        if (!busy)
            statusBar()->clearMessage();
    });
}

void MainWindow::buildActions()
{
    runAction_ = new QAction(this);
    runAction_->setShortcut(Qt::Key_F5);
    // Stop is Shift+F5, next to Run, and not Esc: a lecturer pressing Esc to
    // leave full screen must not end the run the room is watching.
    stopAction_ = new QAction(this);
    stopAction_->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    connect(runAction_, &QAction::triggered, this, [this] {
        ExperimentPage *p = currentPage();
        if (p && p->canRun())
            p->run();
        else
            showRunRefusal();
    });
    connect(stopAction_, &QAction::triggered, this, [this] {
        if (ExperimentPage *p = currentPage(); p && p->isRunning())
            p->stop();
    });

    presentAction_ = new QAction(this);
    presentAction_->setCheckable(true);
    presentAction_->setShortcut(Qt::Key_F11);
    connect(presentAction_, &QAction::toggled, this, &MainWindow::setPresentationMode);
    leavePresentationAction_ = new QAction(this);
    leavePresentationAction_->setShortcut(Qt::Key_Escape);
    leavePresentationAction_->setEnabled(false);
    connect(leavePresentationAction_, &QAction::triggered, this, [this] { setPresentationMode(false); });
    resetPageAction_ = new QAction(this);
    resetPageAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(resetPageAction_, &QAction::triggered, this, [this] {
        if (ExperimentPage *p = currentPage(); p && !p->isRunning())
            p->resetPage();
    });
    pythonAction_ = new QAction(this);
    connect(pythonAction_, &QAction::triggered, this, [this] {
        PythonDialog dialog(settings_, this);
        dialog.exec();
    });
    nextAction_ = new QAction(this);
    nextAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    previousAction_ = new QAction(this);
    previousAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    connect(nextAction_, &QAction::triggered, this,
            [this] { setCurrentExperiment(std::min(currentExperiment() + 1, experimentCount() - 1)); });
    connect(previousAction_, &QAction::triggered, this,
            [this] { setCurrentExperiment(std::max(currentExperiment() - 1, 0)); });
    zoomInAction_ = new QAction(this);
    // Ctrl+= as well: on many keyboards plus needs Shift.
    zoomInAction_->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    zoomOutAction_ = new QAction(this);
    zoomOutAction_->setShortcuts(QKeySequence::ZoomOut);
    zoomResetAction_ = new QAction(this);
    zoomResetAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(zoomInAction_, &QAction::triggered, zoom_, &Zoom::zoomIn);
    connect(zoomOutAction_, &QAction::triggered, zoom_, &Zoom::zoomOut);
    connect(zoomResetAction_, &QAction::triggered, zoom_, &Zoom::reset);

    exportPngAction_ = new QAction(this);
    exportSvgAction_ = new QAction(this);
    connect(exportPngAction_, &QAction::triggered, this, &MainWindow::exportPng);
    connect(exportSvgAction_, &QAction::triggered, this, &MainWindow::exportSvg);
    quitAction_ = new QAction(this);
    quitAction_->setShortcuts(QKeySequence::Quit);
    quitAction_->setMenuRole(QAction::QuitRole);
    connect(quitAction_, &QAction::triggered, this, &QWidget::close);
    aboutAction_ = new QAction(this);
    connect(aboutAction_, &QAction::triggered, this, [this] {
        //: %1 the version number
        QMessageBox::about(this, tr("About Concurrency Lab"),
                           tr("Concurrency Lab %1").arg(QCoreApplication::applicationVersion()) + QStringLiteral("\n\n")
                               + tr("Concurrency Lab shows, live, how Python's threads, processes and "
                                    "coroutines behave, rebuilding the experiments of the chapter "
                                    "\"Concurrency Models in Python\" of Fluent Python in C++ and Qt."));
    });
}

void MainWindow::buildMenus()
{
    fileMenu_ = menuBar()->addMenu(QString());
    fileMenu_->addAction(exportPngAction_);
    fileMenu_->addAction(exportSvgAction_);
    fileMenu_->addSeparator();
    fileMenu_->addAction(quitAction_);
    new PageFileMenu(fileMenu_, stack_, this); // the current page's exports and recordings, on top

    runMenu_ = menuBar()->addMenu(QString());
    runMenu_->addAction(runAction_);
    runMenu_->addAction(stopAction_);
    runMenu_->addSeparator();
    runMenu_->addAction(resetPageAction_);
    runMenu_->addSeparator();
    runMenu_->addAction(pythonAction_);

    viewMenu_ = menuBar()->addMenu(QString());
    viewMenu_->addAction(presentAction_);
    viewMenu_->addAction(leavePresentationAction_);
    viewMenu_->addAction(nextAction_);
    viewMenu_->addAction(previousAction_);
    viewMenu_->addSeparator();
    viewMenu_->addAction(zoomInAction_);
    viewMenu_->addAction(zoomOutAction_);
    viewMenu_->addAction(zoomResetAction_);

    audienceMenu_ = menuBar()->addMenu(QString());
    audienceMenu_->addAction(audience_->toggleAction());
    audienceMenu_->addAction(audience_->showJoinAction());
    audienceMenu_->addAction(audience_->countsLiveAction());
    audienceMenu_->addSeparator();
    audienceMenu_->addAction(audience_->exportAction());

    menuBar()->addMenu(new LanguageMenu(settings_, this));

    helpMenu_ = menuBar()->addMenu(QString());
    helpMenu_->addAction(aboutAction_);
}

void MainWindow::restoreFromSettings()
{
    const QRect available = (screen() ? screen() : QGuiApplication::primaryScreen())->availableGeometry();
    const QByteArray saved = settings_->windowGeometry();
    if (saved.isEmpty() || !restoreGeometry(saved)) {
        bool maximise = false;
        setGeometry(WindowPlacement::firstStart(available, &maximise));
        if (maximise)
            setWindowState(windowState() | Qt::WindowMaximized);
    } else if (!isMaximized() && !isFullScreen()) {
        // Saved on a larger screen: back inside this one, whole.
        setGeometry(WindowPlacement::keptInside(geometry(), available));
    }
    const QByteArray state = settings_->windowState();
    if (!state.isEmpty())
        restoreState(state);
    setCurrentExperiment(std::min(settings_->lastExperiment(), experimentCount() - 1));
}

QListWidget *MainWindow::experimentList() const
{
    return list_;
}

ExperimentPage *MainWindow::currentPage() const
{
    return ExperimentPage::of(stack_->currentWidget());
}

int MainWindow::currentExperiment() const
{
    return stack_->currentIndex();
}

void MainWindow::setCurrentExperiment(int index)
{
    list_->setCurrentRow(index);
}

bool MainWindow::startAudience(const AudienceOptions &options, QString *error)
{
    return audience_->start(options, error);
}

bool MainWindow::isPresenting() const
{
    return presentAction_->isChecked();
}

void MainWindow::setPresentationMode(bool on)
{
    if (presentAction_->isChecked() != on) {
        presentAction_->setChecked(on); // comes back here through toggled()
        return;
    }
    zoom_->setPresentation(on);
    leavePresentationAction_->setEnabled(on);
    // The list gives its width to the page: at presentation size the live
    // view needs it, and Ctrl+PgUp / Ctrl+PgDown still move between pages.
    list_->setVisible(!on);
    if (on) {
        wasMaximized_ = isMaximized();
        showFullScreen();
    } else if (wasMaximized_) {
        showMaximized();
    } else {
        showNormal();
    }
}

void MainWindow::updateRunActions()
{
    ExperimentPage *p = currentPage();
    // Run stays enabled on a page that another run blocks: F5 there says why
    // nothing starts, instead of doing nothing.
    runAction_->setEnabled(p && (p->canRun() || p->isRunBlocked()));
    stopAction_->setEnabled(p && p->isRunning());
    resetPageAction_->setEnabled(p && !p->isRunning());
}

void MainWindow::showRunRefusal()
{
    const QString why = runGate_ ? runGate_->refusal(currentPage()) : QString();
    if (!why.isEmpty())
        statusBar()->showMessage(why, kStatusMs);
}

void MainWindow::exportPng()
{
    if (ExperimentPage *p = currentPage())
        ViewExporter::exportPngWithDialog(this, p->liveView());
}

void MainWindow::exportSvg()
{
    if (ExperimentPage *p = currentPage())
        ViewExporter::exportSvgWithDialog(this, p->liveView(), p->title());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    settings_->setWindowGeometry(saveGeometry());
    settings_->setWindowState(saveState());
    settings_->sync();
    // The listener closes with the window: no phone reaches a closed app.
    audience_->stop();
    // No worker thread or process may outlive the window.
    BackgroundRun::stopAllAndWait(kStopWaitMs);
    QMainWindow::closeEvent(event);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Concurrency Lab"));
    fileMenu_->setTitle(tr("&File"));
    runMenu_->setTitle(tr("&Run"));
    viewMenu_->setTitle(tr("&View"));
    audienceMenu_->setTitle(tr("&Audience"));
    helpMenu_->setTitle(tr("&Help"));
    runAction_->setText(tr("▶ &Run"));
    runAction_->setToolTip(tr("Run the experiment (F5)"));
    stopAction_->setText(tr("■ &Stop"));
    stopAction_->setToolTip(tr("Stop the run (Shift+F5)"));
    resetPageAction_->setText(tr("Reset &page"));
    pythonAction_->setText(tr("CPython &Interpreter…"));
    pythonAction_->setToolTip(tr("Which CPython runs the listings, and its version"));
    resetPageAction_->setToolTip(tr("Clear the result, the guess and the charts: a clean question (Ctrl+R)"));
    presentAction_->setText(tr("&Presentation mode"));
    leavePresentationAction_->setText(tr("&Leave presentation mode"));
    nextAction_->setText(tr("&Next experiment"));
    previousAction_->setText(tr("Pre&vious experiment"));
    zoomInAction_->setText(tr("Zoom &in"));
    zoomOutAction_->setText(tr("Zoom &out"));
    zoomResetAction_->setText(tr("&Reset zoom"));
    exportPngAction_->setText(tr("Export live view as &PNG…"));
    exportSvgAction_->setText(tr("Export live view as &SVG…"));
    quitAction_->setText(tr("&Quit"));
    aboutAction_->setText(tr("&About Concurrency Lab"));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && fileMenu_)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

} // namespace conlab
