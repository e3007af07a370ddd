// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/widgets/cpythonheading.h"

#include <QEvent>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QTextDocumentFragment>

namespace conlab {

namespace {
// The interpreter's words without its path: "CPython 3.11.2 (/usr/bin/python3)"
// gives "CPython 3.11.2". The path goes to the tooltip.
QString versionOf(const QString &interpreter)
{
    const qsizetype paren = interpreter.indexOf(QStringLiteral(" ("));
    return paren > 0 ? interpreter.left(paren) : interpreter;
}
} // namespace

CPythonHeading::CPythonHeading(QWidget *parent) : QLabel(parent)
{
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    // The width comes from the panel, never from the command's length.
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
}

void CPythonHeading::showRunning()
{
    version_.clear();
    command_.clear();
    setWordWrap(true);
    setToolTip({});
    setText(tr("<b>CPython</b>: running the same listing now…"));
    full_ = QTextDocumentFragment::fromHtml(text()).toPlainText();
}

void CPythonHeading::showSide(const CPythonSide &side)
{
    if (side.interpreter.isEmpty()) {
        version_.clear();
        command_.clear();
        setWordWrap(true);
        setToolTip({});
        //: %1 why no interpreter could run the listing, and how to get one
        setText(tr("<b>CPython</b>: did not run. %1").arg(side.error.toHtmlEscaped()));
        full_ = QTextDocumentFragment::fromHtml(text()).toPlainText();
        return;
    }
    version_ = versionOf(side.interpreter);
    command_ = side.commandLine;
    //: %1 the interpreter ("CPython 3.11.2 (/usr/bin/python3)"), %2 the command line
    full_ = tr("%1 ran %2").arg(side.interpreter, command_);
    setToolTip(full_);
    setWordWrap(false);
    fit();
}

QString CPythonHeading::fullText() const
{
    return full_;
}

void CPythonHeading::fit()
{
    if (version_.isEmpty())
        return;
    // The command in the fixed-pitch face the code pane uses, measured in
    // it, so the cut lands where the line ends.
    QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    fixed.setPointSizeF(font().pointSizeF());
    QFont bold = font();
    bold.setBold(true);
    //: %1 the interpreter's version ("CPython 3.11.2"), %2 the command line, cut to fit
    const QString pattern = tr("<b>%1</b> ran %2");
    const QString lead = QTextDocumentFragment::fromHtml(pattern.arg(version_, QString())).toPlainText();
    const int used = QFontMetrics(bold).horizontalAdvance(version_)
        + QFontMetrics(font()).horizontalAdvance(QString(lead).remove(version_)) + 2 * margin() + 4;
    const QString shown = QFontMetrics(fixed).elidedText(command_, Qt::ElideRight, std::max(width() - used, 0));
    const QString code = QStringLiteral("<span style=\"font-family:'%1'\">%2</span>")
                             .arg(fixed.family().toHtmlEscaped(), shown.toHtmlEscaped());
    setText(pattern.arg(version_.toHtmlEscaped(), code));
}

void CPythonHeading::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    fit();
}

void CPythonHeading::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        fit();
    QLabel::changeEvent(event);
}

} // namespace conlab
