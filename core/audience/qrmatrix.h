// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <QByteArray>
#include <vector>

namespace conlab {

// A QR code's modules, from libqrencode: the window paints them itself, at
// whatever size the projector needs, with no image scaled up blurry.
class QrMatrix
{
public:
    // Error correction M (15% of the code may be lost, a finger or a glare)
    // and the smallest version that holds `text`. Empty when it does not fit.
    static QrMatrix encode(const QByteArray &text);

    bool isEmpty() const { return width_ == 0; }
    int width() const { return width_; } // modules per side, without the quiet zone
    bool dark(int x, int y) const { return dark_[std::size_t(y) * std::size_t(width_) + std::size_t(x)]; }
    // The quiet zone a reader needs around the code, in modules.
    static constexpr int kQuietZone = 4;

private:
    int width_ = 0;
    std::vector<bool> dark_;
};

} // namespace conlab
