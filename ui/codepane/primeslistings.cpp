// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/codepane/primeslistings.h"

#include "core/cpython/listingcommand.h"

namespace conlab {

QString primesListing(PrimesModel model, bool racy)
{
    // The file CPython runs for the model (core/cpython): one map, so the
    // pane shows the file that runs.
    return QStringLiteral(":/listings/") + ListingCommand::primesFile(model, racy);
}

QStringList allPrimesListings()
{
    QStringList all;
    for (const PrimesModelTraits &t : PrimesModels::all())
        for (bool racy : {false, true})
            all << primesListing(t.model, racy);
    all.removeDuplicates();
    return all;
}

} // namespace conlab
