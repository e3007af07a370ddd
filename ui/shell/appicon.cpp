// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/shell/appicon.h"

#include <array>

namespace conlab {

QIcon AppIcon::icon()
{
    static constexpr std::array kSizes = {16, 22, 24, 32, 48, 64, 128, 256};
    QIcon icon;
    for (int size : kSizes)
        icon.addFile(QStringLiteral(":/icons/%1.png").arg(size), QSize(size, size));
    return icon;
}

} // namespace conlab
