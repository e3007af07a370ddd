// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/codepane/pythonhighlighter.h"

#include "ui/theme/palette.h"

namespace conlab {

namespace {
enum BlockState { Normal = 0, InTripleDouble = 1 };
} // namespace

PythonHighlighter::PythonHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document),
      keywords_(QStringLiteral("\\b(?:and|as|async|await|break|class|def|elif|else|except|False|finally|for|from|"
                               "if|import|in|is|lambda|None|not|or|pass|raise|return|True|try|while|with|yield)\\b")),
      numbers_(QStringLiteral("\\b\\d[\\d_]*(?:\\.\\d+)?\\b")),
      strings_(QStringLiteral("[fr]?'(?:[^'\\\\]|\\\\.)*'|[fr]?\"(?:[^\"\\\\]|\\\\.)*\""))
{
    keywordFormat_.setForeground(theme::codeKeyword);
    keywordFormat_.setFontWeight(QFont::Bold);
    stringFormat_.setForeground(theme::codeString);
    commentFormat_.setForeground(theme::codeComment);
    commentFormat_.setFontItalic(true);
    numberFormat_.setForeground(theme::codeNumber);
}

void PythonHighlighter::highlightBlock(const QString &text)
{
    const QString triple = QStringLiteral("\"\"\"");
    qsizetype from = 0;
    if (previousBlockState() == InTripleDouble) {
        const qsizetype end = text.indexOf(triple);
        if (end < 0) {
            setFormat(0, static_cast<int>(text.size()), stringFormat_);
            setCurrentBlockState(InTripleDouble);
            return;
        }
        setFormat(0, static_cast<int>(end + 3), stringFormat_);
        from = end + 3;
    }
    setCurrentBlockState(Normal);

    for (auto it = keywords_.globalMatch(text, from); it.hasNext();) {
        const auto m = it.next();
        setFormat(static_cast<int>(m.capturedStart()), static_cast<int>(m.capturedLength()), keywordFormat_);
    }
    for (auto it = numbers_.globalMatch(text, from); it.hasNext();) {
        const auto m = it.next();
        setFormat(static_cast<int>(m.capturedStart()), static_cast<int>(m.capturedLength()), numberFormat_);
    }
    // Strings and comments last: they win over anything inside them. Scan
    // left to right so a '#' inside a string is not a comment.
    qsizetype i = from;
    while (i < text.size()) {
        if (text.mid(i, 3) == triple) {
            const qsizetype end = text.indexOf(triple, i + 3);
            if (end < 0) {
                setFormat(static_cast<int>(i), static_cast<int>(text.size() - i), stringFormat_);
                setCurrentBlockState(InTripleDouble);
                return;
            }
            setFormat(static_cast<int>(i), static_cast<int>(end + 3 - i), stringFormat_);
            i = end + 3;
            continue;
        }
        const QChar c = text.at(i);
        if (c == u'#') {
            setFormat(static_cast<int>(i), static_cast<int>(text.size() - i), commentFormat_);
            return;
        }
        if (c == u'\'' || c == u'"') {
            const auto m = strings_.match(text, i, QRegularExpression::NormalMatch,
                                          QRegularExpression::AnchorAtOffsetMatchOption);
            const qsizetype len = m.hasMatch() ? m.capturedLength() : text.size() - i;
            setFormat(static_cast<int>(i), static_cast<int>(len), stringFormat_);
            i += len;
            continue;
        }
        ++i;
    }
}

} // namespace conlab
