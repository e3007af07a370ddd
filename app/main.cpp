// concurrency-lab: the lab window, or a headless subcommand (primes, ...)
// when the first argument names one. The CLI, --help and --version need no
// display.
#include "cli/cli.h"
#include "gui/displaycheck.h"
#include "gui/guiapp.h"
#include "gui/launchoptions.h"

#include <QApplication>
#include <QCoreApplication>
#include <cstdio>
#include <cstdlib>
#include <memory>

namespace {

void setNames()
{
    // The window's names too, so the CLI finds the same data folder.
    QCoreApplication::setApplicationName(QStringLiteral("concurrency-lab"));
    QCoreApplication::setOrganizationName(QStringLiteral("Concurrency Lab"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
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
        setNames();
        return conlab::cli::run(QCoreApplication::arguments());
    }
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    if (conlab::gui::launch::asksForInfo(args)) {
        // No window and so no display: a terminal, a package build or a
        // man-page generator must get the help anywhere.
        const QCoreApplication app(argc, argv);
        setNames();
        return conlab::gui::launch::printInfo(args);
    }
    if (const QString problem = conlab::gui::displayProblem(argc, argv); !problem.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(problem));
        return 1;
    }
    return conlab::gui::run(argc, argv);
}
