// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "outputpath.h"

#include "options.h"

#include "core/text/quotedvalue.h"

#include <QFileInfo>
#include <unistd.h>

namespace conlab::cli {

namespace {

// Not a regular file, but something that exists and takes bytes: a device,
// a pipe, /dev/stdout. Renaming a temporary file over it would be wrong.
bool isSpecial(const QFileInfo &info)
{
    return info.exists() && !info.isFile() && !info.isDir();
}

} // namespace

void OutputPath::checkOneStdout(const QList<std::pair<QString, QString>> &outputs)
{
    QString first;
    for (const auto &[option, path] : outputs) {
        if (!OutputFile::reachesStdout(path))
            continue;
        if (first.isEmpty()) {
            first = option;
            continue;
        }
        //: %1 and %2 option names; "-" is what the user typed for standard output
        throw UsageError{
            tr("--%1 and --%2 would both write to standard output (-); send one of them to a file").arg(first, option)};
    }
}

void OutputPath::checkBinaryNotToTerminal(const QString &option, const QString &path)
{
    if (OutputFile::reachesStdout(path) && ::isatty(STDOUT_FILENO) == 1)
        //: %1 option name such as png
        throw UsageError{tr("--%1 -: standard output is a terminal; redirect it (> chart.%1) or pipe it").arg(option)};
}

std::unique_ptr<OutputFile> OutputPath::open(const QString &option, const QString &path)
{
    if (path.isEmpty())
        return nullptr;
    QString why;
    std::unique_ptr<OutputFile> file = OutputFile::open(path, &why);
    if (!file)
        //: %1 option name, %2 the path given (quoted), %3 why it cannot be written
        throw UsageError{tr("--%1: cannot write %2: %3").arg(option, QuotedValue::of(path), why)};
    return file;
}

void OutputPath::checkDistinct(const QList<std::pair<QString, QString>> &outputs)
{
    for (qsizetype i = 0; i < outputs.size(); ++i) {
        if (outputs[i].second.isEmpty() || isStdout(outputs[i].second))
            continue; // stdout twice is checkOneStdout's to refuse
        const QString a = QFileInfo(outputs[i].second).absoluteFilePath();
        for (qsizetype j = i + 1; j < outputs.size(); ++j) {
            if (outputs[j].second.isEmpty() || QFileInfo(outputs[j].second).absoluteFilePath() != a)
                continue;
            if (isSpecial(QFileInfo(a)))
                continue; // two outputs to one pipe are the user's choice
            //: %1 and %2 option names, %3 the path both name (quoted)
            throw UsageError{
                tr("--%1 and --%2 name the same file %3").arg(outputs[i].first, outputs[j].first, QuotedValue::of(a))};
        }
    }
}

} // namespace conlab::cli
