// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "interruptguard.h"
#include "options.h"

#include <QCommandLineOption>
#include <QList>

#include <cstdint>
#include <vector>

namespace conlab::cli {

// `primes --model celery`: the numbers as Celery tasks on a real Redis, to
// real worker nodes (the chapter's last third, EXPERIMENTS.md T1 to T5).
// --pool, --workers (each node's concurrency), --nodes, --broker and
// --acks-late; the book's lines, or --json. Throws UsageError for a bad
// option; a bad URL, a wrong password or an unreachable broker also end
// with exit 2, before any task is sent.
int celeryPrimes(Options &opt, InterruptGuard &guard);
// The options only --model celery takes, for the primes command's parser.
QList<QCommandLineOption> celeryOptions();
// Throws UsageError when one of them is given with another model.
void refuseCeleryOptions(const Options &opt);
// --sample, --numbers or --numbers-file (primescommand.cpp).
std::vector<std::uint64_t> primesNumbers(const Options &opt);

} // namespace conlab::cli
