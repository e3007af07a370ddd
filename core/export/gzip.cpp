// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/export/gzip.h"

#include <zlib.h>

#include <algorithm>
#include <stdexcept>

namespace conlab {

bool Gzip::wanted(QStringView path)
{
    return path.endsWith(u".gz", Qt::CaseInsensitive);
}

QByteArray Gzip::compress(const QByteArray &data)
{
    z_stream z{};
    // 15 + 16: the largest window, with a gzip header and trailer rather
    // than zlib's.
    if (deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        throw std::runtime_error("deflateInit2 failed");
    QByteArray out;
    // Fed in chunks: uInt is 32 bits, a trace may be larger.
    constexpr qsizetype kChunk = 1 << 20;
    qsizetype offset = 0;
    char buffer[64 * 1024];
    int flush = Z_NO_FLUSH;
    do {
        const qsizetype take = std::min(kChunk, data.size() - offset);
        z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData() + offset));
        z.avail_in = static_cast<uInt>(take);
        offset += take;
        flush = offset == data.size() ? Z_FINISH : Z_NO_FLUSH;
        do {
            z.next_out = reinterpret_cast<Bytef *>(buffer);
            z.avail_out = sizeof buffer;
            deflate(&z, flush); // cannot fail with a valid stream and output room
            out.append(buffer, static_cast<qsizetype>(sizeof buffer - z.avail_out));
        } while (z.avail_out == 0);
    } while (flush != Z_FINISH);
    deflateEnd(&z);
    return out;
}

QByteArray Gzip::forPath(QStringView path, const QByteArray &data)
{
    return wanted(path) ? compress(data) : data;
}

} // namespace conlab
