// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/audience/qrcodeview.h"

#include "ui/widgets/accessibletext.h"

#include <QImage>
#include <QPainter>

namespace conlab {

namespace {
int sideModules(const QrMatrix &m)
{
    return m.width() + 2 * QrMatrix::kQuietZone;
}
} // namespace

QrCodeView::QrCodeView(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void QrCodeView::setText(const QString &text)
{
    text_ = text;
    matrix_ = QrMatrix::encode(text.toUtf8());
    //: Screen reader name of the QR code; %1 the address it holds
    a11y::setName(this, tr("QR code for %1").arg(text));
    updateGeometry();
    update();
}

QSize QrCodeView::sizeHint() const
{
    return {320, 320};
}

QSize QrCodeView::minimumSizeHint() const
{
    // Two pixels per module at least: a camera across a room needs more,
    // which the layouts give, but below this no camera reads it.
    const int side = matrix_.isEmpty() ? 50 : 2 * sideModules(matrix_);
    return {side, side};
}

void QrCodeView::paintCode(QPainter &painter, QRect square) const
{
    painter.fillRect(square, Qt::white);
    if (matrix_.isEmpty())
        return;
    const int n = sideModules(matrix_);
    const int module = std::max(1, square.width() / n);
    // Whole pixels per module, centred: fractional modules blur the edges
    // a decoder looks for.
    const int offsetX = square.x() + (square.width() - module * n) / 2 + QrMatrix::kQuietZone * module;
    const int offsetY = square.y() + (square.height() - module * n) / 2 + QrMatrix::kQuietZone * module;
    for (int y = 0; y < matrix_.width(); ++y) {
        for (int x = 0; x < matrix_.width(); ++x) {
            if (matrix_.dark(x, y))
                painter.fillRect(offsetX + x * module, offsetY + y * module, module, module, Qt::black);
        }
    }
}

void QrCodeView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const int side = std::min(width(), height());
    paintCode(painter, QRect((width() - side) / 2, (height() - side) / 2, side, side));
}

QImage QrCodeView::toImage(int modulePixels) const
{
    const int side = std::max(1, sideModules(matrix_) * modulePixels);
    QImage image(side, side, QImage::Format_RGB32);
    QPainter painter(&image);
    paintCode(painter, image.rect());
    return image;
}

} // namespace conlab
