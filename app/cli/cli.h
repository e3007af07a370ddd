// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <QString>
#include <QStringList>

namespace conlab::cli {

// Exit codes shared by every subcommand.
enum ExitCode { Ok = 0, RunFailed = 1, BadInput = 2, Hung = 3, Interrupted = 130 };

// True when argv[1] names a headless subcommand (primes, spinner, ...).
bool isCommand(const QString &arg);
// True for a subcommand that draws (sweep renders its chart through
// QGraphicsScene) and so needs a QApplication, if an offscreen one.
bool needsGui(const QString &command);
// Call before constructing that QApplication: picks the offscreen platform
// unless the user chose one (no display needed), and blocks SIGINT and
// SIGTERM so that threads the platform starts inherit the mask and a
// SignalWatch sees every signal.
void prepareHeadlessGui();
// Runs a subcommand; `args` starts with the program name. Needs a
// QCoreApplication (a QApplication for needsGui()), and no display.
int run(const QStringList &args);

int primesCommand(const QStringList &args);
int spinnerCommand(const QStringList &args);
int sweepCommand(const QStringList &args);
int fidelityCommand(const QStringList &args);
int joinCommand(const QStringList &args);

} // namespace conlab::cli
