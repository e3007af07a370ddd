// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "app/gui/displaycheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QStringList>
#include <cstring>

namespace conlab::gui {

namespace {

class DisplayCheck
{
    Q_DECLARE_TR_FUNCTIONS(conlab::gui::DisplayCheck)
};

// Qt reads -platform X and --platform X (not -platform=X) from argv.
bool platformArgument(int argc, char **argv)
{
    for (int i = 1; i + 1 < argc; ++i)
        if (std::strcmp(argv[i], "-platform") == 0 || std::strcmp(argv[i], "--platform") == 0)
            return true;
    return false;
}

// Debian ships it as qt6-wayland (libqwayland-generic.so, ...); where Qt
// looks: its plugin folder and QT_PLUGIN_PATH.
bool hasWaylandPlugin()
{
    QStringList dirs{QLibraryInfo::path(QLibraryInfo::PluginsPath)};
    dirs += qEnvironmentVariable("QT_PLUGIN_PATH").split(QDir::listSeparator(), Qt::SkipEmptyParts);
    for (const QString &dir : std::as_const(dirs))
        if (!QDir(dir + QStringLiteral("/platforms"))
                 .entryList({QStringLiteral("libqwayland*.so")}, QDir::Files)
                 .isEmpty())
            return true;
    return false;
}

QString otherWays()
{
    return DisplayCheck::tr("or offscreen (nothing shown):              QT_QPA_PLATFORM=offscreen concurrency-lab\n"
                            "The headless commands need no display:     concurrency-lab primes --help");
}

} // namespace

QString displayProblem(int argc, char **argv)
{
    if (platformArgument(argc, argv) || qEnvironmentVariableIsSet("QT_QPA_PLATFORM")
        || qEnvironmentVariableIsSet("DISPLAY"))
        return {};
    if (qEnvironmentVariableIsSet("WAYLAND_DISPLAY")) {
        if (hasWaylandPlugin()) {
            qputenv("QT_QPA_PLATFORM", "wayland");
            return {};
        }
        return DisplayCheck::tr("concurrency-lab: WAYLAND_DISPLAY is set but DISPLAY is not, and Qt's Wayland "
                                "platform plugin is not installed.\n"
                                "Install it (Debian, Ubuntu):               sudo apt install qt6-wayland\n"
                                "or use XWayland if the session runs it:    DISPLAY=:0 concurrency-lab\n")
            + otherWays();
    }
    return DisplayCheck::tr("concurrency-lab: no display found (DISPLAY is not set).\n"
                            "Run the window under a virtual X server:   xvfb-run -a concurrency-lab\n")
        + otherWays();
}

} // namespace conlab::gui
