// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <QString>

namespace conlab::gui {

// Decides, before QApplication exists, whether the window can open: Qt
// aborts (SIGABRT) when its platform plugin finds no display, with a message
// about xcb that tells a lecturer nothing.
//
// A platform the user chose (-platform X, --platform X, QT_QPA_PLATFORM)
// is taken as is; otherwise DISPLAY means X11 (or XWayland), and
// WAYLAND_DISPLAY alone means Wayland, used when Qt's Wayland plugin is
// installed (Qt itself would still try xcb there). Returns an empty string
// when the window may open, else what to tell the user.
QString displayProblem(int argc, char **argv);

} // namespace conlab::gui
