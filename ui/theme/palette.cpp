// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/theme/palette.h"

#include <QApplication>
#include <QPalette>
#include <QStyleFactory>

namespace conlab::theme {

void apply(QApplication &app)
{
    // Fusion draws the same everywhere, so what the lecturer rehearsed at home
    // is what the room sees; a desktop's dark theme would sink on a projector.
    if (QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion")))
        QApplication::setStyle(fusion);
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xF4, 0xF4, 0xF4));
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, background);
    p.setColor(QPalette::AlternateBase, QColor(0xEE, 0xF3, 0xF8));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0xE8, 0xE8, 0xE8));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Highlight, selection);
    p.setColor(QPalette::HighlightedText, background);
    p.setColor(QPalette::ToolTipBase, background);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, mutedText);
    p.setColor(QPalette::Link, okabeIto::blue);
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x77, 0x77, 0x77));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x77, 0x77, 0x77));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x77, 0x77, 0x77));
    app.setPalette(p);
}

} // namespace conlab::theme
