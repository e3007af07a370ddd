// concurrency-lab: the lab window, or a headless subcommand (primes, ...)
// when the first argument names one. The CLI needs no display.
#include "cli/cli.h"
#include "gui/guiapp.h"
#include "identity/appidentity.h"
#include "identity/legacylocations.h"

#include <QApplication>
#include <QCoreApplication>
#include <cstdio>
#include <cstdlib>
#include <memory>

namespace {

bool hasDisplay()
{
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY")
        || qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
}

} // namespace

int main(int argc, char **argv)
{
    // Before any settings or data are touched, by the window or the CLI: one
    // set of names, and the folders of 0.1 moved to them once.
    conlab::AppIdentity::apply();
    if (const QString moved = conlab::LegacyLocations::migrate().summary(); !moved.isEmpty())
        std::fprintf(stderr, "%s\n", qPrintable(moved));
    if (argc > 1 && conlab::cli::isCommand(QString::fromLocal8Bit(argv[1]))) {
        // sweep draws its chart (QGraphicsScene needs a QApplication, here an
        // offscreen one); the others run on QCoreApplication.
        std::unique_ptr<QCoreApplication> app;
        if (conlab::cli::needsGui(QString::fromLocal8Bit(argv[1]))) {
            conlab::cli::prepareHeadlessGui();
            app = std::make_unique<QApplication>(argc, argv);
        } else {
            app = std::make_unique<QCoreApplication>(argc, argv);
        }
        return conlab::cli::run(QCoreApplication::arguments());
    }
    if (!hasDisplay()) {
        // Without this check Qt aborts with a message about xcb plugins that
        // tells a lecturer nothing.
        std::fputs("concurrency-lab: no display found (DISPLAY is not set).\n"
                   "Run the window under a virtual X server:   xvfb-run -a concurrency-lab\n"
                   "or offscreen:                              QT_QPA_PLATFORM=offscreen concurrency-lab\n"
                   "The headless commands need no display:     concurrency-lab primes --help\n",
                   stderr);
        return 1;
    }
    return conlab::gui::run(argc, argv);
}
