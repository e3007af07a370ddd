// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/pace/pace.h"

#include <QCoreApplication>
#include <QString>
#include <QTemporaryDir>

namespace conlab {

// A temporary folder holding every listing of :/listings, ready for
// `python3 -u FILE` with the folder as working directory, so each script
// finds its helper modules (primes_common.py) the way it would beside the
// book's. A listing's {{placeholders}} are filled as the code pane fills
// them at `pace`, so the file that runs is the text the pane shows. The
// folder goes when the stage does.
class ListingStage
{
    Q_DECLARE_TR_FUNCTIONS(conlab::ListingStage)
public:
    explicit ListingStage(const Pace &placeholderPace = Pace::cpython());

    bool ok() const { return error_.isEmpty(); }
    QString error() const { return error_; }
    QString dir() const { return dir_.path(); }
    QString path(const QString &file) const { return dir_.filePath(file); }

    // The text of a listing as staged and shown: ":/listings/FILE" with its
    // placeholders filled at `pace`. Empty when there is no such listing.
    static QString source(const QString &file, const Pace &pace = Pace::cpython());

private:
    QTemporaryDir dir_;
    QString error_;
};

} // namespace conlab
