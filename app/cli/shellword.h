// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <QString>

namespace conlab::cli {

// A word as a POSIX shell reads it back unchanged: as it is when it holds
// only safe characters, else in single quotes. For the lines the CLI prints
// to be copied into a terminal (a resume command, a trace's command line),
// where a path may hold spaces or quotes.
QString shellWord(const QString &word);

} // namespace conlab::cli
