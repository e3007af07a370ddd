// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
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
    static bool isStdout(const QString &path) { return path == u"-"; }
    // Throws UsageError when two of `outputs` (option, path) are "-": their
    // bytes would interleave into something neither reader can parse. A
    // flag that prints to stdout by itself (--json) is passed as ("json", "-").
    static void checkOneStdout(const QList<std::pair<QString, QString>> &outputs);
    // Throws UsageError when a binary format (PNG, PDF) would go to stdout
    // and stdout is a terminal: it would only garble the screen.
    static void checkBinaryNotToTerminal(const QString &option, const QString &path);
    // Throws UsageError naming --option when `path` cannot be written. Creates
    // and changes nothing the user owns: an existing file must be a writable
    // file (not a folder), and a new one needs a folder that takes a new file,
    // which is probed with a temporary file removed at once (exports write a
    // temporary file and rename it, so the folder must allow both).
    static void checkWritable(const QString &option, const QString &path);
    // Throws UsageError when two options name the same file. Pairs of
    // (option, path); empty paths are skipped.
    static void checkDistinct(const QList<std::pair<QString, QString>> &outputs);
    // Writes atomically (a half-written file never replaces a good one); a
    // device or pipe such as /dev/stdout, and "-", are written directly.
    static bool write(const QString &path, const QByteArray &bytes, QString *error);
};

} // namespace conlab::cli
