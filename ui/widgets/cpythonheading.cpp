// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/widgets/cpythonheading.h"

namespace conlab {

CPythonHeading::CPythonHeading(QWidget *parent) : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
}

void CPythonHeading::showRunning()
{
    setText(tr("<b>CPython</b>: running the same listing now…"));
}

void CPythonHeading::showSide(const CPythonSide &side)
{
    if (side.interpreter.isEmpty()) {
        //: %1 why no interpreter could run the listing, and how to get one
        setText(tr("<b>CPython</b>: did not run. %1").arg(side.error.toHtmlEscaped()));
        return;
    }
    //: %1 the interpreter ("CPython 3.11.2 (/usr/bin/python3)"), %2 the command line
    setText(
        tr("<b>%1</b> ran <code>%2</code>").arg(side.interpreter.toHtmlEscaped(), side.commandLine.toHtmlEscaped()));
}

} // namespace conlab
