#pragma once
#include <QString>
#include <QStringList>

namespace conlab::cli {

// Exit codes shared by every subcommand.
enum ExitCode { Ok = 0, RunFailed = 1, BadInput = 2, Interrupted = 130 };

// True when argv[1] names a headless subcommand (primes, spinner, ...).
bool isCommand(const QString &arg);
// Runs a subcommand; `args` starts with the program name. Needs a
// QCoreApplication, and no display.
int run(const QStringList &args);

int primesCommand(const QStringList &args);
int spinnerCommand(const QStringList &args);

} // namespace conlab::cli
