// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/audience/qrmatrix.h"

#include <memory>
#include <qrencode.h>

namespace conlab {

QrMatrix QrMatrix::encode(const QByteArray &text)
{
    QrMatrix m;
    // 8-bit mode, case kept: the URL's path and query are case-sensitive.
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(QRcode_encodeString8bit(text.constData(), 0,
                                                                                       QR_ECLEVEL_M),
                                                               &QRcode_free);
    if (!code)
        return m;
    m.width_ = code->width;
    m.dark_.resize(std::size_t(code->width) * std::size_t(code->width));
    for (std::size_t i = 0; i < m.dark_.size(); ++i)
        m.dark_[i] = (code->data[i] & 1) != 0; // bit 0 is the module's colour
    return m;
}

} // namespace conlab
