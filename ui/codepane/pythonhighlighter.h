// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace conlab {

// Enough Python colouring for the lab's short listings: keywords, builtins
// used in them, strings (single-line and the triple-quoted docstrings),
// comments and numbers, including 5_000_111_000_222_021.
class PythonHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit PythonHighlighter(QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;

private:
    QRegularExpression keywords_;
    QRegularExpression numbers_;
    QRegularExpression strings_;
    QTextCharFormat keywordFormat_;
    QTextCharFormat stringFormat_;
    QTextCharFormat commentFormat_;
    QTextCharFormat numberFormat_;
};

} // namespace conlab
