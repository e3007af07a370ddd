#include "shell/zoom.h"

#include "settings/settings.h"

#include <QApplication>
#include <algorithm>
#include <cmath>

namespace conlab {

namespace {
// A base of at least 11 pt: the platform default (often 9 or 10 pt) is made
// for a laptop on a desk, not for a room.
constexpr double kMinBasePointSize = 11.0;
} // namespace

Zoom::Zoom(QObject *parent) : QObject(parent), base_(QApplication::font())
{
    if (base_.pointSizeF() > 0 && base_.pointSizeF() < kMinBasePointSize)
        base_.setPointSizeF(kMinBasePointSize);
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
