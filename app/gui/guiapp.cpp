// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "app/gui/guiapp.h"
#include "app/gui/launchoptions.h"

#include "app/cli/signalwatch.h"
#include "core/identity/appidentity.h"
#include "ui/engine/backgroundrun.h"
#include "ui/mainwindow.h"
#include "ui/pages/experimentpage.h"
#include "ui/shell/appicon.h"
#include "ui/shell/largeallocations.h"

#include <QApplication>
#include <QMetaObject>
#include <QTimer>
#include <cstdio>
#include <memory>
#include <mutex>
#include <optional>

namespace conlab::gui {

namespace {

// Long enough for a process run to reap its workers (they stop at their next
// checkpoint, within a few ms), short enough that a stuck quit stays bounded.
constexpr int kStopWaitMs = 5000;

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
        const std::optional<LaunchOptions> launch = launch::parse(QCoreApplication::arguments(),
                                                                  window.experimentCount());
        if (!launch)
            return 2;
        if (launch->experiment > 0)
            window.setCurrentExperiment(launch->experiment - 1);
        if (launch->audience) {
            QString why;
            if (!window.startAudience(*launch->audience, &why)) {
                //: %1 why the room's vote could not start, e.g. a port in use
                std::fprintf(stderr, "concurrency-lab: error: %s\n",
                             qPrintable(QCoreApplication::translate("conlab::gui::GuiApp", "Audience: %1").arg(why)));
                return 2;
            }
        }
        if (launch->presentation)
            window.setPresentationMode(true); // shows it, full screen
        else
            window.show();
        if (launch->run)
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
