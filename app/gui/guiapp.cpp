#include "gui/guiapp.h"

#include "cli/signalwatch.h"
#include "engine/backgroundrun.h"
#include "identity/appidentity.h"
#include "shell/appicon.h"
#include "mainwindow.h"
#include "pages/experimentpage.h"
#include "shell/largeallocations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMetaObject>
#include <QTimer>
#include <cstdio>
#include <memory>
#include <mutex>

namespace conlab::gui {

namespace {

// Long enough for a process run to reap its workers (they stop at their next
// checkpoint, within a few ms), short enough that a stuck quit stays bounded.
constexpr int kStopWaitMs = 5000;

class GuiApp
{
    Q_DECLARE_TR_FUNCTIONS(conlab::gui::GuiApp)
};

struct LaunchOptions
{
    int experiment = 0; // 1-based as the list shows it; 0: the last one used
    bool run = false;
};

// Lets a lecturer open straight into an experiment from a desktop shortcut
// (and lets tests drive the real program). Returns false after printing a
// message when the command line is wrong.
bool parseLaunchOptions(const QApplication &app, int experiments, LaunchOptions *out)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(GuiApp::tr("Concurrency Lab: the concurrency models of Python, live."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption experiment(QStringLiteral("experiment"),
                                        //: help of --experiment, N its value; %1 how many experiments the list has
                                        GuiApp::tr("Open experiment N of the list (1 to %1).").arg(experiments),
                                        QStringLiteral("N"));
    const QCommandLineOption run(QStringLiteral("run"), GuiApp::tr("Press Run as soon as the window is up."));
    parser.addOptions({experiment, run});
    parser.process(app); // --help and --version exit here
    if (parser.isSet(experiment)) {
        bool ok = false;
        const int n = parser.value(experiment).toInt(&ok);
        if (!ok || n < 1 || n > experiments) {
            //: %1 the value given, %2 the number of experiments
            const QString msg = GuiApp::tr("concurrency-lab: error: --experiment takes a number from 1 to %2, not \"%1\"")
                                    .arg(parser.value(experiment))
                                    .arg(experiments);
            std::fprintf(stderr, "%s\n", qPrintable(msg));
            return false;
        }
        out->experiment = n;
    }
    out->run = parser.isSet(run);
    if (!parser.positionalArguments().isEmpty()) {
        //: %1 the unexpected word on the command line
        const QString msg = GuiApp::tr("concurrency-lab: error: unexpected argument \"%1\"; the headless commands are "
                                       "primes, spinner and sweep")
                                .arg(parser.positionalArguments().constFirst());
        std::fprintf(stderr, "%s\n", qPrintable(msg));
        return false;
    }
    return true;
}

} // namespace

int run(int &argc, char **argv)
{
    keepLargeAllocationsMapped();
    // Before QApplication: the watcher blocks the signals in this thread, and
    // every thread started later (Qt's, the engine's) inherits the mask, so
    // only the watcher sees them. The quit it asks for runs on the GUI thread.
    // The mutex keeps a late signal from reaching an application being
    // destroyed.
    std::mutex appMutex;
    QApplication *appForSignals = nullptr;
    cli::SignalWatch signalWatch([&](int) {
        const std::lock_guard lock(appMutex);
        if (appForSignals)
            QMetaObject::invokeMethod(appForSignals, &QCoreApplication::quit, Qt::QueuedConnection);
    });
    auto app = std::make_unique<QApplication>(argc, argv);
    {
        const std::lock_guard lock(appMutex);
        appForSignals = app.get();
    }
    // The names are set in main(); the desktop matches the window to its
    // .desktop file (and so to its icon and name in the dock) by this id.
    QGuiApplication::setDesktopFileName(AppIdentity::id());
    QApplication::setWindowIcon(AppIcon::icon());

    int status = 0;
    {
        MainWindow window;
        LaunchOptions launch;
        if (!parseLaunchOptions(*app, window.experimentCount(), &launch))
            return 2;
        if (launch.experiment > 0)
            window.setCurrentExperiment(launch.experiment - 1);
        window.show();
        if (launch.run)
            QTimer::singleShot(0, &window, [&window] {
                if (ExperimentPage *page = window.currentPage(); page && page->canRun())
                    page->run();
            });
        // quit() from a signal or the Quit action skips closeEvent: stop the
        // engine here too, while the window and its pages still exist.
        QObject::connect(app.get(), &QCoreApplication::aboutToQuit, &window, [&window] {
            window.close();
            BackgroundRun::stopAllAndWait(kStopWaitMs);
        });
        status = app->exec();
    }
    // Ended by a signal: say so the way the CLI does (interrupted), so
    // scripts around the app can tell a kill from a Quit.
    if (signalWatch.caught() != 0)
        status = 130;
    {
        const std::lock_guard lock(appMutex);
        appForSignals = nullptr;
    }
    app.reset();
    return status;
}

} // namespace conlab::gui
