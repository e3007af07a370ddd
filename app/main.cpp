// concurrency-lab: the lab window, or a headless subcommand (primes, ...)
// when the first argument names one. The CLI needs no display.
#include "cli/cli.h"
#include "gui/guiapp.h"

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
        // The window's names too, so the CLI finds the same data folder.
        QCoreApplication::setApplicationName(QStringLiteral("concurrency-lab"));
        QCoreApplication::setOrganizationName(QStringLiteral("Concurrency Lab"));
        QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
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
