// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/primes/primesmodels.h"

#include <QString>
#include <QStringList>

namespace conlab {

// The Python listing each primes model stands for (":/listings/..."), the
// one map the primes pages show code from. `racy` picks the book's report
// loop before its fix, which only the processes model has.
QString primesListing(PrimesModel model, bool racy);
// Every listing primesListing() can return, each once.
QStringList allPrimesListings();

} // namespace conlab
