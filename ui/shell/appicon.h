// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <QIcon>

namespace conlab {

// The window's icon: the PNGs rendered at build time from the one SVG the
// desktop's icon theme also gets (resources/desktop), compiled in.
struct AppIcon
{
    static QIcon icon();
};

} // namespace conlab
