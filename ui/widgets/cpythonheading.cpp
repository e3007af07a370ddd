// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/widgets/cpythonheading.h"

#include <algorithm>

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
    const QString command = side.commandLine;
    setToolTip({});
    if (command.size() <= kMaxCommandChars) {
        //: %1 the interpreter ("CPython 3.11.2 (/usr/bin/python3)"), %2 the command line
        setText(tr("<b>%1</b> ran <code>%2</code>").arg(side.interpreter.toHtmlEscaped(), command.toHtmlEscaped()));
        return;
    }
    // Hundreds of numbers would fill the panel's height with the command:
    // its start, how much more, and the whole of it in the tooltip.
    const qsizetype cut = std::max<qsizetype>(command.lastIndexOf(u' ', kMaxCommandChars), 1);
    const int more = static_cast<int>(QStringView(command).sliced(cut).trimmed().split(u' ').size());
    //: %1 the interpreter, %2 the start of a long command line, %n how many of its arguments are not shown
    setText(tr("<b>%1</b> ran <code>%2 …</code> and %n more argument(s)", nullptr, more)
                .arg(side.interpreter.toHtmlEscaped(), command.left(cut).toHtmlEscaped()));
    setToolTip(command);
}

} // namespace conlab
