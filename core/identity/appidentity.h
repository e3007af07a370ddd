// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <QString>

namespace conlab {

// The names the app is known by: to the desktop (the reverse-DNS id names the
// .desktop file, the metainfo and the icon), to QSettings and to the data
// folder. Folder names have no spaces, so paths stay easy to type and quote.
struct AppIdentity
{
    // One reverse-DNS application id for the .desktop file, the metainfo
    // component, the icon and QGuiApplication::desktopFileName.
    static QString id() { return QStringLiteral("org.concurrencylab.ConcurrencyLab"); }
    // The executable's name, QCoreApplication::applicationName, and the
    // folder under ~/.config and ~/.local/share.
    static QString name() { return QStringLiteral("concurrency-lab"); }
    static QString displayName() { return QStringLiteral("Concurrency Lab"); }
    static QString version();

    // Sets the application name, version and organisation domain. The
    // organisation name stays empty on purpose: Qt then puts the data folder
    // at ~/.local/share/concurrency-lab rather than one level deeper.
    static void apply();

    // Where Settings keeps its QSettings: ~/.config/concurrency-lab/concurrency-lab.conf
    // (named after QCoreApplication::applicationName()).
    static QString settingsFile();
};

} // namespace conlab
