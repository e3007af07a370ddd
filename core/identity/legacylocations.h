// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <QCoreApplication>
#include <QStringList>

namespace conlab {

// Up to 0.1 the settings lived in "~/.config/Concurrency Lab/" and the sweeps
// in "~/.local/share/Concurrency Lab/concurrency-lab/": folder names with a
// space, from an organisation name that was also the display name. This moves
// them once into the folders AppIdentity names. Nothing is overwritten: a
// file whose name is already taken in the new folder keeps both, the old one
// renamed, and whatever cannot be moved stays where it was and is reported.
class LegacyLocations
{
    Q_DECLARE_TR_FUNCTIONS(conlab::LegacyLocations)
public:
    struct Report
    {
        QStringList moved;    // "old path -> new path", one per file
        QStringList problems; // what could not be moved, and why
        bool isEmpty() const { return moved.isEmpty() && problems.isEmpty(); }
        // One paragraph for stderr; empty when nothing happened.
        QString summary() const;
    };

    // Safe to call at every start and from two processes at once: when the
    // old folders are gone (the usual case) it only checks that they are.
    static Report migrate();

    static QString oldConfigDir();
    static QString oldDataDir();
    static QString newDataDir();
};

} // namespace conlab
