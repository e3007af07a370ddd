// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/export/outputfile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <memory>
#include <utility>

namespace conlab::cli {

// Output files named on the command line, checked before a long run depends
// on them and written at its end.
class OutputPath
{
    Q_DECLARE_TR_FUNCTIONS(conlab::cli::OutputPath)
public:
    // "-" names standard output, for every output option: a pipe into jq,
    // gzip or a notebook needs no temporary file.
    static bool isStdout(const QString &path) { return OutputFile::isStdout(path); }
    // Throws UsageError when two of `outputs` (option, path) reach stdout
    // ("-", /dev/stdout, /dev/fd/1): their bytes would interleave into
    // something neither reader can parse. A flag that prints to stdout by
    // itself (--json) is passed as ("json", "-").
    static void checkOneStdout(const QList<std::pair<QString, QString>> &outputs);
    // Throws UsageError when a binary format (PNG, PDF) would go to stdout
    // and stdout is a terminal: it would only garble the screen.
    static void checkBinaryNotToTerminal(const QString &option, const QString &path);
    // Null for an empty path (the option is not set); else the output,
    // checked and ready for its commit() at the end of the run (see
    // OutputFile for the rules: atomic onto files, streamed into devices,
    // FIFOs and descriptors). Throws UsageError naming --option when it
    // cannot be written, so a bad path costs nothing of a long run.
    static std::unique_ptr<OutputFile> open(const QString &option, const QString &path);
    // Throws UsageError when two options name the same file. Pairs of
    // (option, path); empty paths are skipped.
    static void checkDistinct(const QList<std::pair<QString, QString>> &outputs);
};

} // namespace conlab::cli
