// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/shell/zoom.h"

#include "ui/settings/settings.h"

#include <QApplication>
#include <QVariant>
#include <algorithm>
#include <cmath>

namespace conlab {

namespace {
// A base of at least 11 pt: the platform default (often 9 or 10 pt) is made
// for a laptop on a desk, not for a room.
constexpr double kMinBasePointSize = 11.0;
} // namespace

namespace {
// The application font before any zoom, captured once: a second window (or
// a test's next window) must not take an already scaled font as its base.
// Kept on the application object, so it lives and dies with the fonts.
constexpr char kBaseFontProperty[] = "conlab.unzoomedFont";

QFont unzoomedBase()
{
    QCoreApplication *app = QCoreApplication::instance();
    const QVariant stored = app->property(kBaseFontProperty);
    if (stored.isValid())
        return stored.value<QFont>();
    QFont f = QApplication::font();
    if (f.pointSizeF() > 0 && f.pointSizeF() < kMinBasePointSize)
        f.setPointSizeF(kMinBasePointSize);
    app->setProperty(kBaseFontProperty, f);
    return f;
}
} // namespace

Zoom::Zoom(QObject *parent) : QObject(parent), base_(unzoomedBase())
{
    apply();
}

double Zoom::effectiveFactor() const
{
    return factor_ * (presentation_ ? kPresentationBoost : 1.0);
}

void Zoom::setFactor(double factor)
{
    factor = std::clamp(factor, Settings::kMinZoom, Settings::kMaxZoom);
    // Keep two decimals so repeated steps return exactly to 1.0.
    factor = std::round(factor * 100.0) / 100.0;
    if (qFuzzyCompare(factor, factor_))
        return;
    factor_ = factor;
    apply();
    emit factorChanged(factor_);
}

void Zoom::zoomIn()
{
    setFactor(factor_ * kStep);
}

void Zoom::zoomOut()
{
    setFactor(factor_ / kStep);
}

void Zoom::reset()
{
    setFactor(1.0);
}

void Zoom::setPresentation(bool on)
{
    if (on == presentation_)
        return;
    presentation_ = on;
    apply();
}

void Zoom::apply()
{
    QFont f = base_;
    if (base_.pointSizeF() > 0)
        f.setPointSizeF(base_.pointSizeF() * effectiveFactor());
    else
        f.setPixelSize(std::max(1, static_cast<int>(std::lround(base_.pixelSize() * effectiveFactor()))));
    QApplication::setFont(f);
    emit effectiveFactorChanged(effectiveFactor());
}

} // namespace conlab
