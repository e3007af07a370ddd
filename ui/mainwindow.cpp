#include "mainwindow.h"

#include "engine/backgroundrun.h"
#include "pages/comparisonpage.h"
#include "pages/spinnerpage.h"
#include "pages/sweeppage.h"
#include "settings/settings.h"
#include "shell/experimentlist.h"
#include "shell/languagemenu.h"
#include "shell/languageswitcher.h"
#include "shell/pagefilemenu.h"
#include "shell/pagelayouts.h"
#include "shell/runtoolbar.h"
#include "shell/viewexporter.h"
#include "shell/zoom.h"
#include "theme/palette.h"

#if __has_include("pages/primespage.h")
#include "pages/primespage.h"
#define CONLAB_HAVE_PRIMES_PAGE 1
#else
#include "pages/primesplaceholderpage.h"
#endif

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>

namespace conlab {

namespace {
constexpr int kStopWaitMs = 1000;
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

    list_ = new ExperimentList(this);
    stack_ = new QStackedWidget(this);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(list_);
    splitter->addWidget(stack_);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);

    buildActions();
    buildPages();
    toolBar_ = new RunToolBar(settings_, runAction_, stopAction_, this);
    addToolBar(Qt::TopToolBarArea, toolBar_);
    buildMenus();

    connect(list_, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        stack_->setCurrentIndex(row);
        settings_->setLastExperiment(row);
        updateRunActions();
    });
    connect(settings_, &Settings::runSettingsChanged, this, [this](const RunSettings &s) {
        for (ExperimentPage *p : std::as_const(pages_))
            p->applySettings(s);
    });
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
#ifdef CONLAB_HAVE_PRIMES_PAGE
        new PrimesPage(PrimesPage::Variant::Sequential, stack_),
        new PrimesPage(PrimesPage::Variant::ProcessPool, stack_),
        new PrimesPage(PrimesPage::Variant::Threads, stack_),
#else
        new PrimesPlaceholderPage(5, stack_),
        new PrimesPlaceholderPage(6, stack_),
        new PrimesPlaceholderPage(7, stack_),
#endif
        new SweepPage(stack_),
        new ComparisonPage(stack_),
    };
    list_->setPages(pages_);
    const RunSettings run = settings_->runSettings();
    for (ExperimentPage *p : std::as_const(pages_)) {
        p->applySettings(run);
        stack_->addWidget(p);
        connect(p, &ExperimentPage::runningChanged, this, &MainWindow::updateRunActions);
        connect(p, &ExperimentPage::canRunChanged, this, &MainWindow::updateRunActions);
        if (auto *sweep = qobject_cast<SweepPage *>(p))
            sweep->useSettings(settings_);
    }
    new PageLayouts(settings_, pages_, this);
}

void MainWindow::buildActions()
{
    runAction_ = new QAction(this);
    runAction_->setShortcut(Qt::Key_F5);
    stopAction_ = new QAction(this);
    stopAction_->setShortcut(Qt::Key_Escape);
    connect(runAction_, &QAction::triggered, this, [this] {
        if (ExperimentPage *p = currentPage(); p && p->canRun())
            p->run();
    });
    connect(stopAction_, &QAction::triggered, this, [this] {
        if (ExperimentPage *p = currentPage(); p && p->isRunning())
            p->stop();
    });

    presentAction_ = new QAction(this);
    presentAction_->setCheckable(true);
    presentAction_->setShortcut(Qt::Key_F11);
    connect(presentAction_, &QAction::toggled, this, &MainWindow::setPresentationMode);
    nextAction_ = new QAction(this);
    nextAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    previousAction_ = new QAction(this);
    previousAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    connect(nextAction_, &QAction::triggered, this, [this] {
        setCurrentExperiment(std::min(currentExperiment() + 1, experimentCount() - 1));
    });
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
        QMessageBox::about(this, tr("About Concurrency Lab"),
                           tr("Concurrency Lab shows, live, how Python's threads, processes and "
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

    viewMenu_ = menuBar()->addMenu(QString());
    viewMenu_->addAction(presentAction_);
    viewMenu_->addAction(nextAction_);
    viewMenu_->addAction(previousAction_);
    viewMenu_->addSeparator();
    viewMenu_->addAction(zoomInAction_);
    viewMenu_->addAction(zoomOutAction_);
    viewMenu_->addAction(zoomResetAction_);

    menuBar()->addMenu(new LanguageMenu(settings_, this));

    helpMenu_ = menuBar()->addMenu(QString());
    helpMenu_->addAction(aboutAction_);
}

void MainWindow::restoreFromSettings()
{
    resize(1280, 800);
    const QByteArray geometry = settings_->windowGeometry();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
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
    return qobject_cast<ExperimentPage *>(stack_->currentWidget());
}

int MainWindow::currentExperiment() const
{
    return stack_->currentIndex();
}

void MainWindow::setCurrentExperiment(int index)
{
    list_->setCurrentRow(index);
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
    runAction_->setEnabled(p && p->canRun());
    stopAction_->setEnabled(p && p->isRunning());
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
    helpMenu_->setTitle(tr("&Help"));
    runAction_->setText(tr("▶ &Run"));
    runAction_->setToolTip(tr("Run the experiment (F5)"));
    stopAction_->setText(tr("■ &Stop"));
    stopAction_->setToolTip(tr("Stop the run (Esc)"));
    presentAction_->setText(tr("&Presentation mode"));
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
