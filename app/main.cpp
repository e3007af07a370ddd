// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// concurrency-lab: the lab window, or a headless subcommand (primes, ...)
// when the first argument names one. The CLI, --help and --version need no
// display.
#include "cli/cli.h"
#include "core/identity/appidentity.h"
#include "core/identity/legacylocations.h"
#include "gui/displaycheck.h"
#include "gui/guiapp.h"
#include "gui/launchoptions.h"

#include <QApplication>
#include <QCoreApplication>
#include <cstdio>
#include <cstdlib>
#include <memory>

namespace {

// Before the window or a command touches settings or data: the folders of
// 0.1 move to the new names once (--help and --version touch nothing).
void moveOldFolders()
{
    if (const QString moved = conlab::LegacyLocations::migrate().summary(); !moved.isEmpty())
        std::fprintf(stderr, "%s\n", qPrintable(moved));
}

} // namespace

int main(int argc, char **argv)
{
    // One set of names for the window and the CLI, so both find the same
    // settings and data folders.
    conlab::AppIdentity::apply();
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
        moveOldFolders();
        return conlab::cli::run(QCoreApplication::arguments());
    }
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    if (conlab::gui::launch::asksForInfo(args)) {
        // No window and so no display: a terminal, a package build or a
        // man-page generator must get the help anywhere.
        const QCoreApplication app(argc, argv);
        return conlab::gui::launch::printInfo(args);
    }
    if (const QString problem = conlab::gui::displayProblem(argc, argv); !problem.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(problem));
        return 1;
    }
    moveOldFolders();
    return conlab::gui::run(argc, argv);
}
