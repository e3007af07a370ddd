// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/audience/qrmatrix.h"

#include <QWidget>

namespace conlab {

// A QR code painted module by module: sharp at any size, black on white
// with its quiet zone whatever the theme, since phone cameras read dark
// modules on a light ground. Square: it takes the largest square it is
// given, in whole pixels per module.
class QrCodeView : public QWidget
{
    Q_OBJECT
public:
    explicit QrCodeView(QWidget *parent = nullptr);

    // Encodes `text`; an empty matrix (too long to encode) paints nothing.
    void setText(const QString &text);
    QString text() const { return text_; }
    const QrMatrix &matrix() const { return matrix_; }
    // The code as an image, `modulePixels` per module, with its quiet zone.
    QImage toImage(int modulePixels) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return width; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void paintCode(QPainter &painter, QRect square) const;
    QString text_;
    QrMatrix matrix_;
};

} // namespace conlab
