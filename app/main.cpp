// concurrency-lab: the lab window, or a headless subcommand (primes, ...)
// when the first argument names one. The CLI needs no display.
#include "cli/cli.h"
#include "mainwindow.h"

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
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("concurrency-lab"));
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
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("concurrency-lab"));
    QApplication::setOrganizationName(QStringLiteral("Concurrency Lab"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    conlab::MainWindow window;
    window.show();
    return app.exec();
}
