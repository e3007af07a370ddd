// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace conlab {

// The one way the app reads a whole file a user named: numbers files,
// recordings and sweep results all come through here. A path can name
// /dev/zero, a FIFO nobody writes to, or a 50 GB file; reading it "all" would
// exhaust memory or hang. So every read has a limit, devices are refused
// before they are opened (a device cannot be bounded: /dev/zero never ends,
// a tape would be rewound), and FIFOs only where the caller can wait on them
// off the GUI thread and be interrupted.
class BoundedRead
{
    Q_DECLARE_TR_FUNCTIONS(conlab::BoundedRead)
public:
    enum class Streams {
        Refuse, // regular files only: for the window, and for files opened again later
        Allow,  // FIFOs too, read up to the limit: for the command line
    };

    struct Result
    {
        QByteArray bytes;
        QString error; // names the file, and the limit when it was hit
        bool ok() const { return error.isEmpty(); }
    };

    // `what` names the kind of file in the message, as in "the limit for a
    // numbers file"; `limit` is in bytes.
    static Result read(const QString &path, qint64 limit, const QString &what, Streams streams);

    // True for a FIFO or socket, whose open or read waits for a writer: the
    // command line says so before it waits.
    static bool isStream(const QString &path);

    // "64 MiB": limits are whole MiB.
    static QString sizeText(qint64 bytes);
};

} // namespace conlab
