// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <QCoreApplication>
#include <QString>

namespace conlab {

enum class ExportFormat { Png, Svg, Pdf };

// The file an export writes, decided from the name chosen in a save dialog
// before anything is written: PNG data under a .svg name opens nowhere, and
// the lecturer finds out on the day.
struct ExportTarget
{
    QString path;      // what to write; empty when refused
    QString problem;   // why the name was refused, for a message; empty when fine
    QString suggested; // on a refusal: the same name with the format's suffix
    bool ok() const { return problem.isEmpty(); }
};

class ExportFormats
{
    Q_DECLARE_TR_FUNCTIONS(conlab::ExportFormats)
public:
    static QString suffix(ExportFormat format); // "png", "svg", "pdf"
    static QString name(ExportFormat format);   // "PNG", "SVG", "PDF"

    // A name without a suffix gets the format's; a name whose suffix is the
    // format's (in any case) is kept; a name whose suffix is another image
    // or document format's is refused. Any other suffix ("run.2026") is part
    // of the name, and the format's suffix is added.
    static ExportTarget target(const QString &chosen, ExportFormat format);
};

} // namespace conlab
